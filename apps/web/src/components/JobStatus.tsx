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

/**
 * Progress, success or failure of a background job the page started (a forecast run, a
 * schedule generation), and the error of starting or polling it.
 */
export function JobStatus({
  job,
  running,
  error,
  messages,
}: {
  job: Job | undefined;
  running: boolean;
  error: Error | null;
  messages: JobStatusMessages;
}) {
  const { t, language } = useLanguage();
  return (
    <>
      {running && (
        <ProgressBar
          label={stepLabel(job, messages.running, t, language)}
          {...(job ? { value: job.progress } : {})}
        />
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
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
    </>
  );
}
