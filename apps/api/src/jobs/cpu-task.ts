import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { ErrorDetail } from '../common/error-detail';
import type { ProgressReport } from './job-step';

/** Reports progress from inside a task: share done 0..1 and the step. */
export type ReportProgress = (progress: number, report: ProgressReport) => void;

/**
 * CPU-heavy work (a forecast with its backtest, a schedule's local search) as a function of
 * plain data, so it can run in a worker thread. `file` is the module defining it (its
 * `__filename`) and `exportName` the function's export there, so the worker can load it.
 */
export interface CpuTask<I, O> {
  file: string;
  exportName: string;
  /** `shouldFinish` turns true when asked to finish early with what it has (`finishEarly`). */
  run: (input: I, progress: ReportProgress, shouldFinish: () => boolean) => O | Promise<O>;
}

/** Messages from cpu-worker.ts. */
export type WorkerMessage =
  | { type: 'progress'; progress: number; report: ProgressReport }
  | { type: 'result'; value: unknown }
  | { type: 'error'; message: string; detail?: ErrorDetail };

/** A task's error from its worker thread, with the detail it carried (see `errorDetailOf`). */
export class CpuTaskError extends Error {
  override readonly name = 'CpuTaskError';

  constructor(
    message: string,
    readonly detail?: ErrorDetail,
  ) {
    super(message);
  }
}

const WORKER_FILE = path.join(__dirname, 'cpu-worker.js');

/**
 * True when the task can run in a worker thread: the API runs compiled (`npm start`), so the
 * task's module and the worker entry exist as JavaScript. Under Jest the sources are
 * TypeScript that only Jest's transformer can load, so tests run tasks inline instead.
 */
export function canUseWorker(task: CpuTask<unknown, unknown>): boolean {
  return task.file.endsWith('.js') && fs.existsSync(WORKER_FILE);
}

/** A running task, to await or stop. */
export interface RunningTask<O> {
  result: Promise<O>;
  /** Stops the worker thread (at shutdown); inline tasks cannot be stopped. */
  terminate(): Promise<void>;
  /** Asks the task to finish with what it has; it resolves as usual. */
  finishEarly(): void;
}

/**
 * Runs a CPU task in a worker thread of its own, so HTTP requests keep being answered while
 * it computes; inputs and results cross by structured clone (typed arrays are transferred
 * when listed in `transfer`). Without a compiled worker (tests) it runs inline after
 * yielding once to the event loop.
 */
export function runCpuTask<I, O>(
  task: CpuTask<I, O>,
  input: I,
  onProgress: ReportProgress,
  transfer: ArrayBuffer[] = [],
): RunningTask<O> {
  if (!canUseWorker(task as CpuTask<unknown, unknown>)) {
    let finishing = false;
    const result = (async () => {
      await yieldToEventLoop();
      return task.run(input, onProgress, () => finishing);
    })();
    return {
      result,
      terminate: async () => {},
      finishEarly: () => {
        finishing = true;
      },
    };
  }
  // Shared with the worker, whose task reads it between steps: a message would wait until the
  // task's synchronous work ends.
  const finishFlag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_FILE, {
    workerData: { file: task.file, exportName: task.exportName, input, finishFlag },
    transferList: transfer,
  });
  const result = new Promise<O>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress, message.report);
      else if (message.type === 'result') {
        settled = true;
        resolve(message.value as O);
      } else {
        settled = true;
        reject(new CpuTaskError(message.message, message.detail));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The worker thread stopped (exit code ${code})`));
    });
  });
  return {
    result,
    terminate: async () => {
      await worker.terminate();
    },
    finishEarly: () => {
      Atomics.store(finishFlag, 0, 1);
    },
  };
}
