import { addLocalDays, isoWeekdayIndex, startOfLocalDay, formatLocalIso } from '@bemanna/calendar';
import { weekForecastCsv } from './factories';
import type { TestApp } from './test-app';

export interface JobBody {
  id: number;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  progress: number;
  message: string | null;
  result: Record<string, unknown> | null;
  error: string | null;
  errorDetail: { key: string; values: Record<string, string | number> } | null;
  attempts: number;
}

/** Polls GET /api/jobs/:id until the job has succeeded, failed or been cancelled. */
export async function waitForJob(sut: TestApp, id: number, timeoutMs = 45_000): Promise<JobBody> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await sut.http().get(`/api/jobs/${id}`).expect(200)).body as JobBody;
    if (job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled')
      return job;
    if (Date.now() > deadline)
      throw new Error(`Job ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A forecast version of `week`'s calls (`weekForecastCsv`), by its id. */
export async function importWeekForecast(
  sut: TestApp,
  week: string,
  name: string,
): Promise<number> {
  return (
    await sut
      .http()
      .post('/api/forecasts/import')
      .field('name', name)
      .attach('file', weekForecastCsv(week), 'forecast.csv')
      .expect(201)
  ).body.id;
}

/** Generates a week in 3 s (unless the body says otherwise) and returns the version it saved. */
export async function generateVersion(
  sut: TestApp,
  body: { weekStart: string; forecastVersionId: number; [field: string]: unknown },
) {
  const accepted = await sut
    .http()
    .post('/api/schedules/generate')
    .send({ timeLimitSeconds: 3, ...body })
    .expect(202);
  const job = await waitForJob(sut, accepted.body.jobId);
  if (job.status !== 'succeeded')
    throw new Error(`Generation job ${job.id} ${job.status}: ${job.error}`);
  return (await sut.http().get(`/api/schedules/${job.result?.scheduleVersionId}`).expect(200)).body;
}

const TZ = 'Europe/Stockholm';

/**
 * Format A history of answer groups open on weekdays 08:00-16:00, with a weekday pattern, a
 * midday peak and deterministic noise: something a forecast can learn, different per group.
 */
export function syntheticHistoryCsv(
  groups: { id: string; base: number }[],
  from: string,
  days: number,
): string {
  let state = 12345;
  const noise = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 - 0.5;
  };
  const lines = ['interval_start,answer_group,offered,answered,aht_seconds'];
  for (let d = 0; d < days; d++) {
    const date = addLocalDays(from, d);
    const weekday = isoWeekdayIndex(date);
    if (weekday >= 5) continue;
    const dayStart = startOfLocalDay(date, TZ);
    for (const group of groups) {
      for (let q = 32; q < 64; q++) {
        const shape = 1 + 0.5 * Math.sin(((q - 32) / 32) * Math.PI);
        const offered = Math.max(
          0,
          Math.round(group.base * shape * (1.3 - weekday * 0.08) * (1 + 0.3 * noise())),
        );
        const start = formatLocalIso(dayStart + q * 900_000, TZ);
        lines.push(`${start},${group.id},${offered},${offered},${240 + Math.round(60 * noise())}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function importHistory(sut: TestApp, csv: string): Promise<void> {
  await sut
    .http()
    .post('/api/history/imports')
    .attach('file', Buffer.from(csv), 'history.csv')
    .expect(201);
}
