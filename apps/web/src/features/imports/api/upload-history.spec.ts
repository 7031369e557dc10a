import { ImportRejectedError } from '../../../api/upload-file';
import { FakeUploadRequest } from '../../../api/upload-file.fixture';
import { uploadHistory } from './upload-history';

describe('uploadHistory', () => {
  beforeEach(() => FakeUploadRequest.install());
  afterEach(() => FakeUploadRequest.uninstall());

  const file = new File(['interval_start,answer_group,offered\n'], 'export.csv');

  it('should post the file with its profile and report upload progress', async () => {
    const sent: number[] = [];
    const done = uploadHistory({ file, profileId: 7, onProgress: (share) => sent.push(share) });
    const request = FakeUploadRequest.last as FakeUploadRequest;
    expect([request.method, request.url]).toEqual(['POST', '/api/history/imports']);
    expect(request.body?.get('profileId')).toBe('7');
    expect((request.body?.get('file') as File | undefined)?.name).toBe('export.csv');
    request.progress(512, 1024);
    request.progress(1024, 1024);
    request.answer(201, { id: 1, rowCount: 1 });
    await expect(done).resolves.toMatchObject({ id: 1, rowCount: 1 });
    expect(sent).toEqual([0.5, 1]);
  });

  it('should hand back every bad row when the API refuses the file', async () => {
    const done = uploadHistory({ file });
    const rejection = {
      statusCode: 400,
      message: 'The file has 1 bad row; nothing was stored',
      errorCount: 1,
      errors: [
        {
          line: 3,
          field: 'offered',
          message: '"tolv" is not a number',
          detail: { key: 'notNumber', values: { value: 'tolv', example: '12.5' } },
        },
      ],
    };
    (FakeUploadRequest.last as FakeUploadRequest).answer(400, rejection);
    const error = await done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).rejection.errors[0]).toEqual(rejection.errors[0]);
  });

  it('should pass on any other failure with the API message', async () => {
    const done = uploadHistory({ file });
    (FakeUploadRequest.last as FakeUploadRequest).answer(413, { message: 'File too large' });
    await expect(done).rejects.toThrow('File too large');
  });
});
