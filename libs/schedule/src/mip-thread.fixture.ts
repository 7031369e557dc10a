import path from 'node:path';

/**
 * The compiled entry of the MIP worker thread: Jest runs the TypeScript sources, which a
 * worker thread cannot load, and `npm test` builds the packages first (pretest).
 */
export const BUILT_MIP_WORKER = path.resolve(__dirname, '../dist/mip-worker.js');
