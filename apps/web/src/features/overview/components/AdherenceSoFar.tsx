import { Link } from 'react-router-dom';
import { addDays } from '../../../lib/dates';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useAdherence } from '../../adherence/api/get-adherence';
import { formatShare } from '../../adherence/figures';

/**
 * How the week has gone so far, for the unit manager who opens the overview: adherence up to
 * where the telephony system's states reach, and what it did to the service level. Nothing
 * until states of the week are imported.
 */
export function AdherenceSoFar({ weekStart }: { weekStart: string }) {
  const { t, language } = useLanguage();
  const report = useAdherence({ from: weekStart, to: addDays(weekStart, 6) }).data;
  if (!report?.coveredUntil || report.total.adherence === null) return null;
  const level = report.serviceLevel?.total;
  return (
    <p>
      <Link to={`/adherence?week=${weekStart}`}>
        {t('overview.adherenceSoFar', {
          adherence: formatShare(report.total.adherence, language),
          until: formatDateTime(report.coveredUntil, language),
        })}
      </Link>
      {level?.scheduled != null && level.actual !== null && (
        <>
          {' '}
          {t('overview.adherenceServiceLevel', {
            actual: formatShare(level.actual, language),
            scheduled: formatShare(level.scheduled, language),
          })}
        </>
      )}
    </p>
  );
}
