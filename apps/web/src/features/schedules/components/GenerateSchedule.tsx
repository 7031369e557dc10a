import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import { isUnderWay, useJob } from '../../../api/get-job';
import { JobStatus } from '../../../components/JobStatus';
import { NumberField } from '../../../components/NumberField';
import { isoWeek } from '../../../lib/dates';
import { useLanguage } from '../../../lib/i18n';
import { useGenerateSchedule } from '../api/generate-schedule';
import { useClosedDays } from '../api/get-closed-days';
import { usePendingGeneration } from '../api/get-pending-generation';
import { listClosedDays } from '../closed-days';

/** Optimiser budget: the API's default, long enough for HiGHS to prove a bound on the demo week. */
const DEFAULT_TIME_LIMIT_SECONDS = 45;

/**
 * Generates the week's schedule as a background job and follows its progress: the optimiser
 * works for up to the time limit, so the planner sees how far it has come. Fewer answer groups
 * plan only the agents skilled in them.
 */
export function GenerateSchedule({
  weekStart,
  forecastVersionId,
  onCreated,
}: {
  weekStart: string;
  forecastVersionId: number;
  onCreated: (scheduleVersionId: number) => void;
}) {
  const { t, language } = useLanguage();
  const id = useId();
  const closedDays = useClosedDays(weekStart);
  const queryClient = useQueryClient();
  const answerGroups = useAnswerGroups();
  // Unticked groups; all are planned by default, and new groups are ticked without asking.
  const [left, setLeft] = useState<string[]>([]);
  const [timeLimitSeconds, setTimeLimitSeconds] = useState(DEFAULT_TIME_LIMIT_SECONDS);
  const start = useGenerateSchedule();
  // A generation for this week already under way (started before a reload, or elsewhere) is
  // followed as if started here.
  const pending = usePendingGeneration(weekStart).data;
  const job = useJob(start.data?.jobId ?? pending?.id);
  // The followed job's own time limit, whoever started it.
  const jobSeconds = job.data?.parameters.timeLimitSeconds;
  const expectedSeconds = typeof jobSeconds === 'number' ? jobSeconds : undefined;
  const status = job.data?.status;
  const created = job.data?.result?.scheduleVersionId;

  // Opened once: the page's callbacks change with the address, which opening changes.
  const opened = useRef<number>(undefined);
  useEffect(() => {
    if (status === 'succeeded' && typeof created === 'number' && opened.current !== created) {
      opened.current = created;
      void queryClient.invalidateQueries({ queryKey: ['schedules'] });
      onCreated(created);
    }
  }, [status, created, queryClient, onCreated]);

  const chosen = (answerGroups.data ?? []).filter((group) => !left.includes(group.id));
  const running = start.isPending || isUnderWay(job.data);
  return (
    <form
      aria-labelledby={`${id}-title`}
      className="generate-schedule"
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate({
          weekStart,
          forecastVersionId,
          name: t('schedules.generate.defaultName', { week: isoWeek(weekStart) }),
          timeLimitSeconds,
          ...(left.length > 0 ? { answerGroupIds: chosen.map((group) => group.id) } : {}),
        });
      }}
    >
      <h2 id={`${id}-title`}>{t('schedules.generate.title')}</h2>
      <p className="muted small">
        {t('schedules.generate.help')}{' '}
        <Link to="/settings?tab=rules">{t('schedules.generate.rulesLink')}</Link>
      </p>
      {closedDays.data && closedDays.data.length > 0 && (
        <p className="small">
          {t('schedules.summary.closedDays', { days: listClosedDays(closedDays.data, language) })}
        </p>
      )}
      <fieldset>
        <legend>{t('schedules.generate.answerGroups')}</legend>
        <div className="checkbox-grid">
          {answerGroups.data?.map((group) => (
            <label key={group.id} className="checkbox">
              <input
                type="checkbox"
                checked={!left.includes(group.id)}
                onChange={(event) =>
                  setLeft((current) =>
                    event.target.checked
                      ? current.filter((other) => other !== group.id)
                      : [...current, group.id],
                  )
                }
              />
              {group.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="toolbar">
        <NumberField
          label={t('schedules.generate.timeLimit')}
          min={1}
          max={600}
          required
          // While a generation runs, its own time limit: one followed after a reload may have
          // been started with another than the field's default.
          value={running && expectedSeconds !== undefined ? expectedSeconds : timeLimitSeconds}
          disabled={running}
          onChange={setTimeLimitSeconds}
        />
        <button type="submit" disabled={running || chosen.length === 0}>
          {t('schedules.generate.submit')}
        </button>
      </div>
      <JobStatus
        job={job.data}
        running={running}
        finishable
        {...(expectedSeconds === undefined ? {} : { expectedSeconds })}
        error={start.error ?? job.error}
        messages={{
          running: t('schedules.generate.running'),
          done: t('schedules.generate.done', { id: created }),
          failed: t('schedules.generate.failed'),
        }}
      />
    </form>
  );
}
