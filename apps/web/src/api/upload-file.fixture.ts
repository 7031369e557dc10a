/**
 * Just enough of XMLHttpRequest to play a server for specs of uploads (`uploadFile`): progress
 * events, then an answer. `install` puts it in place of the real one until `uninstall`.
 */
export class FakeUploadRequest {
  static last: FakeUploadRequest | undefined;
  private static original: typeof XMLHttpRequest | undefined;
  method = '';
  url = '';
  body: FormData | undefined;
  responseType = '';
  status = 0;
  response: unknown = null;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;

  static install() {
    FakeUploadRequest.original = globalThis.XMLHttpRequest;
    FakeUploadRequest.last = undefined;
    globalThis.XMLHttpRequest = FakeUploadRequest as unknown as typeof XMLHttpRequest;
  }
  static uninstall() {
    if (FakeUploadRequest.original) globalThis.XMLHttpRequest = FakeUploadRequest.original;
  }

  constructor() {
    FakeUploadRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  send(body: FormData) {
    this.body = body;
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  answer(status: number, response: unknown) {
    this.status = status;
    this.response = response;
    this.onload?.();
  }
}
