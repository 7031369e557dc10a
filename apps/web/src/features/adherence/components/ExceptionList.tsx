import { timeOfInterval } from '../../../lib/dates';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { activityWords, stateWords } from '../state-words';
import type { AgentDayDetail } from '../types';

/** The day's spans out of adherence: when, how long, what was scheduled and what was done. */
export function ExceptionList({ detail }: { detail: AgentDayDetail }) {
  const { t, language } = useLanguage();
  if (detail.exceptions.length === 0)
    return (
      <p className="muted">
        {detail.figures.scheduledMinutes > 0
          ? t('adherence.day.noExceptions')
          : t('adherence.day.notCounted')}
      </p>
    );
  return (
    <table className="data compact exceptions">
      <caption>{t('adherence.day.exceptionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('adherence.day.time')}</th>
          <th scope="col" className="num">
            {t('adherence.day.minutes')}
          </th>
          <th scope="col">{t('adherence.day.scheduledActivity')}</th>
          <th scope="col">{t('adherence.day.actualState')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.exceptions.map((exception) => (
          <tr key={exception.start}>
            <td>
              {timeOfInterval(exception.start)}–{timeOfInterval(exception.end)}
            </td>
            <td className="num">{formatNumber(exception.minutes, language, 1)}</td>
            <td>{activityWords(t, exception.activity)}</td>
            <td>{stateWords(t, exception.state, exception.reason)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
