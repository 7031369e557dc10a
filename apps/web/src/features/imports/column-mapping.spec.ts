import {
  buildProfile,
  detectDelimiter,
  guessColumns,
  guessDecimalComma,
  guessTimestampFormat,
  isFormatA,
  mappingProblems,
  previewLines,
  splitCsvLine,
} from './column-mapping';

describe('column mapping', () => {
  const callGuideHeader =
    'Datum;Tid;Kö;Inkommande;Besvarade;Besvarade inom SL;Tappade;Snitt hanteringstid';

  it('should detect the semicolon of a Swedish export', () => {
    expect(detectDelimiter(callGuideHeader)).toBe(';');
    expect(detectDelimiter('interval_start,answer_group,offered')).toBe(',');
  });

  it('should keep quoted delimiters inside a field', () => {
    expect(splitCsvLine('"Äldre; Direkt";12;"say ""hi"""', ';')).toEqual([
      'Äldre; Direkt',
      '12',
      'say "hi"',
    ]);
  });

  it('should drop a byte-order mark and blank lines from the preview', () => {
    expect(previewLines('\uFEFFa,b\r\n\r\n1,2\n')).toEqual(['a,b', '1,2']);
  });

  it('should recognise format A, which needs no mapping', () => {
    expect(isFormatA(['interval_start', 'answer_group', 'offered', 'answered'])).toBe(true);
    expect(isFormatA(splitCsvLine(callGuideHeader, ';'))).toBe(false);
  });

  it('should guess every column of a CallGuide-style header, with date and time separate', () => {
    expect(guessColumns(splitCsvLine(callGuideHeader, ';'))).toEqual({
      date: 'Datum',
      time: 'Tid',
      answerGroup: 'Kö',
      offered: 'Inkommande',
      answered: 'Besvarade',
      answeredWithinTarget: 'Besvarade inom SL',
      abandoned: 'Tappade',
      ahtSeconds: 'Snitt hanteringstid',
    });
  });

  it('should prefer one timestamp column and drop a lone date', () => {
    expect(guessColumns(['Intervall', 'Datum', 'Queue', 'Calls'])).toEqual({
      intervalStart: 'Intervall',
      answerGroup: 'Queue',
      offered: 'Calls',
    });
  });

  it('should guess timestamp patterns in the API tokens', () => {
    expect(guessTimestampFormat('2026-11-23 08:15')).toBe('YYYY-MM-DD HH:mm');
    expect(guessTimestampFormat('2026-11-23T08:15:00')).toBe('YYYY-MM-DDTHH:mm:ss');
    expect(guessTimestampFormat('23.11.2026 08:15')).toBe('DD.MM.YYYY HH:mm');
    expect(guessTimestampFormat('yesterday')).toBeUndefined();
  });

  it('should see decimal commas in the sample rows', () => {
    expect(guessDecimalComma([['2026-11-23', '12', '245,5']])).toBe(true);
    expect(guessDecimalComma([['2026-11-23', '12', '245']])).toBe(false);
  });

  it('should list what is missing before a mapping can be saved', () => {
    expect(mappingProblems({ date: 'Datum' }, 'HH:mm')).toEqual([
      'answerGroup',
      'offered',
      'timestamp',
      'timestampFormat',
    ]);
    expect(
      mappingProblems({ intervalStart: 'T', answerGroup: 'Q', offered: 'O' }, 'YYYY-MM-DD HH:mm'),
    ).toEqual([]);
  });

  it('should build the profile the API takes, leaving out unused columns', () => {
    expect(
      buildProfile({
        name: 'CallGuide kvart',
        source: 'CallGuide',
        delimiter: ';',
        decimalComma: true,
        timestampFormat: 'YYYY-MM-DD HH:mm',
        columns: { intervalStart: 'Intervall', date: 'Datum', answerGroup: 'Kö', offered: 'In' },
      }),
    ).toEqual({
      name: 'CallGuide kvart',
      source: 'CallGuide',
      delimiter: ';',
      decimalComma: true,
      timestampFormat: 'YYYY-MM-DD HH:mm',
      timezone: 'Europe/Stockholm',
      columns: { intervalStart: 'Intervall', answerGroup: 'Kö', offered: 'In' },
    });
  });
});
