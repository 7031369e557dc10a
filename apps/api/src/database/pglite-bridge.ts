import net from 'node:net';

/** The part of a PGlite instance the bridge needs: raw wire-protocol messages in and out. */
export interface ProtocolEngine {
  execProtocolRaw(message: Uint8Array): Promise<Uint8Array>;
  exec(sql: string): Promise<unknown>;
}

const SSL_REQUEST_CODE = 80877103;

/**
 * Serves a PGlite database to ordinary PostgreSQL clients (`pg`) over TCP.
 *
 * Why not `@electric-sql/pglite-socket`: its 0.0.x server hands every TCP chunk to PGlite as
 * it arrives, so a message larger than one chunk (a bulk insert of a few thousand rows) is
 * split and PGlite aborts. This bridge frames the wire protocol, passes only whole messages,
 * and runs them one after another. PGlite is a single backend, so clients take turns: one
 * connection is served at a time and others wait until it closes (use a pool of one).
 */
export class PgliteBridge {
  private server?: net.Server;
  private active?: net.Socket;
  private readonly waiting: net.Socket[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly engine: ProtocolEngine) {}

  /** Listens on 127.0.0.1 at a free port and returns it. */
  async listen(): Promise<number> {
    const server = net.createServer((socket) => {
      socket.on('error', () => socket.destroy());
      if (this.active) this.waiting.push(socket);
      else this.attach(socket);
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return (server.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of [...this.waiting, this.active]) socket?.destroy();
    await this.queue;
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private attach(socket: net.Socket): void {
    this.active = socket;
    let pending: Buffer = Buffer.alloc(0);
    let startupDone = false;
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      let end = 0;
      for (;;) {
        if (!startupDone) {
          // The startup message has no type byte: int32 length, int32 protocol code.
          if (pending.length - end < 8) break;
          const length = pending.readInt32BE(end);
          if (pending.length - end < length) break;
          if (pending.readInt32BE(end + 4) === SSL_REQUEST_CODE) {
            socket.write('N'); // no TLS on a loopback socket
            pending = pending.subarray(end + length);
            end = 0;
            continue;
          }
          end += length;
          startupDone = true;
        } else {
          if (pending.length - end < 5) break;
          const length = pending.readInt32BE(end + 1);
          if (pending.length - end < 1 + length) break;
          end += 1 + length;
        }
      }
      if (end === 0) return;
      const messages = new Uint8Array(pending.subarray(0, end));
      pending = pending.subarray(end);
      this.run(() => this.engine.execProtocolRaw(messages)).then(
        (reply) => {
          if (reply.length > 0 && !socket.destroyed) socket.write(reply);
        },
        () => socket.destroy(),
      );
    });
    socket.on('close', () => {
      // A client that vanished inside a transaction must not leave it open for the next one.
      void this.run(() => this.engine.exec('ROLLBACK').catch(() => undefined)).then(() => {
        this.active = undefined;
        const next = this.waiting.shift();
        if (next) this.attach(next);
      });
    });
  }
}
