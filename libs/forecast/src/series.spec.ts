import { FormatAError, type HistoryRow } from './format-a';
import { buildSeries, dayEffects, DayEffect } from './series';
import { historyRows } from './test-history';

const STOCKHOLM = 'Europe/Stockholm';

function series(rows: HistoryRow[], from: string, extra: { country?: string } = {}) {
  return buildSeries(rows, {
    from,
    days: 7,
    timeZone: STOCKHOLM,
    country: extra.country ?? 'none',
  });
}

describe('buildSeries', () => {
  it('keeps 92 real quarter-hours on the spring day and 100 on the autumn day, totals exact', () => {
    // Every real interval has 1 call, so each day's total is its number of intervals.
    const rows = historyRows({
      firstDate: '2025-03-24',
      days: 7 * 31,
      timeZone: STOCKHOLM,
      intervalMinutes: 15,
      calls: () => 1,
    });
    const { grid, groups } = series(rows, '2025-10-27');
    const g = groups[0]!;
    const total = (date: string) => g.totals[grid.dates.indexOf(date)];
    expect(total('2025-03-30')).toBe(92);
    expect(total('2025-10-26')).toBe(100);
    expect(total('2025-10-27')).toBeNaN(); // the first forecast day has no history
    expect(total('2025-06-02')).toBe(96);
    // The repeated 02:00-03:00 holds two intervals: per-interval values stay 1, not 2.
    const autumn = grid.dates.indexOf('2025-10-26');
    expect(g.values[autumn * 96 + 9]).toBe(1);
    expect(grid.multiplicity[autumn]?.[9]).toBe(2);
    expect(grid.multiplicity[grid.dates.indexOf('2025-03-30')]?.[9]).toBe(0);
  });

  it('accepts any interval length that divides a day, such as two hours', () => {
    const rows = historyRows({
      firstDate: '2025-01-06',
      days: 14,
      timeZone: STOCKHOLM,
      intervalMinutes: 120,
      calls: (_d, minute) => (minute >= 480 && minute < 960 ? 7 : undefined),
    });
    const { grid, groups } = series(rows, '2025-01-20');
    expect([grid.intervalMinutes, grid.slotsPerDay]).toEqual([120, 12]);
    expect(groups[0]!.totals[0]).toBe(28);
  });

  it('reads a file written in UTC onto local wall-clock slots', () => {
    const rows = historyRows({
      firstDate: '2025-01-06',
      days: 14,
      timeZone: 'UTC',
      intervalMinutes: 60,
      calls: (_d, minute) => (minute === 7 * 60 ? 5 : 0),
    });
    const { grid, groups } = series(rows, '2025-01-20');
    expect(grid.intervalMinutes).toBe(60);
    // 07:00Z is 08:00 in Stockholm in winter.
    expect(groups[0]!.values[0 * 24 + 8]).toBe(5);
  });

  it('treats a missing interval in opening hours as no data, outside them as zero', () => {
    const rows = historyRows({
      firstDate: '2025-01-06',
      days: 28,
      timeZone: STOCKHOLM,
      intervalMinutes: 60,
      // Open 8-16; on 2025-01-15 the 10:00 row is lost.
      calls: (date, minute) =>
        minute < 8 * 60 || minute >= 16 * 60 || (date === '2025-01-15' && minute === 600)
          ? undefined
          : 4,
    });
    const { grid, groups } = series(rows, '2025-02-03');
    const g = groups[0]!;
    const day = grid.dates.indexOf('2025-01-15');
    expect(g.values[day * 24 + 10]).toBeNaN();
    expect(g.values[day * 24 + 3]).toBe(0);
    expect(g.totals[day]).toBeNaN();
    expect(g.states[day]).toBe('missing');
    expect(g.totals[day + 1]).toBe(32);
  });

  it('learns that a Sunday-to-Thursday week is open on those days only', () => {
    const rows = historyRows({
      firstDate: '2025-01-05',
      days: 35,
      timeZone: 'Asia/Jerusalem',
      intervalMinutes: 1440,
      calls: (_d, _m, weekday) => (weekday === 4 || weekday === 5 ? undefined : 100),
    });
    const { grid, groups } = buildSeries(rows, {
      from: '2025-02-09',
      days: 7,
      timeZone: 'Asia/Jerusalem',
      country: 'none',
    });
    expect(grid.intervalMinutes).toBe(1440);
    expect(groups[0]!.openWeekdays).toEqual([true, true, true, true, false, false, true]);
    // A Friday without rows is a closed day (0), not missing data.
    expect(groups[0]!.totals[grid.dates.indexOf('2025-01-10')]).toBe(0);
  });

  it('marks holidays, the day after, and the turn of the month, and excludes an outage', () => {
    const rows = historyRows({
      firstDate: '2025-04-07',
      days: 56,
      timeZone: STOCKHOLM,
      intervalMinutes: 1440,
      calls: (date, _m, weekday) => (weekday >= 5 ? undefined : date === '2025-05-13' ? 5 : 100),
    });
    const { grid, groups } = series(rows, '2025-06-02', { country: 'SE' });
    const g = groups[0]!;
    const effect = (date: string) => g.effects[grid.dates.indexOf(date)];
    expect(effect('2025-04-18')).toBe(DayEffect.holiday); // långfredagen
    expect(effect('2025-04-22')).toBe(DayEffect.afterHoliday); // tisdag efter annandag påsk
    expect(effect('2025-05-01')).toBe(DayEffect.holiday);
    expect(effect('2025-05-02')).toBe(DayEffect.afterHoliday | DayEffect.monthStart);
    expect(effect('2025-04-30')).toBe(DayEffect.shortDay | DayEffect.monthEnd); // valborg
    expect(effect('2025-05-13')).toBe(0);
    expect(g.states[grid.dates.indexOf('2025-05-13')]).toBe('excluded');
    expect(g.states[grid.dates.indexOf('2025-05-14')]).toBe('usable');
    expect(dayEffects(grid, [true, true, true, true, true, false, false])).toEqual(g.effects);
  });

  it('reports a row off the interval grid and a duplicate row with their lines', () => {
    const rows = historyRows({
      firstDate: '2025-01-06',
      days: 2,
      timeZone: STOCKHOLM,
      intervalMinutes: 15,
      calls: () => 1,
    });
    const off = { ...rows[5]!, line: 99, intervalStart: '2025-01-06T01:20:00+01:00' };
    off.startMs = Date.parse(off.intervalStart);
    const errorOf = (bad: HistoryRow[]): FormatAError => {
      try {
        series(bad, '2025-01-08');
      } catch (error) {
        if (error instanceof FormatAError) return error;
      }
      throw new Error('expected a FormatAError');
    };
    const offGrid = errorOf([...rows, off]);
    expect([offGrid.line, offGrid.field]).toEqual([99, 'interval_start']);
    expect(offGrid.problem).toContain("off the file's 15-minute interval grid");
    const duplicate = errorOf([...rows, { ...rows[7]!, line: 120 }]);
    expect([duplicate.line, duplicate.problem]).toEqual([
      120,
      'a second row for answer group "g" at 2025-01-06T01:45:00+01:00',
    ]);
  });
});
