import type { Job } from './types';

/**
 * A job as the API answers it: a schedule generation queued at 05:00:00 UTC on 2026-11-24 and
 * running since a second later. Specs override what they look at.
 */
export function jobFixture(overrides: Partial<Job> = {}): Job {
  return {
    id: 7,
    kind: 'schedule-generation',
    status: 'running',
    progress: 0.6,
    message: null,
    step: null,
    parameters: {},
    result: null,
    error: null,
    errorDetail: null,
    attempts: 1,
    createdAt: '2026-11-24T05:00:00.000Z',
    startedAt: '2026-11-24T05:00:01.000Z',
    finishedAt: null,
    ...overrides,
  };
}
