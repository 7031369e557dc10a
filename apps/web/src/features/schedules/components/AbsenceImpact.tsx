import { formatDateRange, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { lostShiftCount } from '../api/get-absence-impact';
import type { AbsenceImpact as Impact } from '../types';
import { WrittenChange } from './WrittenChange';

/**
 * The shifts absences registered after the version was made take (sick leave reported on the
 * day), and what the week's service level falls to without them: the unit manager's answer to
 * "what does today's sick leave cost?".
 */
export function AbsenceImpact({
  impact,
  writtenQueues,
  onSave,
  saving,
  saveError,
}: {
  impact: Impact;
  writtenQueues: { id: string; name: string }[] | undefined;
  /** Saves the week as it now stands, as a new draft to edit. */
  onSave: () => void;
  saving: boolean;
  saveError: Error | null;
}) {
  const { t, language } = useLanguage();
  if (impact.absences.length === 0) return null;
  const shifts = lostShiftCount(impact);
  const percent = (share: number) => formatPercent(share, language);
  return (
    <section className="card absence-impact" aria-labelledby="absence-impact-title">
      <h2 id="absence-impact-title">{t('schedules.absences.title')}</h2>
      <p>
        {t('schedules.absences.summary', {
          count: shifts,
          before: percent(impact.before.serviceLevel),
          after: percent(impact.after.serviceLevel),
        })}
      </p>
      <WrittenChange changes={impact.writtenQueues} writtenQueues={writtenQueues} />
      <ul>
        {impact.absences.map((absence) => (
          <li key={absence.id}>
            {t('schedules.absences.absence', {
              agent: absence.agentName,
              kind: t(`absences.kinds.${absence.kind}`),
              days: formatDateRange(absence.fromDate, absence.toDate, language),
              count: absence.lostShifts.length,
            })}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('schedules.absences.help')}</p>
      <button type="button" onClick={onSave} disabled={saving}>
        {t('schedules.absences.save')}
      </button>
      {saveError && (
        <p role="alert" className="error">
          {saveError.message}
        </p>
      )}
    </section>
  );
}
