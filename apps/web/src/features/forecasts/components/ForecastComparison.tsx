import type { ForecastVersion } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useCompareForecasts } from '../api/compare-forecasts';

/** Calls per day of two versions of one group, and how much the shown one differs. */
export function ForecastComparison({
  version,
  compareWith,
  answerGroupId,
}: {
  version: ForecastVersion;
  compareWith: ForecastVersion;
  answerGroupId: string;
}) {
  const { t, language } = useLanguage();
  const comparison = useCompareForecasts({ a: compareWith.id, b: version.id, answerGroupId });
  const number = (value: number | null) =>
    value === null ? '–' : formatNumber(value, language, 1);
  return (
    <div>
      <h3>{t('forecast.comparison', { id: compareWith.id })}</h3>
      <QueryState isLoading={comparison.isLoading} error={comparison.error}>
        {comparison.data && (
          <div className="scroll-y">
            <table className="data compact">
              <thead>
                <tr>
                  <th scope="col">{t('common.date')}</th>
                  <th scope="col" className="num">
                    #{compareWith.id}
                  </th>
                  <th scope="col" className="num">
                    #{version.id}
                  </th>
                  <th scope="col" className="num">
                    {t('forecast.difference')}
                  </th>
                  <th scope="col" className="num">
                    %
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.data.days.map((day) => (
                  <tr
                    key={day.date}
                    className={Math.abs(day.difference ?? 0) >= 0.05 ? 'selected' : undefined}
                  >
                    <td>{formatDate(day.date, language)}</td>
                    <td className="num">{number(day.a)}</td>
                    <td className="num">{number(day.b)}</td>
                    <td className="num">{number(day.difference)}</td>
                    <td className="num">
                      {day.relativeDifference === null
                        ? '–'
                        : formatPercent(day.relativeDifference, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('forecast.total')}</th>
                  <td className="num">{number(comparison.data.totalA)}</td>
                  <td className="num">{number(comparison.data.totalB)}</td>
                  <td className="num">{number(comparison.data.totalB - comparison.data.totalA)}</td>
                  <td className="num">
                    {comparison.data.totalA > 0
                      ? formatPercent(comparison.data.totalB / comparison.data.totalA - 1, language)
                      : '–'}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </QueryState>
    </div>
  );
}
