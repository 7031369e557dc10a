/**
 * Entry of the worker thread that runs one CpuTask (see cpu-task.ts): loads the task's module,
 * runs it on the input and posts progress, then the result or the error.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { errorDetailOf, errorMessageOf } from '../common/error-detail';
import type { WorkerMessage } from './cpu-task';
import type { ProgressReport } from './job-step';

interface TaskData {
  file: string;
  exportName: string;
  input: unknown;
  /** Set to 1 by the main thread to ask the task to finish early. */
  finishFlag: Int32Array;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('cpu-worker must run in a worker thread');
  const { file, exportName, input, finishFlag } = workerData as TaskData;
  const post = (message: WorkerMessage) => port.postMessage(message);
  try {
    const loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const run = loaded[exportName];
    if (typeof run !== 'function') throw new Error(`${file} does not export ${exportName}`);
    const value: unknown = await run(
      input,
      (progress: number, report: ProgressReport) => post({ type: 'progress', progress, report }),
      () => Atomics.load(finishFlag, 0) === 1,
    );
    post({ type: 'result', value });
  } catch (error) {
    post({
      type: 'error',
      message: errorMessageOf(error),
      detail: errorDetailOf(error),
    });
  }
}

void main();
