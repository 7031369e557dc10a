import type { Job } from '../api/types';
import { ProgressBar } from './ProgressBar';

/** What a page says about its background job, in its own words. */
export interface JobStatusMessages {
  running: string;
  done: string;
  failed: string;
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
  return (
    <>
      {running && (
        <ProgressBar
          label={job?.message ?? messages.running}
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
          {messages.failed}: {job.error}
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
