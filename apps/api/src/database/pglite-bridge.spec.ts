import net from 'node:net';
import { PgliteBridge, type ProtocolEngine } from './pglite-bridge';

/** Records what reaches the engine and answers each call with one byte. */
function recordingEngine(): ProtocolEngine & { calls: number[][] } {
  const calls: number[][] = [];
  return {
    calls,
    async execProtocolRaw(message) {
      calls.push([...message]);
      return new Uint8Array([90]);
    },
    async exec() {},
  };
}

function startup(): Buffer {
  const message = Buffer.alloc(8);
  message.writeInt32BE(8, 0);
  message.writeInt32BE(196608, 4); // protocol 3.0
  return message;
}

function query(sql: string): Buffer {
  const body = Buffer.from(`${sql}\0`);
  const header = Buffer.alloc(5);
  header.write('Q', 0);
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

describe(PgliteBridge.name, () => {
  it('should pass only whole messages, however TCP splits them', async () => {
    const engine = recordingEngine();
    const sut = new PgliteBridge(engine);
    const port = await sut.listen();
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const big = query(`SELECT '${'x'.repeat(200_000)}'`);
    const bytes = Buffer.concat([startup(), big]);
    // Send in awkward pieces: the startup message cut in two, the query in many chunks.
    for (const [from, to] of [
      [0, 3],
      [3, 20],
      [20, 70_000],
      [70_000, bytes.length],
    ]) {
      socket.write(bytes.subarray(from, to));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const received = Buffer.concat(engine.calls.map((call) => Buffer.from(call)));
    expect(received.equals(bytes)).toBe(true);
    expect(engine.calls.every((call) => call.length === 8 || call[0] === 0x51)).toBe(true);
    socket.destroy();
    await sut.close();
  });
});
