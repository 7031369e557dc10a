import type { WrittenQueue } from '../api/types';

/** Cases a week brings the queue. */
export const weeklyCases = (queue: WrittenQueue) =>
  queue.casesPerWeekday.reduce((sum, cases) => sum + cases, 0);

/** Hours of work a week of the queue's cases takes. */
export const weeklyHours = (queue: WrittenQueue) => (weeklyCases(queue) * queue.handleMinutes) / 60;
