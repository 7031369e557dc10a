import { addLocalDays, intervalsOfLocalDay, type LocalDate } from '@bemanna/calendar';
import fc from 'fast-check';
import { ForecastOptionError, type ForecastResult, forecast } from './forecast';
import type { MethodName } from './methods';
import { historyRows } from './test-history';

const STOCKHOLM = 'Europe/Stockholm';

/** Calls per quarter-hour: open 08:00-16:00 Monday to Friday, busier in the morning and on Mondays. */
function pattern(minute: number, weekday: number): number | undefined {
  if (weekday >= 5 || minute < 8 * 60 || minute >= 16 * 60) return undefined;
  return (weekday === 0 ? 12 : 8) + (minute < 12 * 60 ? 4 : 0);
}

function rowsOf(result: ForecastResult, date: LocalDate) {
  return result.rows.filter((row) => row.intervalStart.startsWith(date));
}

describe('forecast on a known series', () => {
  // Ten weeks without public holidays except Alla helgons dag (Saturday 1 November), whose
  // following Monday is the one after-holiday day in the history, at a normal volume.
  const history = historyRows({
    firstDate: '2025-10-06',
    days: 70,
    timeZone: STOCKHOLM,
    intervalMinutes: 15,
    calls: (_date, minute, weekday) => pattern(minute, weekday),
  });

  it.each<MethodName>(['holt-winters-daily', 'slot-smoothing'])(
    '%s gives back the pattern, 0 on Swedish Christmas holidays and eves, and a surge after',
    (method) => {
      const result = forecast({
        history,
        from: '2025-12-15',
        days: 21,
        method,
        timeZone: STOCKHOLM,
        country: 'SE',
      });
      const atNine = (date: LocalDate) =>
        rowsOf(result, date).find((row) => row.intervalStart.slice(11, 16) === '09:00')!.offered;
      // Normal days: exactly the pattern, every interval.
      for (const row of rowsOf(result, '2025-12-17')) {
        const minute =
          Number(row.intervalStart.slice(11, 13)) * 60 + Number(row.intervalStart.slice(14, 16));
        expect(row.offered).toBeCloseTo(pattern(minute, 2) ?? 0, 9);
      }
      expect(atNine('2025-12-22')).toBeCloseTo(16, 9);
      // Closed: julafton, juldagen, annandag jul, nyårsafton, nyårsdagen, and the weekend.
      for (const date of [
        '2025-12-24',
        '2025-12-25',
        '2025-12-26',
        '2025-12-31',
        '2026-01-01',
        '2025-12-20',
      ]) {
        expect(rowsOf(result, date).every((row) => row.offered === 0)).toBe(true);
      }
      // The Monday after annandag jul: the prior surge (1.2) pulled towards the one observed
      // after-holiday day, 3 November, which had a normal volume (it shares the ratio with
      // the turn of the month, so the factor lands near, not at, (1.2 + 1) / 2).
      const surge = atNine('2025-12-29') / 16;
      expect(surge).toBeGreaterThan(1.05);
      expect(surge).toBeLessThan(1.15);
      expect(result.perGroup.g!.openWeekdays).toEqual([0, 1, 2, 3, 4]);
    },
  );

  it('chooses by backtest and reports every method with zero error on the exact pattern', () => {
    const result = forecast({
      history,
      from: '2025-12-15',
      days: 7,
      timeZone: STOCKHOLM,
      country: 'none',
    });
    const report = result.perGroup.g!;
    expect(report.chosenBy).toBe('backtest');
    expect(report.backtestOrigins).toEqual([
      '2025-12-08',
      '2025-12-01',
      '2025-11-24',
      '2025-11-17',
    ]);
    expect(report.accuracy).toHaveLength(5);
    for (const accuracy of report.accuracy) expect(accuracy.interval.wape).toBeCloseTo(0, 9);
    // With nothing to learn about errors the prediction interval is Poisson.
    const row = rowsOf(result, '2025-12-15').find(
      (r) => r.intervalStart.slice(11, 16) === '09:00',
    )!;
    expect(row.offered).toBeCloseTo(16, 9);
    expect(row.offeredHigh - row.offered).toBeCloseTo(1.2815515655 * 4, 6);
  });

  it('backtests where the data end when the history stops weeks before the forecast', () => {
    const result = forecast({
      history,
      from: '2026-02-02',
      days: 7,
      timeZone: STOCKHOLM,
      country: 'none',
    });
    const report = result.perGroup.g!;
    expect(report.chosenBy).toBe('backtest');
    // Rows end on Friday 12 December 2025, and the closed weekend after it is known too; the
    // last backtest week ends there, not at 2 February.
    expect(report.backtestOrigins[0]).toBe('2025-12-08');
    expect(
      rowsOf(result, '2026-02-04').find((r) => r.intervalStart.includes('T09:00'))!.offered,
    ).toBeCloseTo(12, 6);
  });

  it('falls back to the mean of recent weekdays when the history is too short to backtest', () => {
    const result = forecast({
      history: history.slice(0, 33 * 5),
      from: '2025-10-13',
      days: 7,
      timeZone: STOCKHOLM,
      country: 'none',
    });
    expect(result.perGroup.g!.chosenBy).toBe('fallback');
    expect(result.perGroup.g!.method).toBe('same-weekday-mean');
    expect(
      rowsOf(result, '2025-10-13').find((r) => r.intervalStart.includes('T08:00'))!.offered,
    ).toBe(16);
  });
});

describe('handle time forecast', () => {
  it('is per time of day, weighted by answered calls over the last eight weeks', () => {
    const history = historyRows({
      firstDate: '2025-09-01',
      days: 105,
      timeZone: STOCKHOLM,
      intervalMinutes: 60,
      calls: (_d, minute, weekday) =>
        weekday < 5 && minute >= 480 && minute < 720 ? 10 : undefined,
      // Mornings 200 s, the rest 300 s; before 20 October everything took 900 s.
      ahtSeconds: (date, minute) => (date < '2025-10-20' ? 900 : minute < 600 ? 200 : 300),
    });
    const result = forecast({
      history,
      from: '2025-12-15',
      days: 1,
      timeZone: STOCKHOLM,
      country: 'none',
    });
    const at = (hour: string) => result.rows.find((r) => r.intervalStart.includes(`T${hour}:00`))!;
    // 8 weeks x 5 days x 10 calls = 400 answered per slot, shrunk with 20 towards the mean 250.
    expect(at('08').ahtSeconds).toBeCloseTo((400 * 200 + 20 * 250) / 420, 9);
    expect(at('11').ahtSeconds).toBeCloseTo((400 * 300 + 20 * 250) / 420, 9);
    expect(at('03').ahtSeconds).toBeCloseTo(250, 9);
  });
});

describe('forecast with missing data', () => {
  it('treats a lost week and lost intervals as no data, not as zero calls', () => {
    const history = historyRows({
      firstDate: '2025-10-06',
      days: 70,
      timeZone: STOCKHOLM,
      intervalMinutes: 15,
      calls: (date, minute, weekday) => {
        // The export lost the week of 3 November and the 10:00-11:00 rows of 26 November.
        if (date >= '2025-11-03' && date <= '2025-11-09') return undefined;
        if (date === '2025-11-26' && minute >= 600 && minute < 660) return undefined;
        return pattern(minute, weekday);
      },
    });
    for (const method of ['holt-winters-daily', 'slot-smoothing', 'same-weekday-mean'] as const) {
      const result = forecast({
        history,
        from: '2025-12-15',
        days: 7,
        method,
        timeZone: STOCKHOLM,
        country: 'none',
      });
      for (const row of rowsOf(result, '2025-12-17')) {
        const minute =
          Number(row.intervalStart.slice(11, 13)) * 60 + Number(row.intervalStart.slice(14, 16));
        expect(row.offered).toBeCloseTo(pattern(minute, 2) ?? 0, 9);
      }
    }
  });
});

describe('forecast across clock changes', () => {
  it('writes 92 quarter-hours on 30 March and 100 on 26 October, summing to the day', () => {
    const history = historyRows({
      firstDate: '2025-01-06',
      days: 7 * 12,
      timeZone: STOCKHOLM,
      intervalMinutes: 15,
      // A 24/7 line (e.g. a health advice line): calls every interval, every day.
      calls: (_date, minute) => 2 + (minute >= 480 && minute < 1200 ? 6 : 0),
    });
    for (const [from, count] of [
      ['2025-03-30', 92],
      ['2025-10-26', 100],
    ] as const) {
      const result = forecast({
        history: history.filter((row) => row.intervalStart < from),
        from,
        days: 1,
        method: 'same-weekday-mean',
        timeZone: STOCKHOLM,
        country: 'none',
      });
      expect(result.rows).toHaveLength(count);
      const sum = result.rows.reduce((total, row) => total + row.offered, 0);
      expect(result.daily[0]!.offered).toBeCloseTo(sum, 9);
      expect(sum).toBeCloseTo(2 * count + 6 * 48, 9);
    }
  });
});

describe('forecast invariants', () => {
  it('has one row per group and real interval, and low <= offered <= high, for any history', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(15, 30, 60),
        fc.array(fc.nat(30), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom('Europe/Stockholm', 'America/New_York', 'UTC'),
        (intervalMinutes, weekLevels, days, startOffset, timeZone) => {
          const firstDate = addLocalDays('2024-01-01', startOffset);
          const history = ['a', 'b'].flatMap((answerGroup, g) =>
            historyRows({
              firstDate,
              days: 49,
              timeZone,
              intervalMinutes,
              answerGroup,
              calls: (date, minute, weekday) =>
                minute >= 480 && minute < 1020
                  ? ((weekLevels[weekday] as number) + g + date.charCodeAt(9)) % 31
                  : undefined,
            }),
          );
          const from = addLocalDays(firstDate, 49);
          const result = forecast({
            history,
            from,
            days,
            timeZone,
            country: 'SE',
            backtestOrigins: 2,
          });
          let expected = 0;
          for (let d = 0; d < days; d++) {
            expected += intervalsOfLocalDay(
              addLocalDays(from, d),
              intervalMinutes,
              timeZone,
            ).length;
          }
          expect(result.rows).toHaveLength(2 * expected);
          for (const row of result.rows) {
            expect(row.offered).toBeGreaterThanOrEqual(0);
            expect(row.offeredLow).toBeLessThanOrEqual(row.offered + 1e-9);
            expect(row.offeredHigh).toBeGreaterThanOrEqual(row.offered - 1e-9);
          }
          expect(result.daily).toHaveLength(2 * days);
        },
      ),
      { numRuns: 8, seed: 20251123 },
    );
  });

  it('ignores rows on or after the first forecast day', () => {
    const history = historyRows({
      firstDate: '2025-01-06',
      days: 70,
      timeZone: STOCKHOLM,
      intervalMinutes: 60,
      calls: (date, minute) =>
        minute >= 480 && minute < 960 ? (date >= '2025-02-24' ? 1000 : 5) : undefined,
    });
    const cut = forecast({
      history,
      from: '2025-02-24',
      days: 7,
      timeZone: STOCKHOLM,
      country: 'none',
    });
    const early = forecast({
      history: history.filter((row) => row.intervalStart < '2025-02-24'),
      from: '2025-02-24',
      days: 7,
      timeZone: STOCKHOLM,
      country: 'none',
    });
    expect(cut.rows).toEqual(early.rows);
  });
});

describe('forecast options', () => {
  const history = historyRows({
    firstDate: '2025-01-06',
    days: 14,
    timeZone: STOCKHOLM,
    intervalMinutes: 60,
    calls: () => 1,
  });
  it.each([
    [{ from: '2025-1-20' }, 'from'],
    [{ days: 0 }, 'days'],
    [{ days: 2.5 }, 'days'],
    [{ method: 'magic' }, 'method'],
    [{ timeZone: 'Europe/Gothenburg' }, 'timezone'],
    [{ country: 'XX' }, 'country'],
    [{ excludeDates: ['yesterday'] }, 'excludeDates'],
    [{ from: '2025-01-06' }, 'history'],
  ])('rejects %j naming the option', (override, option) => {
    const run = () =>
      forecast({
        history,
        from: '2025-01-20',
        days: 7,
        timeZone: STOCKHOLM,
        ...(override as object),
      } as Parameters<typeof forecast>[0]);
    expect(run).toThrow(ForecastOptionError);
    try {
      run();
    } catch (error) {
      expect((error as ForecastOptionError).option).toBe(option);
    }
  });
});
