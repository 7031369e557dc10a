/**
 * Bad input from the user: the CLI prints the message (which names the file, line or case
 * index and the field) and exits 2, never with a stack trace. Anything else exits 1.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
