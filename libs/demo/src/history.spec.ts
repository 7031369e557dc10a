import { addLocalDays, isoWeekdayIndex } from '@bemanna/calendar';
import fc from 'fast-check';
import { demoCentre } from './centre';
import { demoExpectedCalls } from './demand';
import { DEMO_HISTORY_FROM, DEMO_HISTORY_TO, demoHistory, demoHistoryCsv } from './history';
import { DemoInputError } from './demo-input-error';
import type { DemoHistoryRow } from './types';

// Two years are generated once and shared: the checks below are all read-only.
const history = demoHistory({ from: DEMO_HISTORY_FROM, to: DEMO_HISTORY_TO });

const rowsByDate = new Map<string, DemoHistoryRow[]>();
for (const row of history) {
  const date = row.intervalStart.slice(0, 10);
  const rows = rowsByDate.get(date);
  if (rows) rows.push(row);
  else rowsByDate.set(date, [row]);
}

function rowsOn(date: string): DemoHistoryRow[] {
  return rowsByDate.get(date) ?? [];
}

function callsOn(date: string): number {
  return rowsOn(date).reduce((sum, row) => sum + row.offered, 0);
}

function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addLocalDays(date, 1)) dates.push(date);
  return dates;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('demoHistory', () => {
  it('gives the same rows for the same seed and different rows for another', () => {
    const options = { from: '2025-09-01', to: '2025-09-03' };
    expect(demoHistory({ ...options, seed: 7 })).toEqual(demoHistory({ ...options, seed: 7 }));
    expect(demoHistory({ ...options, seed: 8 })).not.toEqual(demoHistory({ ...options, seed: 7 }));
    expect(demoHistory(options)).toEqual(demoHistory({ ...options, seed: 1 }));
  });

  it('gives a day the same rows whatever range it is asked in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 720 }),
        fc.integer({ min: 0, max: 4 }),
        (offset, length) => {
          const from = addLocalDays(DEMO_HISTORY_FROM, offset);
          const to = addLocalDays(from, length);
          const fromFull = datesBetween(from, to).flatMap(rowsOn);
          expect(demoHistory({ from, to })).toEqual(fromFull);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('has no rows on public holidays and days-off eves', () => {
    for (const date of ['2025-12-24', '2025-12-25', '2025-12-26', '2025-06-20', '2025-06-21']) {
      expect(rowsOn(date)).toEqual([]);
    }
    // Midsommardagen is a Saturday, when Äldre Direkt is otherwise open.
    expect(rowsOn('2025-06-28').map((row) => row.answerGroup)).toContain('aldre-direkt');
  });

  it('closes at 13:00 on shortened eves (valborgsmässoafton, skärtorsdagen)', () => {
    for (const date of ['2025-04-30', '2025-04-17', '2026-04-02']) {
      const rows = rowsOn(date);
      expect(rows.length).toBeGreaterThan(0);
      expect(
        rows
          .map((row) => row.intervalStart.slice(11, 16))
          .sort()
          .at(-1),
      ).toBe('12:45');
    }
  });

  it("follows each group's opening hours on an ordinary Monday and Friday", () => {
    const times = (date: string, group: string) =>
      rowsOn(date)
        .filter((row) => row.answerGroup === group)
        .map((row) => row.intervalStart.slice(11, 16));
    expect(times('2025-10-13', 'allmanna-fragor')).toHaveLength(40); // 07:00-17:00
    expect(times('2025-10-13', 'aldre-direkt')[0]).toBe('08:00');
    expect(times('2025-10-13', 'aldre-direkt').at(-1)).toBe('16:15');
    expect(times('2025-10-17', 'aldre-direkt').at(-1)).toBe('14:45'); // Friday until 15:00
    expect(times('2025-10-18', 'forskola-skola')).toEqual([]); // Saturday
  });

  it('carries the right offsets across the DST days (2025-03-30 and 2025-10-26)', () => {
    // Both are Sundays, when only Äldre Direkt is open (10:00-14:00).
    const spring = rowsOn('2025-03-30');
    expect(spring).toHaveLength(16);
    expect(spring[0]?.intervalStart).toBe('2025-03-30T10:00:00+02:00');
    const autumn = rowsOn('2025-10-26');
    expect(autumn).toHaveLength(16);
    expect(autumn[0]?.intervalStart).toBe('2025-10-26T10:00:00+01:00');
    expect(rowsOn('2025-03-28')[0]?.intervalStart).toMatch(/\+01:00$/);
    expect(rowsOn('2025-03-31')[0]?.intervalStart).toMatch(/\+02:00$/);
    expect(rowsOn('2025-10-27')[0]?.intervalStart).toMatch(/\+01:00$/);
    for (const row of [...spring, ...autumn]) {
      expect(Date.parse(row.intervalStart) % (15 * 60_000)).toBe(0);
    }
  });

  it('keeps the ACD figures consistent on every row', () => {
    const inconsistent = history.filter(
      (row) =>
        row.answered + row.abandoned > row.offered ||
        row.answeredWithinTarget > row.answered ||
        (row.ahtSeconds === null) !== (row.answered === 0),
    );
    expect(inconsistent).toEqual([]);
  });

  it('sizes an ordinary autumn week for about 90 agents: 11,000-15,000 calls', () => {
    const week = datesBetween('2025-10-13', '2025-10-19').map(callsOn);
    const total = week.reduce((sum, calls) => sum + calls, 0);
    expect(total).toBeGreaterThan(11_000);
    expect(total).toBeLessThan(15_000);
    // Tuesday to Thursday: roughly 2,000-3,000 calls a day.
    for (const calls of week.slice(1, 4)) {
      expect(calls).toBeGreaterThan(2_000);
      expect(calls).toBeLessThan(3_000);
    }
  });

  it('dips in summer: a July weekday gets under 0.8 of a May weekday', () => {
    const weekdayMean = (from: string, to: string) =>
      mean(
        datesBetween(from, to)
          .filter((date) => isoWeekdayIndex(date) < 5)
          .map(callsOn)
          .filter((calls) => calls > 0),
      );
    expect(weekdayMean('2025-07-01', '2025-07-31')).toBeLessThan(
      0.8 * weekdayMean('2025-05-01', '2025-05-31'),
    );
  });

  it('is busier on Mondays than Wednesdays', () => {
    const dates = datesBetween(DEMO_HISTORY_FROM, DEMO_HISTORY_TO);
    const mondays = dates.filter((date) => isoWeekdayIndex(date) === 0).map(callsOn);
    const wednesdays = dates.filter((date) => isoWeekdayIndex(date) === 2).map(callsOn);
    expect(mean(mondays)).toBeGreaterThan(1.1 * mean(wednesdays));
  });

  it('peaks Förskola och skola at school start in August', () => {
    const groupCalls = (from: string, to: string) =>
      history
        .filter(
          (row) =>
            row.answerGroup === 'forskola-skola' &&
            row.intervalStart.slice(0, 10) >= from &&
            row.intervalStart.slice(0, 10) <= to,
        )
        .reduce((sum, row) => sum + row.offered, 0);
    expect(groupCalls('2025-08-18', '2025-08-22')).toBeGreaterThan(
      1.4 * groupCalls('2025-10-13', '2025-10-17'),
    );
  });

  it('draws offered calls around demoExpectedCalls', () => {
    const rows = history.filter((row) => row.intervalStart.startsWith('2025-1'));
    const offered = rows.reduce((sum, row) => sum + row.offered, 0);
    const expected = rows.reduce(
      (sum, row) => sum + demoExpectedCalls(row.answerGroup, Date.parse(row.intervalStart)),
      0,
    );
    expect(Math.abs(offered / expected - 1)).toBeLessThan(0.01);
  });

  it('rejects dates that are not YYYY-MM-DD and reversed ranges', () => {
    expect(() => demoHistory({ from: '2025-13-01', to: '2025-12-01' })).toThrow(/from/);
    expect(() => demoHistory({ from: '2025-01-01', to: '1 feb' })).toThrow(/to "1 feb"/);
    expect(() => demoHistory({ from: '2025-02-30', to: '2025-03-01' })).toThrow(DemoInputError);
    expect(() => demoHistory({ from: '2025-02-01', to: '2025-01-01' })).toThrow(/after/);
    expect(() => demoHistory({ from: '2025-02-01', to: '2025-02-01', seed: 1.5 })).toThrow(/seed/);
  });
});

describe('demoExpectedCalls', () => {
  it('is 0 when the group is closed and for unknown instants inside a quarter', () => {
    expect(demoExpectedCalls('forskola-skola', Date.parse('2025-12-25T10:00:00+01:00'))).toBe(0);
    expect(demoExpectedCalls('forskola-skola', Date.parse('2025-10-15T06:00:00+02:00'))).toBe(0);
    expect(demoExpectedCalls('forskola-skola', Date.parse('2025-10-15T10:05:00+02:00'))).toBe(0);
    expect(
      demoExpectedCalls('forskola-skola', Date.parse('2025-10-15T10:00:00+02:00')),
    ).toBeGreaterThan(0);
  });

  it('peaks in the morning with a smaller peak after lunch', () => {
    const at = (time: string) =>
      demoExpectedCalls('allmanna-fragor', Date.parse(`2025-10-15T${time}:00+02:00`));
    expect(at('09:15')).toBeGreaterThan(at('13:15'));
    expect(at('13:15')).toBeGreaterThan(at('12:00'));
    expect(at('13:15')).toBeGreaterThan(at('16:30'));
  });

  it('rejects an unknown answer group by naming the known ones', () => {
    expect(() => demoExpectedCalls('kundtjanst', 0)).toThrow(
      /unknown answer group "kundtjanst".*aldre-direkt/,
    );
  });

  it('is defined for every answer group of the centre', () => {
    const wednesdayTen = Date.parse('2025-10-15T10:00:00+02:00');
    for (const group of demoCentre().answerGroups) {
      expect(demoExpectedCalls(group.id, wednesdayTen)).toBeGreaterThan(0);
    }
  });
});

describe('demoHistoryCsv', () => {
  it('writes format A with a header and one line per row', () => {
    const options = { from: '2025-03-28', to: '2025-03-31', seed: 3 };
    const lines = demoHistoryCsv(options).split('\n');
    const rows = demoHistory(options);
    expect(lines[0]).toBe(
      'interval_start,answer_group,offered,answered,answered_within_target,abandoned,aht_seconds',
    );
    expect(lines).toHaveLength(rows.length + 2); // header and the trailing newline
    const first = rows[0];
    expect(lines[1]).toBe(
      `${first?.intervalStart},${first?.answerGroup},${first?.offered},${first?.answered},${first?.answeredWithinTarget},${first?.abandoned},${first?.ahtSeconds ?? ''}`,
    );
  });
});
