import { Logger } from '@nestjs/common';
import { codedBadRequest } from '../common/coded-bad-request';
import type { Job } from './job.entity';
import { JobFailure, JobRunner, PROGRESS_WRITE_MS } from './job-runner.service';
import type { JobsService } from './jobs.service';

function job(overrides: Partial<Job> = {}): Job {
  return Object.assign(
    {
      id: 1,
      kind: 'forecast-run',
      status: 'running',
      progress: 0,
      message: null,
      step: null,
      parameters: {},
      result: null,
      error: null,
      errorDetail: null,
      attempts: 1,
      createdAt: new Date(),
      startedAt: new Date(),
      finishedAt: null,
      updatedAt: new Date(),
    },
    overrides,
  ) as Job;
}

/** An in-memory stand-in for the queue table. */
function fakeJobs(queued: Job[]) {
  const calls: string[] = [];
  const jobs = {
    calls,
    claimNext: jest.fn(async () => queued.shift()),
    recordProgress: jest.fn(async (id: number, share: number) => {
      calls.push(`progress ${id} ${share}`);
    }),
    succeed: jest.fn(async (id: number) => {
      calls.push(`succeed ${id}`);
    }),
    fail: jest.fn(async (id: number, error: string, detail?: { key: string }) => {
      calls.push(`fail ${id} ${error}${detail ? ` (${detail.key})` : ''}`);
    }),
    requeueInterrupted: jest.fn(async () => ({ requeued: 0, failed: 0 })),
    onEnqueue: jest.fn(() => () => {}),
    listeners: [] as ((id: number, request: 'cancel' | 'finish') => boolean)[],
    onRunningJobRequest: jest.fn(
      (listener: (id: number, request: 'cancel' | 'finish') => boolean) => {
        jobs.listeners.push(listener);
        return () => {};
      },
    ),
    /** What `JobsService.cancel` does for a running job: whether a worker is stopping it. */
    cancel(id: number) {
      calls.push(`cancel ${id}: ${jobs.listeners.some((listener) => listener(id, 'cancel'))}`);
    },
    /** What `JobsService.finishEarly` asks of a running job: whether it will. */
    finish(id: number) {
      calls.push(`finish ${id}: ${jobs.listeners.some((listener) => listener(id, 'finish'))}`);
    },
    recordCancelled: jest.fn(async (id: number) => {
      calls.push(`cancelled ${id}`);
    }),
  };
  return jobs;
}

describe(JobRunner.name, () => {
  // The runner logs each job; the specs check the calls instead.
  beforeAll(() => Logger.overrideLogger(false));
  it('should run queued jobs one at a time, oldest first, with their handler', async () => {
    const jobs = fakeJobs([job({ id: 1 }), job({ id: 2 })]);
    const sut = new JobRunner(jobs as unknown as JobsService);
    const order: number[] = [];
    sut.register('forecast-run', async (j) => {
      order.push(j.id);
      return { result: { forecastVersionId: j.id }, message: 'done' };
    });
    await sut.wake();
    expect(order).toEqual([1, 2]);
    expect(jobs.calls).toEqual(['succeed 1', 'succeed 2']);
  });

  it('should write progress at most every half second, and the newest step when the time is up', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const jobs = fakeJobs([job()]);
      const sut = new JobRunner(jobs as unknown as JobsService);
      let finish: () => void = () => {};
      sut.register('forecast-run', async (_j, context) => {
        for (let i = 0; i < 100; i++)
          context.progress(i / 100, { key: 'test', message: `step ${i}` });
        // Silent for a while, as the schedule's bound is: the last step must not be lost.
        await new Promise<void>((resolve) => {
          finish = resolve;
        });
        context.progress(0.995, { key: 'test', message: 'written at once' });
        context.progress(1, { key: 'test', message: 'replaced by the outcome' });
        return { result: {}, message: 'done' };
      });
      const running = sut.wake();
      await jest.advanceTimersByTimeAsync(PROGRESS_WRITE_MS - 1);
      expect(jobs.calls).toEqual(['progress 1 0']);
      await jest.advanceTimersByTimeAsync(1);
      expect(jobs.calls).toEqual(['progress 1 0', 'progress 1 0.99']);
      await jest.advanceTimersByTimeAsync(10 * PROGRESS_WRITE_MS);
      finish();
      await running;
      await jest.advanceTimersByTimeAsync(10 * PROGRESS_WRITE_MS);
      expect(jobs.calls).toEqual([
        'progress 1 0',
        'progress 1 0.99',
        'progress 1 0.995',
        'succeed 1',
      ]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('should store the error of a failing handler, with its reason, and go on with the next job', async () => {
    const jobs = fakeJobs([job({ id: 1 }), job({ id: 2 }), job({ id: 3 })]);
    const sut = new JobRunner(jobs as unknown as JobsService);
    sut.register('forecast-run', async (j) => {
      if (j.id === 1) throw new JobFailure('no history');
      if (j.id === 2)
        throw new JobFailure('no history before 2026-11-23', {
          key: 'noHistoryBefore',
          values: { days: 1096, from: '2026-11-23' },
        });
      return { result: {}, message: 'done' };
    });
    await sut.wake();
    expect(jobs.calls).toEqual([
      'fail 1 no history',
      'fail 2 no history before 2026-11-23 (noHistoryBefore)',
      'succeed 3',
    ]);
  });

  it('should turn whatever a step threw into a failure with its message and reason', () => {
    const coded = JobFailure.of(codedBadRequest('No agents', 'noAgentsForGroups'));
    expect(coded).toMatchObject({ message: 'No agents', detail: { key: 'noAgentsForGroups' } });
    expect(JobFailure.of('worker gone')).toMatchObject({
      message: 'worker gone',
      detail: undefined,
    });
  });

  it('should stop a cancelled job’s work and record it cancelled, or succeeded if it finished first', async () => {
    const jobs = fakeJobs([job({ id: 1 }), job({ id: 2 }), job({ id: 3 })]);
    const sut = new JobRunner(jobs as unknown as JobsService);
    const stopped: number[] = [];
    sut.register('forecast-run', async (j, context) => {
      // Job 1's work stops when cancelled (a worker thread); job 2's runs on to its end
      // (inline) and sees the abort before storing; job 3 has stored its result when it comes.
      const work = new Promise<void>((resolve, reject) => {
        if (j.id === 1) {
          context.onStop(async () => {
            stopped.push(j.id);
            reject(new Error('worker terminated'));
          });
        }
        setImmediate(() => {
          if (j.id !== 3) jobs.cancel(j.id);
          resolve();
        });
      });
      await work;
      context.signal.throwIfAborted();
      jobs.calls.push(`stored ${j.id}`);
      if (j.id === 3) jobs.cancel(j.id);
      return { result: {}, message: 'done' };
    });
    await sut.onApplicationBootstrap();
    await sut.wake();
    expect(stopped).toEqual([1]);
    expect(jobs.calls).toEqual([
      'cancel 1: true',
      'cancelled 1',
      'cancel 2: true',
      'cancelled 2',
      'stored 3',
      'cancel 3: true',
      'succeed 3',
    ]);
    // A job no longer running here is not this worker's to stop.
    jobs.cancel(3);
    expect(jobs.calls.at(-1)).toBe('cancel 3: false');
    await sut.onApplicationShutdown();
  });

  it('should stop work started after the job was cancelled, as soon as it starts', async () => {
    const jobs = fakeJobs([job({ id: 1 })]);
    const sut = new JobRunner(jobs as unknown as JobsService);
    sut.register('forecast-run', async (_j, context) => {
      // Cancelled while preparing (reading the database), before its worker started.
      jobs.cancel(1);
      await new Promise<void>((_, reject) => {
        context.onStop(async () => reject(new Error('worker terminated')));
      });
      return { result: {}, message: 'done' };
    });
    await sut.onApplicationBootstrap();
    await sut.wake();
    expect(jobs.calls).toEqual(['cancel 1: true', 'cancelled 1']);
    await sut.onApplicationShutdown();
  });

  it('should have a running job finish early when its handler says how, and only then', async () => {
    const jobs = fakeJobs([job({ id: 1 }), job({ id: 2 })]);
    const sut = new JobRunner(jobs as unknown as JobsService);
    sut.register('forecast-run', async (j, context) => {
      if (j.id === 2) {
        await new Promise(setImmediate);
        jobs.finish(2);
        return { result: {}, message: 'done' };
      }
      return new Promise((resolve) => {
        context.onFinishEarly(() => resolve({ result: {}, message: 'finished early' }));
        setImmediate(() => jobs.finish(1));
      });
    });
    await sut.onApplicationBootstrap();
    await sut.wake();
    expect(jobs.calls).toEqual(['finish 1: true', 'succeed 1', 'finish 2: false', 'succeed 2']);
    await sut.onApplicationShutdown();
  });

  it('should fail a job of a kind without a handler', async () => {
    const jobs = fakeJobs([job({ kind: 'mystery' })]);
    await new JobRunner(jobs as unknown as JobsService).wake();
    expect(jobs.calls).toEqual(['fail 1 No handler for jobs of kind "mystery"']);
  });

  it('should re-queue interrupted jobs before it starts, and stop on shutdown', async () => {
    const jobs = fakeJobs([]);
    const sut = new JobRunner(jobs as unknown as JobsService);
    await sut.onApplicationBootstrap();
    expect(jobs.requeueInterrupted).toHaveBeenCalledTimes(1);
    await sut.onApplicationShutdown();
    jobs.claimNext.mockClear();
    await sut.wake();
    expect(jobs.claimNext).not.toHaveBeenCalled();
  });
});
