/**
 * A request the demo cannot serve (a malformed date, a reversed range, an unknown answer
 * group). A RangeError, so plain callers need nothing special; the CLI turns it into exit 2.
 */
export class DemoInputError extends RangeError {
  override readonly name = 'DemoInputError';
}
