import { addLocalDays, localDateOf } from '@bemanna/calendar';
import { SchedulerRegistry } from '@nestjs/schedule';
import {
  NIGHTLY_FORECAST,
  NightlyForecastService,
} from '../../apps/api/src/forecast-runs/nightly-forecast.service';
import { answerGroupBody } from './support/factories';
import { registerHoldingJob, startHoldingJob } from './support/hold-job';
import { importHistory, syntheticHistoryCsv, waitForJob } from './support/jobs';
import { startTestApp, type TestApp } from './support/test-app';

describe('Nightly forecast', () => {
  let sut: TestApp;
  let nightly: NightlyForecastService;
  const now = new Date('2025-11-20T01:00:00Z'); // 02:00 in Stockholm
  const tomorrow = addLocalDays(localDateOf(now.getTime(), 'Europe/Stockholm'), 1);

  beforeAll(async () => {
    // Only on 29 February, so it never fires while the suite runs; the test calls it itself.
    sut = await startTestApp({ nightlyForecast: '0 2 29 2 *' });
    nightly = sut.app.get(NightlyForecastService);
    await sut.http().post('/api/answer-groups').send(answerGroupBody()).expect(201);
  });

  afterAll(async () => {
    await sut?.close();
  });

  it("should be scheduled by the configured cron in the centre's time zone", () => {
    const job = sut.app.get(SchedulerRegistry).getCronJob(NIGHTLY_FORECAST);
    expect(job.cronTime.source).toBe('0 2 29 2 *');
    expect(job.cronTime.timeZone).toBe('Europe/Stockholm');
    expect(job.isActive).toBe(true);
  });

  it('should say when it runs next, for the forecast page', async () => {
    const status = await sut.http().get('/api/forecasts/runs/nightly').expect(200);
    expect(status.body).toEqual({
      schedule: '0 2 29 2 *',
      timeZone: 'Europe/Stockholm',
      next: expect.stringMatching(/^20\d\d-02-29T02:00:00\.000\+01:00$/),
    });
  });

  it('should wait for history, forecast once it comes, and again only when more comes', async () => {
    expect(await nightly.refresh(now)).toEqual({ skipped: 'no history has been imported' });

    await importHistory(sut, syntheticHistoryCsv([{ id: 'bygglov', base: 10 }], '2025-10-13', 35));
    const first = await nightly.refresh(now);
    if (!('jobId' in first)) throw new Error(`skipped: ${first.skipped}`);
    expect(await waitForJob(sut, first.jobId)).toMatchObject({
      status: 'succeeded',
      result: { forecastVersionId: expect.any(Number) },
    });
    const { parameters } = (await sut.http().get(`/api/jobs/${first.jobId}`)).body;
    expect(parameters).toMatchObject({
      name: `Nightly forecast ${tomorrow}, 42 days (auto)`,
      from: tomorrow,
      days: 42,
      method: 'auto',
      answerGroupIds: ['bygglov'],
    });
    expect(await nightly.refresh(now)).toEqual({
      skipped: 'no history imported since the newest forecast run',
    });

    // More history while another job holds the worker: one run is queued, and only one.
    await importHistory(sut, syntheticHistoryCsv([{ id: 'bygglov', base: 12 }], '2025-11-17', 2));
    registerHoldingJob(sut.app);
    const holding = await startHoldingJob(sut.app);
    const second = await nightly.refresh(now);
    if (!('jobId' in second)) throw new Error(`skipped: ${second.skipped}`);
    expect(await nightly.refresh(now)).toEqual({ skipped: 'a forecast run is under way' });
    await sut.http().post(`/api/jobs/${holding}/cancel`).expect(200);
    expect(await waitForJob(sut, second.jobId)).toMatchObject({ status: 'succeeded' });
  });
});
