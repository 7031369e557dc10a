import { DataSource } from 'typeorm';
import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { answerGroupBody } from './support/factories';
import { registerHoldingJob, startHoldingJob } from './support/hold-job';
import { importHistory, syntheticHistoryCsv, waitForJob } from './support/jobs';
import { startTestApp, type TestApp } from './support/test-app';

describe('Jobs', () => {
  let sut: TestApp;
  let parameters: Record<string, unknown>;

  /** A job row as a process that died mid-run, or another writer, would leave it. */
  const insertJob = async (fields: {
    kind: string;
    status: string;
    attempts: number;
    parameters: unknown;
  }) => {
    const [row] = await sut.app.get(DataSource).query(
      `INSERT INTO job (kind, status, progress, message, parameters, attempts, started_at)
         VALUES ($1, $2, 0.3, 'Fitting', $3, $4, CASE WHEN $2 = 'running' THEN now() END) RETURNING id`,
      [fields.kind, fields.status, JSON.stringify(fields.parameters), fields.attempts],
    );
    return (row as { id: number }).id;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    await sut.http().post('/api/answer-groups').send(answerGroupBody()).expect(201);
    await importHistory(sut, syntheticHistoryCsv([{ id: 'bygglov', base: 10 }], '2025-10-13', 35));
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should run a queued job to success, recording progress, times and the result', async () => {
    const accepted = await sut
      .http()
      .post('/api/forecasts/runs')
      .send({ from: '2025-11-17', days: 5, backtestOrigins: 1 })
      .expect(202);
    expect(accepted.body).toEqual({ jobId: expect.any(Number), status: 'queued' });
    const job = await waitForJob(sut, accepted.body.jobId);
    expect(job).toMatchObject({
      kind: 'forecast-run',
      status: 'succeeded',
      progress: 1,
      attempts: 1,
      error: null,
      message: expect.stringContaining('stored'),
      step: null,
      result: { forecastVersionId: expect.any(Number), answerGroups: 1, groupsWithoutHistory: [] },
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
    });
    parameters = (await sut.http().get(`/api/jobs/${job.id}`).expect(200)).body.parameters;
    expect(parameters).toMatchObject({
      from: '2025-11-17',
      days: 5,
      method: 'auto',
      answerGroupIds: ['bygglov'],
    });
  });

  it('should show a running job’s step as a key with values, and drop it when the job ends', async () => {
    const id = await insertJob({
      kind: 'schedule-generation',
      status: 'running',
      attempts: 1,
      parameters: {},
    });
    const jobs = sut.app.get(JobsService);
    await jobs.recordProgress(id, 0.6, {
      key: 'scheduleImproving',
      values: { serviceLevel: 0.912, bound: null },
      message: 'Improving: 91.2% (bound –)',
    });
    const running = await sut.http().get(`/api/jobs/${id}`).expect(200);
    expect(running.body).toMatchObject({
      status: 'running',
      progress: 0.6,
      message: 'Improving: 91.2% (bound –)',
      step: { key: 'scheduleImproving', values: { serviceLevel: 0.912, bound: null } },
    });
    await jobs.recordProgress(id, 0.1, { key: 'scheduleBounding', message: 'Bounding' });
    const keyOnly = await sut.http().get(`/api/jobs/${id}`).expect(200);
    expect(keyOnly.body.step).toEqual({ key: 'scheduleBounding', values: {} });
    await jobs.fail(id, 'stopped by the test');
    const failed = await sut.http().get(`/api/jobs/${id}`).expect(200);
    expect(failed.body).toMatchObject({ status: 'failed', step: null });
  });

  it('should re-queue a job a restart left running, and run it again', async () => {
    const id = await insertJob({
      kind: 'forecast-run',
      status: 'running',
      attempts: 1,
      parameters,
    });
    // What the API does first on start (a simulated restart), then the worker's wake-up.
    const runner = sut.app.get(JobRunner);
    await runner.recoverInterrupted();
    const requeued = (await sut.http().get(`/api/jobs/${id}`).expect(200)).body;
    expect(['queued', 'running', 'succeeded']).toContain(requeued.status);
    void runner.wake();
    const job = await waitForJob(sut, id);
    expect(job).toMatchObject({ status: 'succeeded', attempts: 2, error: null });
    expect(job.result?.forecastVersionId).toEqual(expect.any(Number));
  });

  it('should fail rather than re-queue a job interrupted three times', async () => {
    const id = await insertJob({
      kind: 'forecast-run',
      status: 'running',
      attempts: 3,
      parameters,
    });
    await sut.app.get(JobRunner).recoverInterrupted();
    const job = (await sut.http().get(`/api/jobs/${id}`).expect(200)).body;
    expect(job).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('Interrupted by a restart 3 times'),
      errorDetail: { key: 'interruptedByRestarts', values: { attempts: 3 } },
    });
  });

  it('should fail a job whose handler throws, with the reason', async () => {
    const id = await insertJob({
      kind: 'forecast-run',
      status: 'queued',
      attempts: 0,
      parameters: { ...parameters, days: 0 },
    });
    void sut.app.get(JobRunner).wake();
    const job = await waitForJob(sut, id);
    expect(job).toMatchObject({ status: 'failed', error: expect.stringContaining('days') });
  });

  it('should fail a job of a kind nobody handles', async () => {
    const id = await insertJob({ kind: 'mystery', status: 'queued', attempts: 0, parameters: {} });
    void sut.app.get(JobRunner).wake();
    const job = await waitForJob(sut, id);
    expect(job).toMatchObject({
      status: 'failed',
      error: 'No handler for jobs of kind "mystery"',
      errorDetail: null,
    });
  });

  it('should cancel a queued job at once, and stop a running one before it is recorded cancelled', async () => {
    const { stopped } = registerHoldingJob(sut.app);
    const running = await startHoldingJob(sut.app);
    // Queued behind the running one, it never starts.
    const queued = (await sut.http().post('/api/forecasts/runs').send(parameters).expect(202)).body
      .jobId;
    const cancelQueued = await sut.http().post(`/api/jobs/${queued}/cancel`).expect(200);
    expect(cancelQueued.body).toMatchObject({
      id: queued,
      status: 'cancelled',
      message: 'Cancelled',
      startedAt: null,
      finishedAt: expect.any(String),
    });
    // The running one is stopped by its worker, which then records it cancelled.
    await sut.http().post(`/api/jobs/${running}/cancel`).expect(200);
    expect(await waitForJob(sut, running)).toMatchObject({ status: 'cancelled', result: null });
    expect(stopped).toEqual([running]);
    expect(await waitForJob(sut, queued)).toMatchObject({ status: 'cancelled', attempts: 0 });

    const again = await sut.http().post(`/api/jobs/${queued}/cancel`).expect(409);
    expect(again.body.message).toBe(`Job ${queued} has already ended: cancelled`);
    await sut.http().post('/api/jobs/999999/cancel').expect(404);
    await sut.http().post('/api/jobs/abc/cancel').expect(400);
  });

  it('should cancel at once a job left running that no worker holds, which cannot finish early', async () => {
    const id = await insertJob({
      kind: 'forecast-run',
      status: 'running',
      attempts: 1,
      parameters,
    });
    const refused = await sut.http().post(`/api/jobs/${id}/finish`).expect(409);
    expect(refused.body.message).toBe(`Job ${id} (forecast-run) cannot finish early`);
    const cancelled = await sut.http().post(`/api/jobs/${id}/cancel`).expect(200);
    expect(cancelled.body).toMatchObject({ id, status: 'cancelled' });
    const ended = await sut.http().post(`/api/jobs/${id}/finish`).expect(409);
    expect(ended.body.message).toBe(`Job ${id} is not running: cancelled`);
  });

  it('should have a running job finish early with what it has, and succeed', async () => {
    registerHoldingJob(sut.app);
    const id = await startHoldingJob(sut.app);
    const asked = await sut.http().post(`/api/jobs/${id}/finish`).expect(200);
    expect(asked.body).toMatchObject({ id, status: 'running' });
    expect(await waitForJob(sut, id)).toMatchObject({
      status: 'succeeded',
      result: { finishedEarly: true },
      message: 'Finished early',
    });
    await sut.http().post('/api/jobs/999999/finish').expect(404);
  });

  it('should list jobs newest first and answer 400 on bad queries', async () => {
    const jobs = (await sut.http().get('/api/jobs').query({ limit: 2 }).expect(200)).body as {
      id: number;
    }[];
    expect(jobs).toHaveLength(2);
    expect((jobs[0]?.id ?? 0) > (jobs[1]?.id ?? 0)).toBe(true);
    const response = await sut.http().get('/api/jobs').query({ limit: 0, kind: 'x' }).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'kind',
      'limit',
    ]);
    await sut.http().get('/api/jobs/abc').expect(400);
  });
});
