import { FormatAError, formatFormatA, parseFormatA } from './format-a';

function errorOf(text: string): FormatAError {
  try {
    parseFormatA(text);
  } catch (error) {
    if (error instanceof FormatAError) return error;
    throw error;
  }
  throw new Error('expected a FormatAError');
}

describe('parseFormatA', () => {
  it('reads the required and optional columns and ignores extra ones', () => {
    const { rows, hasAht } = parseFormatA(
      'interval_start,answer_group,offered,answered,aht_seconds,note\n' +
        '2025-03-30T03:00:00+02:00,Bygglov,12,10,185.5,x\n' +
        '2025-03-30T03:15:00+02:00,"Skola, förskola",0,,,\n',
    );
    expect(hasAht).toBe(true);
    expect(rows).toEqual([
      {
        line: 2,
        intervalStart: '2025-03-30T03:00:00+02:00',
        startMs: Date.parse('2025-03-30T01:00:00Z'),
        answerGroup: 'Bygglov',
        offered: 12,
        answered: 10,
        ahtSeconds: 185.5,
      },
      {
        line: 3,
        intervalStart: '2025-03-30T03:15:00+02:00',
        startMs: Date.parse('2025-03-30T01:15:00Z'),
        answerGroup: 'Skola, förskola',
        offered: 0,
      },
    ]);
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const { rows } = parseFormatA(
      '\uFEFFinterval_start,answer_group,offered\r\n2025-01-02T08:00:00+01:00,a,3\r\n',
    );
    expect(rows.map((row) => row.offered)).toEqual([3]);
  });

  it('names the line and field of a negative offered count, counting blank and quoted lines', () => {
    const error = errorOf(
      'interval_start,answer_group,offered\n' +
        '2025-01-02T08:00:00+01:00,"two\nlines",1\n' +
        '\n' +
        '2025-01-02T08:15:00+01:00,a,-4\n',
    );
    expect([error.line, error.field]).toEqual([5, 'offered']);
    expect(error.message).toBe('line 5, field offered: "-4" is not a number >= 0');
  });

  it('rejects a timestamp without offset, with the line', () => {
    const error = errorOf('interval_start,answer_group,offered\n2025-01-02T08:00:00,a,1\n');
    expect([error.line, error.field]).toEqual([2, 'interval_start']);
  });

  it('rejects a missing required column on the header line', () => {
    const error = errorOf('interval_start,offered\n2025-01-02T08:00:00+01:00,1\n');
    expect([error.line, error.field]).toEqual([1, 'answer_group']);
  });

  it('rejects an empty answer group and a non-numeric aht', () => {
    expect(errorOf('interval_start,answer_group,offered\n2025-01-02T08:00:00Z,,1\n').field).toBe(
      'answer_group',
    );
    const error = errorOf(
      'interval_start,answer_group,offered,aht_seconds\n2025-01-02T08:00:00Z,a,1,2\n2025-01-02T08:15:00Z,a,1,abc\n',
    );
    expect([error.line, error.field]).toEqual([3, 'aht_seconds']);
  });

  it('reports an unclosed quote as a CSV error with a line', () => {
    const error = errorOf('interval_start,answer_group,offered\n2025-01-02T08:00:00Z,"a,1\n');
    expect(error.field).toBe('(csv)');
    expect(error.line).toBeGreaterThanOrEqual(2);
  });
});

describe('formatFormatA', () => {
  it('writes four decimals, quotes where CSV needs it, and an aht column when asked', () => {
    expect(
      formatFormatA(
        [
          {
            intervalStart: '2025-01-02T08:00:00+01:00',
            answerGroup: 'a',
            offered: 1 / 3,
            ahtSeconds: 180.04,
          },
          { intervalStart: '2025-01-02T08:15:00+01:00', answerGroup: 'b,"c"', offered: -0 },
        ],
        true,
      ),
    ).toBe(
      'interval_start,answer_group,offered,aht_seconds\n' +
        '2025-01-02T08:00:00+01:00,a,0.3333,180\n' +
        '2025-01-02T08:15:00+01:00,"b,""c""",0,\n',
    );
  });
});
