/**
 * What the typed client (`apiClient.GET`, `POST` …) resolves to, for specs that stub it: the
 * body as data below 400 and as error from 400, and the answer's status.
 */
export const answer = (status: number, body?: unknown) =>
  ({
    data: status < 400 ? body : undefined,
    error: status < 400 ? undefined : body,
    response: { ok: status < 400, status } as Response,
  }) as never;
