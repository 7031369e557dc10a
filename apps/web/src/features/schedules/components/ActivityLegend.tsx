import { Legend } from '../../../components/Legend';
import { useLanguage } from '../../../lib/i18n';
import { ACTIVITY_COLOURS, groupColour, WRITTEN_COLOUR } from '../timeline';
import type { ScenarioAnswerGroup } from '../types';

/**
 * What the timeline's colours mean: phone per answer group, then the other activities, and
 * written cases when the week has queues.
 */
export function ActivityLegend({
  answerGroups,
  hasWrittenQueues,
}: {
  answerGroups: ScenarioAnswerGroup[];
  hasWrittenQueues: boolean;
}) {
  const { t } = useLanguage();
  const items = [
    ...answerGroups.map((group, index) => ({
      key: group.id,
      label: `${t('schedules.activities.phone')}: ${group.name}`,
      colour: groupColour(index),
    })),
    ...(Object.keys(ACTIVITY_COLOURS) as (keyof typeof ACTIVITY_COLOURS)[]).map((type) => ({
      key: type,
      label: t(`schedules.activities.${type}`),
      colour: ACTIVITY_COLOURS[type],
    })),
    ...(hasWrittenQueues
      ? [{ key: 'written', label: t('schedules.activities.written'), colour: WRITTEN_COLOUR }]
      : []),
  ];
  return (
    <Legend label={t('schedules.legend')} items={items}>
      <li>
        <span className="swatch broken" aria-hidden="true" />
        {t('schedules.timeline.brokenRule')}
      </li>
    </Legend>
  );
}
