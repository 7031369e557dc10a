import { readFile } from 'node:fs/promises';
import { type ParseError, parse } from 'jsonc-parser';
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

/**
 * Parses JSON, naming the source, line and column of a syntax error. V8 gives the position of
 * some errors only ("Unexpected token '}'" has none on Node 20), so jsonc-parser, strict as
 * JSON, finds where the text first goes wrong.
 */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const offset = errors[0]?.offset ?? text.length;
    const lines = text.slice(0, offset).split('\n');
    const at = `${lines.length}:${lines[lines.length - 1]!.length + 1}`;
    throw new InputError(`${source}:${at}: not valid JSON (${(error as Error).message})`);
  }
}
