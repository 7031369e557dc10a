import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MipProblem, MipSolution, MipSolveOptions } from './mip-model';

const WORKER_FILE = path.join(__dirname, 'mip-worker.js');

/** What `MipThread` posts to its worker (mip-worker.ts). */
export interface MipRequest {
  id: number;
  problem: MipProblem;
  options: MipSolveOptions;
}

/** What the worker posts back: the solution, or why it has none. */
export type MipReply = { id: number; solution: MipSolution | null } | { id: number; error: string };

/**
 * HiGHS in a worker thread, so a second MIP solves while this thread solves or searches (the
 * machines Bemanna runs on have two cores or more; HiGHS in WebAssembly uses one). Holds the
 * process open only while a solve is pending; `close` ends the thread.
 */
export class MipThread {
  private readonly pending = new Map<
    number,
    { resolve: (solution: MipSolution | null) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  private constructor(private readonly worker: Worker) {
    worker.unref();
    worker.on('message', (reply: MipReply) => {
      const request = this.pending.get(reply.id);
      if (!request) return;
      this.settle(reply.id);
      if ('error' in reply) request.reject(new Error(reply.error));
      else request.resolve(reply.solution);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) =>
      this.failAll(new Error(`The MIP thread stopped (exit code ${code})`)),
    );
  }

  /**
   * A worker on the compiled entry, or null where there is none: under Jest the sources are
   * TypeScript a worker thread cannot load (pass the built file to test the thread itself).
   */
  static start(file = WORKER_FILE): MipThread | null {
    if (!file.endsWith('.js') || !fs.existsSync(file)) return null;
    return new MipThread(new Worker(file));
  }

  /** As `maximiseProblem`, in the worker's thread. */
  maximise(problem: MipProblem, options: MipSolveOptions): Promise<MipSolution | null> {
    const id = this.nextId++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, problem, options } satisfies MipRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private failAll(error: Error): void {
    for (const [id, request] of this.pending) {
      this.settle(id);
      request.reject(error);
    }
  }
}
