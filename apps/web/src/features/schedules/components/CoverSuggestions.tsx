import { useId } from 'react';
import { QueryState } from '../../../components/QueryState';
import { timeOfInterval } from '../../../lib/dates';
import { formatDate, formatNumber, formatSignedPoints } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useCoverOptions } from '../api/get-cover-options';
import type { CoverOption, ScenarioAgent, ScheduleEdit } from '../types';

const pointsShown = (option: CoverOption) => Math.round(option.serviceLevelGain * 1000) !== 0;

/**
 * Who could best cover the day with an extra shift (mertid or övertid), as the API finds them
 * on the week with the unsaved edits: agents off that day whose rest, days and absences allow
 * it, each with the shift that adds the most to the service level. One click adds it.
 */
export function CoverSuggestions({
  versionId,
  date,
  edits,
  agents,
  busy,
  onEdit,
}: {
  versionId: number;
  date: string;
  edits: ScheduleEdit[];
  agents: ScenarioAgent[];
  busy: boolean;
  onEdit: (edit: ScheduleEdit) => void;
}) {
  const { t, language } = useLanguage();
  const titleId = useId();
  const cover = useCoverOptions(versionId, date, edits);
  const nameOf = (agentId: string) => agents.find((agent) => agent.id === agentId)?.name ?? agentId;
  return (
    <section className="cover-suggestions" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('schedules.cover.title', { day: formatDate(date, language) })}</h3>
      <p className="muted small">{t('schedules.cover.help')}</p>
      <QueryState isLoading={cover.isLoading} error={cover.error}>
        {cover.data?.length === 0 ? (
          <p className="muted">{t('schedules.cover.none')}</p>
        ) : (
          <ul className="cover-options">
            {cover.data?.map((option) => (
              <li key={option.agentId}>
                <span>
                  {/* A week's points move little for one shift: shown once they round above 0. */}
                  {t(
                    pointsShown(option) ? 'schedules.cover.optionPoints' : 'schedules.cover.option',
                    {
                      agent: nameOf(option.agentId),
                      from: timeOfInterval(option.start),
                      to: timeOfInterval(option.end),
                      calls: formatNumber(option.answeredGain, language, 1),
                      gain: formatSignedPoints(option.serviceLevelGain, language),
                    },
                  )}
                </span>{' '}
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  aria-label={t('schedules.cover.addFor', { agent: nameOf(option.agentId) })}
                  onClick={() =>
                    onEdit({
                      type: 'add',
                      agentId: option.agentId,
                      date,
                      start: option.start,
                      end: option.end,
                      overtime: true,
                    })
                  }
                >
                  {t('schedules.cover.add')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
