/**
 * What a running job is doing, as a key with values (shares 0..1 and counts) that the web app
 * words in the user's language. The keys are the web app's `jobs.steps.*` texts.
 */
export interface JobStep {
  key: string;
  values?: Record<string, number | null>;
}

/** A progress report: the step, and the same in English for logs and other API clients. */
export interface ProgressReport extends JobStep {
  message: string;
}
