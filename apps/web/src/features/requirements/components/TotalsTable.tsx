import type { IntervalRequirement } from '../../../api/types';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { type IntervalStaffing, staffingTotals } from '../what-if';

/** The week's agent-hours and FTE as planned, and under the what-if when there is one. */
export function TotalsTable({
  baseline,
  whatIf,
  intervalMinutes,
  fteHoursPerWeek,
  days,
}: {
  baseline: IntervalRequirement[];
  whatIf: IntervalStaffing[] | undefined;
  intervalMinutes: number;
  fteHoursPerWeek: number;
  days: number;
}) {
  const { t, language } = useLanguage();
  const planned = staffingTotals(baseline, intervalMinutes, days, fteHoursPerWeek);
  const tried = whatIf && staffingTotals(whatIf, intervalMinutes, days, fteHoursPerWeek);
  const rows = [
    { key: 'calls', format: (v: number) => formatNumber(v, language) },
    { key: 'agentHours', format: (v: number) => `${formatNumber(v, language, 1)} h` },
    { key: 'scheduledAgentHours', format: (v: number) => `${formatNumber(v, language, 1)} h` },
    { key: 'fte', format: (v: number) => formatNumber(v, language, 1) },
  ] as const;
  return (
    <div>
      <h2>{t('requirements.totals.title', { count: days })}</h2>
      <table className="data" aria-live="polite">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num">
              {t('requirements.totals.planned')}
            </th>
            {tried && (
              <th scope="col" className="num">
                {t('requirements.totals.whatIf')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(`requirements.totals.${row.key}`)}</th>
              <td className="num">{row.format(planned[row.key])}</td>
              {tried && <td className="num whatif">{row.format(tried[row.key])}</td>}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('requirements.totals.serviceLevel')}</th>
            <td className="num">
              {planned.serviceLevel === null ? '–' : formatPercent(planned.serviceLevel, language)}
            </td>
            {tried && (
              <td className="num whatif">
                {tried.serviceLevel === null ? '–' : formatPercent(tried.serviceLevel, language)}
              </td>
            )}
          </tr>
        </tbody>
      </table>
      <p className="muted small">{t('requirements.totals.fteNote', { hours: fteHoursPerWeek })}</p>
    </div>
  );
}
