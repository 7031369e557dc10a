/**
 * A reason a client can word in its language: a key (the web app's `apiErrors.*` texts) and the
 * values it names, beside an English message.
 */
export interface ErrorDetail {
  key: string;
  values: Record<string, string | number>;
}

/** An error's message, or what was thrown when it is not an Error. */
export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The detail an error carries, if any: a coded 400 (`codedBadRequest`) keeps it in its
 * response, a library error (e.g. `InfeasibleScenarioError`) or a worker thread's in `detail`.
 * Nest's HttpException is recognised by its `getResponse`, so worker threads need not load Nest.
 */
export function errorDetailOf(error: unknown): ErrorDetail | undefined {
  const withResponse = error as { getResponse?: () => unknown } | null;
  const source =
    typeof withResponse?.getResponse === 'function' ? withResponse.getResponse() : error;
  const detail = (source as { detail?: unknown } | null)?.detail ?? null;
  if (typeof detail !== 'object' || detail === null) return undefined;
  const { key, values } = detail as { key?: unknown; values?: unknown };
  if (typeof key !== 'string') return undefined;
  return {
    key,
    values: typeof values === 'object' && values !== null ? (values as ErrorDetail['values']) : {},
  };
}
