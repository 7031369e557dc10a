import { readFile } from 'node:fs/promises';
import { InputError } from './input-error';

/** Reads all of standard input as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file, turning a missing or unreadable file into bad input that names it. */
export async function readInputFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/** Parses JSON, naming the source and the line of a syntax error. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new InputError(`${source}${line ? `:${line}` : ''}: not valid JSON (${message})`);
  }
}
