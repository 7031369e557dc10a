import type { paths } from './schema';
import type { ImportRejected } from './types';

/** What a route answers a created upload with (its documented 201 body). */
type Created<Path extends keyof paths> = paths[Path] extends {
  post: { responses: { 201: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

/** The API refused the file: every bad row with its line and field; nothing was stored. */
export class ImportRejectedError extends Error {
  override readonly name = 'ImportRejectedError';
  constructor(readonly rejection: ImportRejected) {
    super(rejection.message);
  }
}

/**
 * Posts a multipart form (a file and its fields) to an import route. XMLHttpRequest rather than
 * fetch, because only it reports upload progress, which a planner needs for a year of
 * 15-minute rows or a month of agent states (tens of MB). `onProgress` gets the share sent,
 * 0..1; at 1 the server is validating and storing.
 */
export function uploadFile<Path extends keyof paths>(
  path: Path,
  form: FormData,
  onProgress?: (sent: number) => void,
): Promise<Created<Path>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body: unknown = request.response;
      if (request.status >= 200 && request.status < 300) resolve(body as Created<Path>);
      else if (body && typeof body === 'object' && 'errors' in body)
        reject(new ImportRejectedError(body as ImportRejected));
      else
        reject(
          new Error(
            body && typeof body === 'object' && 'message' in body
              ? String((body as { message: unknown }).message)
              : `HTTP ${request.status}`,
          ),
        );
    };
    request.onerror = () => reject(new Error('Network error'));
    request.send(form);
  });
}
