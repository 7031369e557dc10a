import { startTestApp, type TestApp } from './support/test-app';

describe('The API shell', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should report health with the database up', async () => {
    const response = await sut.http().get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('should serve the OpenAPI page and the document generated from the code', async () => {
    await sut.http().get('/api/docs').expect(200).expect('Content-Type', /html/);
    const document = (await sut.http().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/answer-groups',
        '/api/agents',
        '/api/teams',
        '/api/units',
        '/api/history/imports',
        '/api/history/import-profiles',
        '/api/forecasts',
        '/api/requirements',
      ]),
    );
    expect(document.components.schemas.CreateAnswerGroupDto.required).toContain('openingHours');
    // Response types too, so the web app's generated client is typed end to end.
    expect(
      document.paths['/api/requirements'].get.responses['200'].content['application/json'].schema,
    ).toEqual({
      $ref: '#/components/schemas/RequirementsDto',
    });
    expect(
      document.paths['/api/answer-groups'].post.responses['400'].content['application/json'].schema,
    ).toEqual({
      $ref: '#/components/schemas/ValidationErrorDto',
    });
  });

  it('should answer 404, not 500, for an unknown route', async () => {
    await sut.http().get('/api/nothing-here').expect(404);
  });

  it('should answer 400 for a malformed JSON body', async () => {
    const response = await sut
      .http()
      .post('/api/answer-groups')
      .set('Content-Type', 'application/json')
      .send('{"id": ');
    expect(response.status).toBe(400);
  });
});
