import { useWrittenQueues } from '../../../api/get-written-queues';
import type { AnswerGroup } from '../../../api/types';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { weeklyCases, weeklyHours } from '../../../lib/written-queues';

/**
 * The written queues the group's agents also answer, with a week's hours of work: time the
 * schedule takes from the phone where calls miss it least, on top of the calls' requirement.
 */
export function WrittenQueuesNote({
  group,
  answerGroups,
}: {
  group: AnswerGroup;
  answerGroups: AnswerGroup[];
}) {
  const { t, language } = useLanguage();
  const queues = useWrittenQueues();
  const answered = (queues.data ?? []).filter(
    (queue) => queue.answerGroupIds.length === 0 || queue.answerGroupIds.includes(group.id),
  );
  if (answered.length === 0) return null;
  const groupName = (id: string) => answerGroups.find((g) => g.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="written-queues-note">
      <h2 id="written-queues-note">{t('requirements.written.title', { group: group.name })}</h2>
      <ul>
        {answered.map((queue) => {
          const others = queue.answerGroupIds.filter((id) => id !== group.id).map(groupName);
          return (
            <li key={queue.id}>
              {t('requirements.written.queue', {
                queue: queue.name,
                cases: formatNumber(weeklyCases(queue), language),
                hours: formatNumber(weeklyHours(queue), language, 1),
                count: queue.answerWithinWorkingDays,
              })}{' '}
              {queue.answerGroupIds.length === 0
                ? t('requirements.written.everyone')
                : others.length > 0 &&
                  t('requirements.written.sharedWith', { groups: others.join(', ') })}
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t('requirements.written.help')}</p>
    </section>
  );
}
