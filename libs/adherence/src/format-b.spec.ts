import { parseStateFile } from './format-b';

const HEADER = 'agent_id,state,start,end,reason';
const agentIds = new Set(['a01', 'a02']);

function errorsOf(text: string) {
  const parsed = parseStateFile(text, { agentIds });
  expect(parsed.rows).toEqual([]);
  return parsed.errors.map(({ line, field, detail }) => ({ line, field, key: detail.key }));
}

describe('parseStateFile (format B)', () => {
  it('reads states with their reasons, offsets across the October clock change included', () => {
    const parsed = parseStateFile(
      `\ufeff${HEADER}\r\n` +
        'a01,ready,2025-10-26T02:30:00+02:00,2025-10-26T02:15:00+01:00,\r\n' +
        'a01,NOT_READY,2025-10-26T02:15:00+01:00,2025-10-26T02:30:00+01:00,Lunch\r\n' +
        'a02,logged_out,2025-10-27T08:00:00+01:00,2025-10-27T08:05:00+01:00\r\n',
      { agentIds },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        agentId: 'a01',
        state: 'ready',
        reason: null,
        startMs: Date.parse('2025-10-26T00:30:00Z'),
        endMs: Date.parse('2025-10-26T01:15:00Z'),
      },
      {
        line: 3,
        agentId: 'a01',
        state: 'not_ready',
        reason: 'lunch',
        startMs: Date.parse('2025-10-26T01:15:00Z'),
        endMs: Date.parse('2025-10-26T01:30:00Z'),
      },
      {
        line: 4,
        agentId: 'a02',
        state: 'logged_out',
        reason: null,
        startMs: Date.parse('2025-10-27T07:00:00Z'),
        endMs: Date.parse('2025-10-27T07:05:00Z'),
      },
    ]);
  });

  it('takes the reason column as optional and quoted cells as written', () => {
    const parsed = parseStateFile(
      'start,end,agent_id,state\n"2026-01-05T08:00:00+01:00",2026-01-05T09:00:00+01:00,a01,talking\n',
    );
    expect(parsed.rows).toEqual([
      expect.objectContaining({ agentId: 'a01', state: 'talking', reason: null }),
    ]);
  });

  it('names the line and field of every bad row, and stores nothing', () => {
    expect(
      errorsOf(
        `${HEADER}\n` +
          ',ready,2026-01-05T08:00:00+01:00,2026-01-05T09:00:00+01:00,\n' +
          'a09,ready,2026-01-05T08:00:00+01:00,2026-01-05T09:00:00+01:00,\n' +
          'a01,away,2026-01-05T08:00:00+01:00,2026-01-05T09:00:00+01:00,\n' +
          'a01,ready,2026-01-05 08:00,2026-01-05T09:00:00+01:00,\n' +
          'a01,ready,2026-01-05T09:00:00+01:00,2026-01-05T09:00:00+01:00,\n' +
          'a02,ready,2026-01-05T08:00:00+01:00,2026-01-05T09:00:00+01:00,\n' +
          'a02,talking,2026-01-05T08:59:00+01:00,2026-01-05T09:10:00+01:00,\n',
      ),
    ).toEqual([
      { line: 2, field: 'agent_id', key: 'emptyAgent' },
      { line: 3, field: 'agent_id', key: 'unknownAgent' },
      { line: 4, field: 'state', key: 'unknownState' },
      { line: 5, field: 'start', key: 'notIsoTime' },
      { line: 6, field: 'end', key: 'endNotAfterStart' },
      { line: 8, field: 'start', key: 'overlapsLine' },
    ]);
  });

  it('words each error with its values', () => {
    const [error] = parseStateFile(
      `${HEADER}\na01,away,2026-01-05T08:00:00+01:00,2026-01-05T09:00:00+01:00,\n`,
    ).errors;
    expect(error?.message).toBe(
      '"away" is not a state; states are ready, talking, wrap_up, not_ready, logged_out',
    );
    expect(error?.detail.values).toEqual({
      value: 'away',
      states: 'ready, talking, wrap_up, not_ready, logged_out',
    });
  });

  it('refuses a file without the required columns, rows or a header', () => {
    expect(errorsOf('agent_id,state,begin,end\n')).toEqual([
      { line: 1, field: 'start', key: 'missingColumn' },
    ]);
    expect(errorsOf(`${HEADER}\n`)).toEqual([{ line: null, field: '(file)', key: 'noRows' }]);
    expect(errorsOf('')).toEqual([{ line: 1, field: '(header)', key: 'emptyFile' }]);
    expect(errorsOf(`${HEADER}\na01,"ready,2026\n`)).toEqual([
      { line: expect.any(Number), field: '(csv)', key: 'csv' },
    ]);
  });

  it('lists at most maxErrors errors and counts them all', () => {
    const rows = Array.from({ length: 30 }, () => 'a01,away,x,y').join('\n');
    const parsed = parseStateFile(`${HEADER}\n${rows}\n`, { maxErrors: 10 });
    expect(parsed.errors).toHaveLength(10);
    expect(parsed.errorCount).toBe(90);
  });
});
