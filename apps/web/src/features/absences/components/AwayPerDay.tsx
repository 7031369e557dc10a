import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { awayPerWeekday } from '../away-per-day';
import type { Absence, AbsenceKind } from '../types';

/**
 * How many agents are away each weekday of the week (the days the planner must staff thinner),
 * and each kind's share of the week's contracted time (sick leave against its target).
 */
export function AwayPerDay({
  absences,
  shares,
  monday,
}: {
  absences: Absence[];
  shares: { kind: AbsenceKind; share: number }[];
  monday: string;
}) {
  const { t, language } = useLanguage();
  const days = awayPerWeekday(absences, monday);
  return (
    <>
      <table className="data compact away-per-day">
        <caption>{t('absences.perDay')}</caption>
        <thead>
          <tr>
            {days.map((day) => (
              <th key={day.date} scope="col" className="num">
                {formatDate(day.date, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {days.map((day) => (
              <td key={day.date} className="num">
                {formatNumber(day.away, language)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {shares.length > 0 && (
        <p className="muted">
          {t('absences.shareOfContract', {
            shares: shares
              .map(
                ({ kind, share }) =>
                  `${t(`absences.kinds.${kind}`)} ${formatPercent(share, language)}`,
              )
              .join(' · '),
          })}
        </p>
      )}
    </>
  );
}
