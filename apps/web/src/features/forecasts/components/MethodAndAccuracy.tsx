import { useAnswerGroups } from '../../../api/get-answer-groups';
import type { AccuracyFigures, ForecastVersion } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { formatDate, formatDateTime, formatPercent, type Language } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useForecastDetails } from '../api/get-forecast-details';

const share = (value: number | null, language: Language) =>
  value === null ? '–' : formatPercent(value, language);

/** The method used for the group, why, and every method's backtest accuracy. */
export function MethodAndAccuracy({
  version,
  answerGroupId,
}: {
  version: ForecastVersion;
  answerGroupId: string;
}) {
  const { t, language } = useLanguage();
  const details = useForecastDetails(version.id);
  const answerGroups = useAnswerGroups();
  const groupName = answerGroups.data?.find((g) => g.id === answerGroupId)?.name ?? answerGroupId;
  const accuracy = details.data?.accuracyDetails.find((a) => a.answerGroupId === answerGroupId);
  const method = details.data?.methods[answerGroupId] ?? accuracy?.method ?? version.method;
  const methodName = (name: string) => t(`forecast.methods.${name}`, { defaultValue: name });
  const adjustments = details.data?.adjustments.filter((a) => a.answerGroupId === answerGroupId);
  return (
    <QueryState isLoading={details.isLoading} error={details.error}>
      <div className="columns">
        <div>
          <h3>{t('forecast.method')}</h3>
          <dl className="facts">
            <dt>{t('common.answerGroup')}</dt>
            <dd>{groupName}</dd>
            <dt>{t('forecast.methodName')}</dt>
            <dd>
              {methodName(method)}
              {accuracy && (
                <span className="muted"> ({t(`forecast.chosenBy.${accuracy.chosenBy}`)})</span>
              )}
            </dd>
            <dt>{t('forecast.intervalLength')}</dt>
            <dd>{t('common.minutes', { count: version.intervalMinutes })}</dd>
            <dt>{t('forecast.period')}</dt>
            <dd>
              {formatDate(version.firstDay, language)} – {formatDate(version.lastDay, language)}
            </dd>
            <dt>{t('forecast.created')}</dt>
            <dd>{formatDateTime(version.createdAt, language)}</dd>
            {details.data?.derivedFromId != null && (
              <>
                <dt>{t('forecast.derivedFrom')}</dt>
                <dd>#{details.data.derivedFromId}</dd>
              </>
            )}
          </dl>
          {adjustments && adjustments.length > 0 && (
            <>
              <h3>{t('forecast.adjustments')}</h3>
              <ul className="plain">
                {adjustments.map((a) => (
                  <li key={`${a.createdAt}-${a.from}`}>
                    {formatDate(a.from, language)} – {formatDate(a.to, language)}:{' '}
                    {a.percent !== null
                      ? `${a.percent > 0 ? '+' : ''}${a.percent} %`
                      : a.absoluteCalls}
                    {a.note ? ` · ${a.note}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div>
          <h3>{t('forecast.accuracy')}</h3>
          {accuracy && accuracy.methods.length > 0 ? (
            <>
              <table className="data compact">
                <thead>
                  <tr>
                    <th scope="col">{t('forecast.methodName')}</th>
                    <th scope="col" className="num">
                      {t('forecast.wapeInterval')}
                    </th>
                    <th scope="col" className="num">
                      {t('forecast.wapeDay')}
                    </th>
                    <th scope="col" className="num">
                      MAPE
                    </th>
                    <th scope="col" className="num">
                      {t('forecast.bias')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {accuracy.methods.map((row) => (
                    <tr key={row.method} className={row.method === method ? 'selected' : undefined}>
                      <th scope="row">{methodName(row.method)}</th>
                      <AccuracyCells figures={row.interval} daily={row.daily} language={language} />
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted small">
                {t('forecast.backtestNote', {
                  origins: accuracy.backtestOrigins.length,
                  days: accuracy.backtestHorizonDays,
                })}
              </p>
            </>
          ) : version.accuracy.length > 0 ? (
            <table className="data compact">
              <thead>
                <tr>
                  <th scope="col">{t('common.answerGroup')}</th>
                  <th scope="col" className="num">
                    {t('forecast.wapeInterval')}
                  </th>
                  <th scope="col">{t('forecast.backtestPeriod')}</th>
                </tr>
              </thead>
              <tbody>
                {version.accuracy
                  .filter((row) => row.answerGroupId === answerGroupId)
                  .map((row) => (
                    <tr key={row.answerGroupId}>
                      <td>{groupName}</td>
                      <td className="num">{share(row.wape, language)}</td>
                      <td>
                        {formatDate(row.from, language)} – {formatDate(row.to, language)}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">{t('forecast.noAccuracy')}</p>
          )}
          <p className="muted small">{t('forecast.wapeNote')}</p>
        </div>
      </div>
    </QueryState>
  );
}

function AccuracyCells({
  figures,
  daily,
  language,
}: {
  figures: AccuracyFigures;
  daily: AccuracyFigures;
  language: Language;
}) {
  return (
    <>
      <td className="num">{share(figures.wape, language)}</td>
      <td className="num">{share(daily.wape, language)}</td>
      <td className="num">{share(daily.mape, language)}</td>
      <td className="num">{share(daily.bias, language)}</td>
    </>
  );
}
