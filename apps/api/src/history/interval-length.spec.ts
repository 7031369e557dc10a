import type { ParsedInterval } from './history-csv';
import { checkIntervals } from './interval-length';

function row(
  line: number,
  startIso: string,
  localMinuteOfDay: number,
  answerGroupId = 'bygglov',
): ParsedInterval {
  return {
    line,
    answerGroupId,
    startMs: Date.parse(startIso),
    localMinuteOfDay,
    offered: 1,
    answered: null,
    answeredWithinTarget: null,
    abandoned: null,
    ahtSeconds: null,
  };
}

describe(checkIntervals.name, () => {
  it('should take the smallest step between rows of a group', () => {
    const rows = [
      row(2, '2025-01-13T07:00:00Z', 480),
      row(3, '2025-01-13T08:00:00Z', 540),
      row(4, '2025-01-13T07:30:00Z', 510),
    ];
    expect(checkIntervals(rows)).toEqual({ intervalMinutes: 30, errors: [] });
  });

  it('should recognise whole days across a 23-hour day', () => {
    const rows = [row(2, '2025-03-29T23:00:00Z', 0), row(3, '2025-03-30T22:00:00Z', 0)];
    expect(checkIntervals(rows).intervalMinutes).toBe(1440);
  });

  it('should ask for the length when one row per group cannot show it', () => {
    expect(checkIntervals([row(2, '2025-01-13T07:00:00Z', 480)]).errors[0]?.field).toBe(
      'intervalMinutes',
    );
    expect(checkIntervals([row(2, '2025-01-13T07:00:00Z', 480)], 15)).toEqual({
      intervalMinutes: 15,
      errors: [],
    });
  });

  it('should refuse a length that does not divide the day', () => {
    const rows = [row(2, '2025-01-13T07:00:00Z', 480), row(3, '2025-01-13T07:20:00Z', 500)];
    expect(checkIntervals(rows).errors[0]?.message).toContain('20 minutes');
  });

  it('should name every repeat of an interval with the line it repeats', () => {
    const rows = [
      row(2, '2025-01-13T07:00:00Z', 480),
      row(3, '2025-01-13T07:00:00Z', 480),
      row(4, '2025-01-13T07:00:00Z', 480),
    ];
    expect(checkIntervals(rows).errors.map((error) => error.message)).toEqual([
      'repeats the interval on line 2',
      'repeats the interval on line 2',
    ]);
  });
});
