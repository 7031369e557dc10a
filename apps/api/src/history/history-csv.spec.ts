import {
  answerGroupLookup,
  type CsvLayout,
  FORMAT_A,
  decodeCsv,
  parseHistoryCsv,
  timestampParser,
} from './history-csv';

const GROUPS = answerGroupLookup([
  { id: 'bygglov', name: 'Bygglov' },
  { id: 'skola', name: 'Skola och förskola' },
]);

function profile(overrides: Partial<CsvLayout> = {}): CsvLayout {
  return {
    delimiter: ';',
    decimalComma: true,
    timestampFormat: 'DD.MM.YYYY HH:mm',
    timezone: 'Europe/Stockholm',
    columns: { intervalStart: 'Tid', answerGroup: 'Kö', offered: 'Erbjudna', ahtSeconds: 'AHT' },
    ...overrides,
  };
}

describe(parseHistoryCsv.name, () => {
  it('should read format A with its optional columns absent', () => {
    const result = parseHistoryCsv(
      'interval_start,answer_group,offered\n2025-01-13T08:00:00+01:00,bygglov,4\n',
      FORMAT_A,
      GROUPS,
    );
    expect(result.errorCount).toBe(0);
    expect(result.rows).toEqual([
      {
        line: 2,
        answerGroupId: 'bygglov',
        startMs: Date.parse('2025-01-13T07:00:00Z'),
        localMinuteOfDay: 480,
        offered: 4,
        answered: null,
        answeredWithinTarget: null,
        abandoned: null,
        ahtSeconds: null,
      },
    ]);
  });

  it('should count lines across blank lines and quoted line breaks', () => {
    const text =
      'interval_start,answer_group,offered,note\n\n2025-01-13T08:00:00+01:00,bygglov,x,"two\nlines"\n2025-01-13T08:15:00+01:00,bygglov,y,\n';
    const result = parseHistoryCsv(text, FORMAT_A, GROUPS);
    expect(result.errors.map((error) => error.line)).toEqual([3, 5]);
  });

  const HEADER = 'interval_start,answer_group,offered';
  it.each([
    ['emptyFile', '', {}],
    ['csv', `${HEADER}\n"2025-01-13T08:00:00+01:00,bygglov,1\n`, { reason: expect.any(String) }],
    ['missingColumn', 'interval_start,offered\n', { column: 'answer_group', what: 'answer group' }],
    ['emptyAnswerGroup', `${HEADER}\n2025-01-13T08:00:00+01:00,,1\n`, {}],
    [
      'unknownAnswerGroup',
      `${HEADER}\n2025-01-13T08:00:00+01:00,okand,1\n`,
      { value: 'okand', known: 'bygglov, skola' },
    ],
    ['notIsoTime', `${HEADER}\n2025-01-13 08:00,bygglov,1\n`, { value: '2025-01-13 08:00' }],
    ['emptyOffered', `${HEADER}\n2025-01-13T08:00:00+01:00,bygglov,\n`, {}],
    [
      'notNumber',
      `${HEADER}\n2025-01-13T08:00:00+01:00,bygglov,-3\n`,
      { value: '-3', example: '12.5' },
    ],
  ])('should give the %s error its key and values for the user’s language', (key, text, values) => {
    const [error] = parseHistoryCsv(text, FORMAT_A, GROUPS).errors;
    expect(error?.detail).toEqual(Object.keys(values).length > 0 ? { key, values } : { key });
  });

  it('should stop listing errors at the limit but count them all', () => {
    const rows = Array.from({ length: 5 }, () => '2025-01-13T08:00:00+01:00,okand,1').join('\n');
    const result = parseHistoryCsv(
      `interval_start,answer_group,offered\n${rows}\n`,
      FORMAT_A,
      GROUPS,
      2,
    );
    expect(result.errors).toHaveLength(2);
    expect(result.errorCount).toBe(5);
    expect(result.rows).toEqual([]);
  });

  it('should read a mapped layout with decimal commas, spaces in numbers and m:ss durations', () => {
    const text =
      'Tid;Kö;Erbjudna;AHT\n13.01.2025 08:00;skola;1 204;3:05\n13.01.2025 08:15;skola;7;185,5\n';
    const result = parseHistoryCsv(text, profile(), GROUPS);
    expect(result.rows.map((row) => [row.startMs, row.offered, row.ahtSeconds])).toEqual([
      [Date.parse('2025-01-13T07:00:00Z'), 1204, 185],
      [Date.parse('2025-01-13T07:15:00Z'), 7, 185.5],
    ]);
  });

  it('should accept a group by its name in any letter case', () => {
    const text = 'Tid;Kö;Erbjudna;AHT\n13.01.2025 08:00;SKOLA OCH FÖRSKOLA;3;200\n';
    expect(parseHistoryCsv(text, profile(), GROUPS).rows[0]?.answerGroupId).toBe('skola');
  });

  it('should require every column a profile names', () => {
    const result = parseHistoryCsv('Tid;Kö;Erbjudna\n', profile(), GROUPS);
    expect(result.errors).toEqual([
      {
        line: 1,
        field: 'AHT',
        message: 'missing column "AHT" (ahtSeconds)',
        detail: { key: 'missingColumn', values: { column: 'AHT', what: 'ahtSeconds' } },
      },
    ]);
  });
});

describe(timestampParser.name, () => {
  it('should follow the pattern and reject impossible dates', () => {
    const parseTime = timestampParser('DD/MM/YYYY HH.mm');
    expect(parseTime('30/03/2025 02.30')).toEqual({
      wallMs: Date.UTC(2025, 2, 30, 2, 30),
      minuteOfDay: 150,
    });
    expect(parseTime('30/02/2025 02.30')).toBeUndefined();
    expect(parseTime('2025-03-30 02:30')).toBeUndefined();
  });
});

describe(decodeCsv.name, () => {
  it('should fall back on Windows-1252 for files that are not UTF-8', () => {
    expect(decodeCsv(Buffer.from([0x4b, 0xf6]))).toBe('Kö');
    expect(decodeCsv(Buffer.from('Kö', 'utf8'))).toBe('Kö');
  });
});
