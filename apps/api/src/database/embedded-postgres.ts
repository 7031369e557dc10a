import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PgliteBridge, type ProtocolEngine } from './pglite-bridge';

/** A running embedded PostgreSQL and how to reach it. */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * The worker's code. PGlite runs in a worker thread for two reasons: its WebAssembly
 * executes synchronously, which would stall the API's event loop during a large import, and
 * it loads parts of itself with dynamic `import()`, which Jest's module sandbox refuses. A
 * worker is a plain Node context; the code is plain JavaScript so it needs no build step.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { PGlite } = require(workerData.modulePath);
  const db = await PGlite.create(workerData.dataDir);
  parentPort.on('message', async ({ id, kind, payload }) => {
    try {
      if (kind === 'protocol') {
        // The reply is a view into PGlite's whole WebAssembly memory; posting the view
        // would copy all of it, so copy out just the reply and hand that over.
        const reply = (await db.execProtocolRaw(payload)).slice();
        parentPort.postMessage({ id, reply }, [reply.buffer]);
      } else if (kind === 'exec') {
        await db.exec(payload);
        parentPort.postMessage({ id });
      } else {
        await db.close();
        parentPort.postMessage({ id });
      }
    } catch (error) {
      parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((error) => parentPort.postMessage({ failed: String(error && error.stack ? error.stack : error) }));
`;

interface WorkerReply {
  id?: number;
  reply?: Uint8Array;
  error?: string;
  ready?: boolean;
  failed?: string;
}

/** PGlite in a worker thread, spoken to one message at a time. */
class WorkerEngine implements ProtocolEngine {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(reply?: Uint8Array): void; reject(error: Error): void }
  >();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: WorkerReply) => {
      if (message.id === undefined) return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) waiter?.reject(new Error(message.error));
      else waiter?.resolve(message.reply);
    });
    // A crashed worker must fail the calls in flight, not leave their clients waiting forever.
    const failAll = (error: Error) => {
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) =>
      failAll(new Error(`Embedded PostgreSQL stopped (exit code ${code})`)),
    );
  }

  static async start(dataDir: string): Promise<WorkerEngine> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { modulePath: require.resolve('@electric-sql/pglite'), dataDir },
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: WorkerReply) => {
        if (message.ready) resolve();
        else if (message.failed)
          reject(new Error(`Embedded PostgreSQL failed to start: ${message.failed}`));
        else return;
        worker.off('message', onMessage);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return new WorkerEngine(worker);
  }

  private call(
    kind: 'protocol' | 'exec' | 'close',
    payload?: Uint8Array | string,
  ): Promise<Uint8Array | undefined> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(
        { id, kind, payload },
        payload instanceof Uint8Array ? [payload.buffer as ArrayBuffer] : [],
      );
    });
  }

  async execProtocolRaw(message: Uint8Array): Promise<Uint8Array> {
    return (await this.call('protocol', message)) ?? new Uint8Array();
  }

  async exec(sql: string): Promise<void> {
    await this.call('exec', sql);
  }

  async close(): Promise<void> {
    await this.call('close');
    await this.worker.terminate();
  }
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly: no binaries, no system user, so it
 * works as root) with its files in `dataDir`, reachable over TCP on 127.0.0.1 so the API
 * talks to it through `pg` exactly as it talks to a real server.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = lockDataDir(dataDir);
  try {
    const engine = await WorkerEngine.start(dataDir);
    const bridge = new PgliteBridge(engine);
    const port = await bridge.listen();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        await bridge.close();
        await engine.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Another running API holds the embedded database's folder. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two PGlite instances writing one folder would corrupt it, so the folder is locked with a
 * file beside it holding the owner's process id; a lock left by a process that no longer runs
 * is taken over. Returns the function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockFile, 'utf8'));
      if (owner !== process.pid && Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by process ${owner}. ` +
            'Stop that Bemanna API, or set BEMANNA_DATA_DIR to another folder.',
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
