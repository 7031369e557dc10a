import { HistoryRepository } from '../../apps/api/src/history/history.repository';
import { answerGroupBody, formatA, quartersOfDay } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('History import', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
    await sut
      .http()
      .post('/api/answer-groups')
      .send(answerGroupBody({ id: 'bygglov' }))
      .expect(201);
    await sut
      .http()
      .post('/api/answer-groups')
      .send(answerGroupBody({ id: 'skola', name: 'Skola' }))
      .expect(201);
  });

  afterAll(async () => {
    await sut?.close();
  });

  const upload = (
    file: Buffer,
    fields: Record<string, string | number> = {},
    name = 'history.csv',
  ) => {
    const call = sut.http().post('/api/history/imports');
    for (const [key, value] of Object.entries(fields)) call.field(key, String(value));
    return call.attach('file', file, name);
  };
  const stored = async (answerGroupId: string, from: string, to = from) =>
    (await sut.http().get('/api/history/intervals').query({ answerGroupId, from, to }).expect(200))
      .body as {
      intervalStart: string;
      offered: number;
      answered: number | null;
      ahtSeconds: number | null;
      intervalMinutes: number;
    }[];

  it('should store a valid format A file and read it back in local time', async () => {
    const file = formatA([
      ['2025-01-13T08:00:00+01:00', 'bygglov', 12, 11, 290.5],
      ['2025-01-13T08:15:00+01:00', 'bygglov', 9, 9, ''],
      ['2025-01-13T08:00:00+01:00', 'skola', 4, 3, 200],
    ]);
    const response = await upload(file).expect(201);
    expect(response.body).toMatchObject({
      rowCount: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      intervalMinutes: 15,
    });
    expect(await stored('bygglov', '2025-01-13')).toEqual([
      {
        intervalStart: '2025-01-13T08:00:00+01:00',
        intervalMinutes: 15,
        offered: 12,
        answered: 11,
        answeredWithinTarget: null,
        abandoned: null,
        ahtSeconds: 290.5,
      },
      {
        intervalStart: '2025-01-13T08:15:00+01:00',
        intervalMinutes: 15,
        offered: 9,
        answered: 9,
        answeredWithinTarget: null,
        abandoned: null,
        ahtSeconds: null,
      },
    ]);
  });

  it('should name the line and field of every bad row and store nothing from the file', async () => {
    const imports = (await sut.http().get('/api/history/imports').expect(200)).body.length;
    const file = formatA([
      ['2025-02-03T08:00:00+01:00', 'bygglov', 5, 5, 300],
      ['2025-02-03T08:15:00', 'bygglov', 5, 5, 300],
      ['2025-02-03T08:30:00+01:00', 'okand', 5, 5, 300],
      ['2025-02-03T08:45:00+01:00', 'bygglov', -1, 5, 300],
      ['2025-02-03T09:00:00+01:00', 'bygglov', 'tolv', 5, 300],
      ['2025-02-30T09:15:00+01:00', 'bygglov', 5, 5, 300],
      ['2025-02-03T09:30:00+01:00', 'bygglov', 5, 5, 'x'],
    ]);
    const response = await upload(file).expect(400);
    expect(response.body.errorCount).toBe(6);
    expect(response.body.errors).toEqual([
      {
        line: 3,
        field: 'interval_start',
        message: expect.stringContaining('not ISO 8601 with offset'),
        detail: { key: 'notIsoTime', values: { value: '2025-02-03T08:15:00' } },
      },
      {
        line: 4,
        field: 'answer_group',
        message: expect.stringContaining('unknown answer group "okand"'),
        detail: { key: 'unknownAnswerGroup', values: { value: 'okand', known: 'bygglov, skola' } },
      },
      {
        line: 5,
        field: 'offered',
        message: expect.stringContaining('"-1" is not a number >= 0'),
        detail: { key: 'notNumber', values: { value: '-1', example: '12.5' } },
      },
      {
        line: 6,
        field: 'offered',
        message: expect.stringContaining('"tolv"'),
        detail: { key: 'notNumber', values: { value: 'tolv', example: '12.5' } },
      },
      {
        line: 7,
        field: 'interval_start',
        message: expect.any(String),
        detail: { key: 'notIsoTime', values: { value: '2025-02-30T09:15:00+01:00' } },
      },
      {
        line: 8,
        field: 'aht_seconds',
        message: expect.any(String),
        detail: { key: 'notNumber', values: { value: 'x', example: '12.5' } },
      },
    ]);
    expect(response.body.message).toContain('nothing from it was stored');
    expect(await stored('bygglov', '2025-02-03')).toEqual([]);
    expect((await sut.http().get('/api/history/imports').expect(200)).body).toHaveLength(imports);
  });

  it('should roll back everything when storing fails part-way', async () => {
    const repository = sut.app.get(HistoryRepository);
    const imports = (await sut.http().get('/api/history/imports').expect(200)).body.length;
    const upsert = repository.upsert.bind(repository);
    // The rows are written, then the database fails: the transaction must undo the writes.
    const spy = jest.spyOn(repository, 'upsert').mockImplementationOnce(async (...args) => {
      await upsert(...args);
      throw new Error('connection lost');
    });
    const file = formatA([
      ['2025-02-10T08:00:00+01:00', 'bygglov', 5, 5, 300],
      ['2025-02-10T08:15:00+01:00', 'bygglov', 6, 6, 300],
    ]);
    await upload(file).expect(500);
    spy.mockRestore();
    expect(await stored('bygglov', '2025-02-10')).toEqual([]);
    expect((await sut.http().get('/api/history/imports').expect(200)).body).toHaveLength(imports);
    expect((await upload(file).expect(201)).body).toMatchObject({ inserted: 2 });
  });

  it('should reject repeated intervals and intervals off the grid, naming the lines', async () => {
    const repeated = formatA([
      ['2025-02-04T08:00:00+01:00', 'bygglov', 5, 5, 300],
      ['2025-02-04T08:15:00+01:00', 'bygglov', 5, 5, 300],
      ['2025-02-04T08:00:00+01:00', 'bygglov', 6, 5, 300],
    ]);
    expect((await upload(repeated).expect(400)).body.errors).toEqual([
      {
        line: 4,
        field: 'interval_start',
        message: 'repeats the interval on line 2',
        detail: { key: 'repeatedInterval', values: { line: 2 } },
      },
    ]);
    const offGrid = formatA([
      ['2025-02-04T08:00:00+01:00', 'bygglov', 5, 5, 300],
      ['2025-02-04T08:15:00+01:00', 'bygglov', 5, 5, 300],
      ['2025-02-04T08:20:00+01:00', 'bygglov', 5, 5, 300],
    ]);
    expect((await upload(offGrid, { intervalMinutes: 15 }).expect(400)).body.errors).toEqual([
      {
        line: 4,
        field: 'interval_start',
        message: 'is not the start of a 15-minute interval of the local day',
        detail: { key: 'notIntervalStart', values: { minutes: 15 } },
      },
    ]);
    expect(await stored('bygglov', '2025-02-04')).toEqual([]);
  });

  it('should reject a file without a required column, and a request without a file', async () => {
    const response = await upload(
      Buffer.from('interval_start,answer_group\n2025-02-05T08:00:00+01:00,bygglov\n'),
    ).expect(400);
    expect(response.body.errors).toEqual([
      {
        line: 1,
        field: 'offered',
        message: expect.stringContaining('missing column'),
        detail: { key: 'missingColumn', values: { column: 'offered', what: 'offered' } },
      },
    ]);
    await sut.http().post('/api/history/imports').field('intervalMinutes', '15').expect(400);
    const badField = await upload(formatA([['2025-02-05T08:00:00+01:00', 'bygglov', 1, 1, 1]]), {
      intervalMinutes: 7,
    });
    expect(badField.status).toBe(400);
    expect(badField.body.errors[0].field).toBe('intervalMinutes');
    await upload(formatA([['2025-02-05T08:00:00+01:00', 'bygglov', 1, 1, 1]]), {
      profileId: 999,
    }).expect(400);
  });

  it('should change nothing when the same file is imported again, and log both imports', async () => {
    const file = formatA(
      quartersOfDay('2025-03-03T07:00:00Z', 40).map((start, i) => [
        start,
        'skola',
        i % 7,
        i % 5,
        180 + i,
      ]),
    );
    const first = (await upload(file, {}, 'skola-mars.csv').expect(201)).body;
    expect(first).toMatchObject({ inserted: 40, updated: 0, unchanged: 0 });
    const before = await stored('skola', '2025-03-03');
    const second = (await upload(file, {}, 'skola-mars.csv').expect(201)).body;
    expect(second).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 40,
      fileSha256: first.fileSha256,
    });
    expect(await stored('skola', '2025-03-03')).toEqual(before);
    const log = (await sut.http().get('/api/history/imports').expect(200)).body;
    expect(
      log.filter((entry: { fileName: string }) => entry.fileName === 'skola-mars.csv'),
    ).toHaveLength(2);
  });

  it('should let a later file correct earlier intervals', async () => {
    const [first, second] = quartersOfDay('2025-03-04T07:00:00Z', 2) as [string, string];
    await upload(
      formatA([
        [first, 'skola', 10, 9, 200],
        [second, 'skola', 11, 10, 210],
      ]),
    ).expect(201);
    const correction = (
      await upload(
        formatA([
          [first, 'skola', 10, 9, 200],
          [second, 'skola', 14, 12, 220],
        ]),
      ).expect(201)
    ).body;
    expect(correction).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    expect((await stored('skola', '2025-03-04')).map((row) => row.offered)).toEqual([10, 14]);
  });

  it('should store and read back the 23-hour and 25-hour days when clocks change', async () => {
    // 2025-03-30: 00:00 local is 23:00Z the day before; 2025-10-26: 00:00 local is 22:00Z.
    const spring = quartersOfDay('2025-03-29T23:00:00Z', 92);
    const autumn = quartersOfDay('2025-10-25T22:00:00Z', 100);
    const file = formatA(
      [...spring, ...autumn].map((start, i) => [start, 'bygglov', i % 9, i % 9, 250]),
    );
    expect((await upload(file).expect(201)).body).toMatchObject({
      inserted: 192,
      intervalMinutes: 15,
    });

    const springDay = await stored('bygglov', '2025-03-30');
    expect(springDay).toHaveLength(92);
    expect(springDay.map((row) => row.intervalStart).slice(7, 9)).toEqual([
      '2025-03-30T01:45:00+01:00',
      '2025-03-30T03:00:00+02:00',
    ]);
    const autumnDay = await stored('bygglov', '2025-10-26');
    expect(autumnDay).toHaveLength(100);
    expect(autumnDay.map((row) => row.intervalStart).slice(11, 13)).toEqual([
      '2025-10-26T02:45:00+02:00',
      '2025-10-26T02:00:00+01:00',
    ]);
    expect(autumnDay.map((row) => row.offered)).toEqual(autumn.map((_, i) => (92 + i) % 9));
  });

  it('should import whole-day rows as 1440-minute intervals, DST days included', async () => {
    const file = formatA([
      ['2025-03-29T00:00:00+01:00', 'skola', 100, 90, 200],
      ['2025-03-30T00:00:00+01:00', 'skola', 40, 38, 200],
      ['2025-03-31T00:00:00+02:00', 'skola', 120, 110, 200],
    ]);
    expect((await upload(file).expect(201)).body).toMatchObject({
      intervalMinutes: 1440,
      inserted: 3,
    });
    expect(
      (await stored('skola', '2025-03-29', '2025-03-31')).map((row) => row.intervalStart),
    ).toEqual([
      '2025-03-29T00:00:00+01:00',
      '2025-03-30T00:00:00+01:00',
      '2025-03-31T00:00:00+02:00',
    ]);
  });

  describe('with a saved import profile', () => {
    let profileId: number;

    beforeAll(async () => {
      const response = await sut
        .http()
        .post('/api/history/import-profiles')
        .send({
          name: 'CallGuide kvart',
          source: 'CallGuide',
          delimiter: ';',
          decimalComma: true,
          timestampFormat: 'YYYY-MM-DD HH:mm',
          timezone: 'Europe/Stockholm',
          columns: {
            date: 'Datum',
            time: 'Tid',
            answerGroup: 'Kö',
            offered: 'Inkommande',
            answered: 'Besvarade',
            ahtSeconds: 'Snitt hanteringstid',
          },
        })
        .expect(201);
      profileId = response.body.id;
    });

    const callGuide = (rows: string[]) =>
      Buffer.from(
        `Datum;Tid;Kö;Inkommande;Besvarade;Snitt hanteringstid;Kommentar\n${rows.join('\n')}\n`,
      );

    it('should read semicolons, decimal commas, m:ss durations and local times', async () => {
      const file = callGuide([
        '2025-01-20;08:00;bygglov;12;11;245,5;',
        '2025-01-20;08:15;bygglov;7;7;4:05;"fri text; med semikolon"',
      ]);
      expect((await upload(file, { profileId }).expect(201)).body).toMatchObject({
        inserted: 2,
        profileId,
      });
      expect(await stored('bygglov', '2025-01-20')).toMatchObject([
        { intervalStart: '2025-01-20T08:00:00+01:00', offered: 12, ahtSeconds: 245.5 },
        { intervalStart: '2025-01-20T08:15:00+01:00', offered: 7, ahtSeconds: 245 },
      ]);
    });

    it('should place the repeated hour of the autumn change in order of appearance', async () => {
      const rows = ['2025-10-26;01:45;skola;1;1;100'];
      for (const minute of ['00', '15', '30', '45'])
        rows.push(`2025-10-26;02:${minute};skola;2;2;100`);
      for (const minute of ['00', '15', '30', '45'])
        rows.push(`2025-10-26;02:${minute};skola;3;3;100`);
      rows.push('2025-10-26;03:00;skola;4;4;100');
      expect((await upload(callGuide(rows), { profileId }).expect(201)).body).toMatchObject({
        inserted: 10,
      });
      const day = await stored('skola', '2025-10-26');
      expect(day.map((row) => `${row.intervalStart}=${row.offered}`)).toEqual([
        '2025-10-26T01:45:00+02:00=1',
        '2025-10-26T02:00:00+02:00=2',
        '2025-10-26T02:15:00+02:00=2',
        '2025-10-26T02:30:00+02:00=2',
        '2025-10-26T02:45:00+02:00=2',
        '2025-10-26T02:00:00+01:00=3',
        '2025-10-26T02:15:00+01:00=3',
        '2025-10-26T02:30:00+01:00=3',
        '2025-10-26T02:45:00+01:00=3',
        '2025-10-26T03:00:00+01:00=4',
      ]);
    });

    it('should reject a local time skipped by the spring change, naming the line', async () => {
      const file = callGuide([
        '2025-03-30;01:45;skola;1;1;100',
        '2025-03-30;02:15;skola;1;1;100',
        '2025-03-30;03:00;skola;1;1;100',
      ]);
      const response = await upload(file, { profileId }).expect(400);
      expect(response.body.errors).toEqual([
        {
          line: 3,
          field: 'Datum Tid',
          message: expect.stringContaining('does not exist in Europe/Stockholm'),
          detail: {
            key: 'skippedLocalTime',
            values: { value: '2025-03-30 02:15', timezone: 'Europe/Stockholm' },
          },
        },
      ]);
    });

    it('should reject a profile with field messages', async () => {
      const response = await sut
        .http()
        .post('/api/history/import-profiles')
        .send({
          name: '',
          source: 'Avaya',
          delimiter: ':',
          decimalComma: 'ja',
          timestampFormat: 'HH:mm',
          timezone: 'Europe/Stokholm',
          columns: { offered: 'x' },
        })
        .expect(400);
      const fields = response.body.errors.map((error: { field: string }) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'name',
          'source',
          'delimiter',
          'decimalComma',
          'timestampFormat',
          'timezone',
          'columns.answerGroup',
          'columns.intervalStart',
        ]),
      );
    });
  });
});
