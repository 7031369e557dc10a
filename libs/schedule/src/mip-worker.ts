/**
 * Entry of the worker thread behind `MipThread`: solves the problems it is sent with a HiGHS
 * instance of its own, one at a time, and posts each solution back under the request's id.
 */
import { parentPort } from 'node:worker_threads';
import { loadSolver, maximiseProblem } from './mip-model';
import type { MipReply, MipRequest } from './mip-thread';

const port = parentPort;
if (!port) throw new Error('mip-worker must run in a worker thread');
const reply = (message: MipReply) => port.postMessage(message);
port.on('message', async ({ id, problem, options }: MipRequest) => {
  try {
    reply({ id, solution: maximiseProblem(await loadSolver(), problem, options) });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
