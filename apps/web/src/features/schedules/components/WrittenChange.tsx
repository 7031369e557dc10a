import { formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { WrittenQueueChange } from '../types';

/**
 * The written queues whose cases answered in time a change moves, each with the share before
 * and after: an edit or sick leave that takes backoffice away leaves e-mail late, which the
 * service level alone does not show.
 */
export function WrittenChange({
  changes,
  writtenQueues,
}: {
  changes: WrittenQueueChange[] | undefined;
  writtenQueues: { id: string; name: string }[] | undefined;
}) {
  const { t, language } = useLanguage();
  // Whole cases: what a planner counts, and a tenth of a case is no change worth a line.
  const moved = (changes ?? []).filter(
    (change) => Math.abs(change.answeredInTimeAfter - change.answeredInTimeBefore) >= 0.5,
  );
  if (moved.length === 0) return null;
  return (
    <ul className="written-change">
      {moved.map((change) => (
        <li key={change.writtenQueue}>
          {t('schedules.written.change', {
            queue:
              writtenQueues?.find((q) => q.id === change.writtenQueue)?.name ?? change.writtenQueue,
            before: formatPercent(change.shareInTimeBefore, language),
            after: formatPercent(change.shareInTimeAfter, language),
            late: formatNumber(change.answeredInTimeBefore - change.answeredInTimeAfter, language),
          })}
        </li>
      ))}
    </ul>
  );
}
