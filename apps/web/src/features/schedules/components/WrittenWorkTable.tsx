import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { Scenario, ScheduleReport } from '../types';

/**
 * Each written queue's week: cases in and due per day, those answered in time, the backoffice
 * hours the schedule gives against those the due cases need, and what is left open.
 */
export function WrittenWorkTable({
  scenario,
  report,
}: {
  scenario: Scenario;
  report: ScheduleReport;
}) {
  const { t, language } = useLanguage();
  const hours = (minutes: number) => formatNumber(minutes / 60, language, 1);
  const cases = (count: number) => formatNumber(count, language);
  // Reports made before written queues existed have none.
  return (report.writtenQueues ?? []).map((outcome) => {
    const queue = scenario.writtenQueues?.find((q) => q.id === outcome.writtenQueue);
    return (
      <table key={outcome.writtenQueue} className="data compact service-table">
        <caption>
          {t('schedules.written.title', {
            queue: queue?.name ?? outcome.writtenQueue,
            share: formatPercent(outcome.shareInTime, language),
          })}
          <br />
          <span className="muted small">
            {t('schedules.written.help', { count: queue?.answerWithinWorkingDays ?? 1 })}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('schedules.written.day')}</th>
            <th scope="col" className="num">
              {t('schedules.written.cases')}
            </th>
            <th scope="col" className="num">
              {t('schedules.written.due')}
            </th>
            <th scope="col" className="num">
              {t('schedules.written.inTime')}
            </th>
            <th scope="col" className="num">
              {t('schedules.written.needed')}
            </th>
            <th scope="col" className="num">
              {t('schedules.written.scheduled')}
            </th>
            <th scope="col" className="num">
              {t('schedules.written.backlog')}
            </th>
          </tr>
        </thead>
        <tbody>
          {outcome.days.map((day) => (
            <tr
              key={day.date}
              className={day.answeredInTime < day.casesDue - 0.5 ? 'late' : undefined}
            >
              <th scope="row">{formatDate(day.date, language)}</th>
              <td className="num">{cases(day.cases)}</td>
              <td className="num">{cases(day.casesDue)}</td>
              <td className="num">{cases(day.answeredInTime)}</td>
              <td className="num">{hours(day.requiredMinutes)}</td>
              <td className="num">{hours(day.scheduledMinutes)}</td>
              <td className="num">{cases(day.backlog)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('schedules.written.week')}</th>
            <td className="num">{cases(outcome.days.reduce((sum, day) => sum + day.cases, 0))}</td>
            <td className="num">{cases(outcome.casesDue)}</td>
            <td className="num">{cases(outcome.answeredInTime)}</td>
            <td className="num">{hours(outcome.requiredMinutes)}</td>
            <td className="num">{hours(outcome.scheduledMinutes)}</td>
            <td className="num" />
          </tr>
        </tfoot>
      </table>
    );
  });
}
