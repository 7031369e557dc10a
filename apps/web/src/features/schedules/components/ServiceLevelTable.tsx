import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { DayService, ServiceSummary } from '../types';

/**
 * Expected service level per day and for the week; with `after` (the edits, or the absences
 * registered since), also what that would give, in a column headed `after.label`.
 */
export function ServiceLevelTable({
  days,
  week,
  after: changedBy,
}: {
  days: DayService[];
  week: ServiceSummary;
  after?: { label: string; days: DayService[]; week: ServiceSummary | undefined } | undefined;
}) {
  const { t, language } = useLanguage();
  const daysAfter = changedBy?.days;
  const weekAfter = changedBy?.week;
  const after = (date: string) => daysAfter?.find((day) => day.date === date);
  const percent = (share: number) => formatPercent(share, language);
  return (
    <table className="data compact service-table">
      <caption>{t('schedules.service.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('schedules.service.day')}</th>
          <th scope="col" className="num">
            {t('schedules.service.calls')}
          </th>
          <th scope="col" className="num">
            {t('schedules.service.serviceLevel')}
          </th>
          {changedBy && (
            <th scope="col" className="num">
              {changedBy.label}
            </th>
          )}
          <th scope="col" className="num">
            {t('schedules.service.belowGoal')}
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => {
          const edited = after(day.date);
          return (
            <tr key={day.date}>
              <th scope="row">{formatDate(day.date, language)}</th>
              <td className="num">{formatNumber(day.calls, language)}</td>
              <td className="num">{percent(day.serviceLevel)}</td>
              {changedBy && (
                <td className={edited && changed(edited, day) ? 'num whatif' : 'num'}>
                  {edited ? percent(edited.serviceLevel) : '–'}
                </td>
              )}
              <td className="num">{edited?.intervalsBelowGoal ?? day.intervalsBelowGoal}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('schedules.service.week')}</th>
          <td className="num">{formatNumber(week.calls, language)}</td>
          <td className="num">{percent(week.serviceLevel)}</td>
          {changedBy && (
            <td className={weekAfter && changed(weekAfter, week) ? 'num whatif' : 'num'}>
              {weekAfter ? percent(weekAfter.serviceLevel) : '–'}
            </td>
          )}
          <td className="num">{weekAfter?.intervalsBelowGoal ?? week.intervalsBelowGoal}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Whether the change shows at the table's precision (a tenth of a percent). */
function changed(after: ServiceSummary, before: ServiceSummary): boolean {
  return Math.abs(after.serviceLevel - before.serviceLevel) >= 0.0005;
}
