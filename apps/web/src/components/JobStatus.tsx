import { useEffect, useState } from 'react';
import { isUnderWay, useJobRequest } from '../api/get-job';
import type { Job } from '../api/types';
import { formatPercent, type Language } from '../lib/format';
import { useLanguage, wordDetail } from '../lib/i18n';
import { ProgressBar } from './ProgressBar';

/** What a page says about its background job, in its own words. */
export interface JobStatusMessages {
  running: string;
  done: string;
  failed: string;
}

/** Step values that are shares, shown as percentages; the others are counts. */
const SHARES = new Set(['serviceLevel', 'bound']);

/**
 * A running job's step in the user's language; the API's English message for a step this app
 * does not know, the page's own words before the first step.
 */
function stepLabel(
  job: Job | undefined,
  fallback: string,
  t: ReturnType<typeof useLanguage>['t'],
  language: Language,
): string {
  if (!job?.step) return fallback;
  const values = Object.fromEntries(
    Object.entries(job.step.values ?? {}).map(([name, value]) => [
      name,
      value === null ? '–' : SHARES.has(name) ? formatPercent(value, language) : value,
    ]),
  );
  return wordDetail(t, 'jobs.steps', { key: job.step.key, values }, job.message ?? fallback);
}

/** The time now, again every second while `ticking`. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

/**
 * Progress, success or failure of a background job the page started (a forecast run, a
 * schedule generation), and the error of starting or polling it. A job that runs for a known
 * time (`expectedSeconds`, the optimiser's time limit) shows the time left and moves its bar
 * by the clock, for its steps may be many seconds apart. A queued or running job can be
 * cancelled: it then stores nothing; a `finishable` one can be told to finish now.
 */
export function JobStatus({
  job,
  running,
  error,
  messages,
  expectedSeconds,
  finishable = false,
}: {
  job: Job | undefined;
  running: boolean;
  error: Error | null;
  messages: JobStatusMessages;
  expectedSeconds?: number;
  /** Whether a running job can finish early with what it has (a schedule generation). */
  finishable?: boolean;
}) {
  const { t, language } = useLanguage();
  const cancel = useJobRequest('cancel');
  const finish = useJobRequest('finish');
  // A running job stops, or finishes, when its worker has done so, a while after the answer.
  const stopping = cancel.isPending || (cancel.isSuccess && job?.status === 'running');
  const finishing = finish.isPending || (finish.isSuccess && job?.status === 'running');
  const timed = running && job?.status === 'running' && job.startedAt && expectedSeconds;
  const now = useNow(Boolean(timed));
  let label =
    job?.status === 'queued' ? t('jobs.queued') : stepLabel(job, messages.running, t, language);
  let value = job?.progress;
  if (timed) {
    // Clamped, for the server's clock and the browser's may differ a little.
    const elapsed = Math.min(
      expectedSeconds,
      Math.max(0, (now - Date.parse(job.startedAt!)) / 1000),
    );
    // Past the time the result is still being checked and saved (a large centre's first
    // schedule also takes a few seconds after a short budget): say so, not "1 second left".
    const left = Math.ceil(expectedSeconds - elapsed);
    label = `${label} · ${left > 0 ? t('jobs.secondsLeft', { count: left }) : t('jobs.finishing')}`;
    value = Math.max(job.progress, Math.min(0.95, elapsed / expectedSeconds));
  }
  return (
    <>
      {running && (
        <div className="job-progress">
          <ProgressBar label={label} {...(value === undefined ? {} : { value })} />
          {job && isUnderWay(job) && (
            <button
              type="button"
              className="secondary"
              disabled={stopping}
              onClick={() => cancel.mutate(job.id)}
            >
              {stopping ? t('jobs.cancelling') : t('jobs.cancel')}
            </button>
          )}
          {job && finishable && job.status === 'running' && (
            <button
              type="button"
              className="secondary"
              disabled={finishing || stopping}
              title={t('jobs.finishNowHelp')}
              onClick={() => finish.mutate(job.id)}
            >
              {finishing ? t('jobs.finishingNow') : t('jobs.finishNow')}
            </button>
          )}
        </div>
      )}
      {job?.status === 'cancelled' && (
        <p role="status" className="muted">
          {t('jobs.cancelled')}
        </p>
      )}
      {job?.status === 'succeeded' && (
        <p role="status" className="success">
          {messages.done}
        </p>
      )}
      {job?.status === 'failed' && (
        <p role="alert" className="error">
          {messages.failed}: {wordDetail(t, 'apiErrors', job.errorDetail, job.error ?? '')}
        </p>
      )}
      {(cancel.error ?? finish.error) && (
        <p role="alert" className="error">
          {(cancel.error ?? finish.error)?.message}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
    </>
  );
}
