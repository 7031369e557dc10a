/** The kinds of background job the API runs; each has a handler registered at start. */
export const JOB_KINDS = ['forecast-run', 'schedule-generation'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
