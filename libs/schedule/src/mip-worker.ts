/**
 * Entry of the worker thread behind `MipThread`: solves the problems it is sent with a HiGHS
 * instance of its own, one at a time, and posts each solution back under the request's id.
 */
import { parentPort } from 'node:worker_threads';
import { loadSolver, type MipProblem, type MipSolveOptions, maximiseProblem } from './mip-model';

interface Request {
  id: number;
  problem: MipProblem;
  options: MipSolveOptions;
}

const port = parentPort;
if (!port) throw new Error('mip-worker must run in a worker thread');
port.on('message', async ({ id, problem, options }: Request) => {
  try {
    const solution = maximiseProblem(await loadSolver(), problem, options);
    port.postMessage({ id, solution });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
