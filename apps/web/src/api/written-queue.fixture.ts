import type { WrittenQueue } from './types';

/** The demo's general inbox as the API answers it, with the fields a test changes. */
export function writtenQueue(overrides: Partial<WrittenQueue> = {}): WrittenQueue {
  return {
    id: 'epost',
    name: 'E-post och webbformulär',
    handleMinutes: 7,
    casesPerWeekday: [170, 140, 130, 120, 110, 30, 25],
    workingDays: [0, 1, 2, 3, 4],
    answerWithinWorkingDays: 1,
    answerGroupIds: ['allmanna-fragor', 'e-tjanstsupport'],
    ...overrides,
  };
}
