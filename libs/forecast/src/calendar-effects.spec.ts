import { addLocalDays, holidayCalendar, isoWeekdayIndex } from '@bemanna/calendar';
import { forecast } from './forecast';
import { buildSeries, DayEffect } from './series';
import { calendarFactors, effectFactors } from './special-days';
import { historyRows } from './test-history';
import { yearlyFactors } from './yearly-seasonality';

const STOCKHOLM = 'Europe/Stockholm';

describe('effectFactors', () => {
  it('learns the surge after a holiday as the prior averaged with the observed ratios', () => {
    // Daily history of June 2025, weekdays 100 calls, except the Mondays after the national
    // day (Friday 6 June) and after midsommar, which get 150 and 130. Neither is also a turn
    // of the month, so the regression has one effect to credit.
    const history = historyRows({
      firstDate: '2025-06-02',
      days: 26,
      timeZone: STOCKHOLM,
      intervalMinutes: 1440,
      calls: (date, _m, weekday) => {
        if (weekday >= 5 || date === '2025-06-06' || date === '2025-06-20') return undefined;
        return date === '2025-06-09' ? 150 : date === '2025-06-23' ? 130 : 100;
      },
    });
    const { grid, groups } = buildSeries(history, {
      from: '2025-06-30',
      days: 7,
      timeZone: STOCKHOLM,
      country: 'SE',
    });
    const series = groups[0]!;
    const factors = effectFactors({ grid, series, origin: grid.fromIndex, horizonDays: 7 });
    // Prior 1.2 with the weight of one day, then the ratios 1.5 and 1.3.
    expect(factors.afterHoliday).toBeCloseTo((1.2 + 1.5 + 1.3) / 3, 12);
    // The national day and midsommarafton have no rows: closed, so 0.
    expect(factors.holiday).toBe(0);
    expect(factors.eve).toBe(0);
    // The Tuesdays after those Mondays were normal: the prior 1 stays.
    expect(factors.secondAfterHoliday).toBeCloseTo(1, 12);
  });
});

describe('calendarFactors', () => {
  it('learns that the centre opens on one holiday from earlier years', () => {
    // Two years of weekdays at 100 calls; closed on every holiday and eve but Kristi
    // himmelsfärdsdag, when the centre is open as usual.
    const calendar = holidayCalendar('SE');
    const history = historyRows({
      firstDate: '2023-05-01',
      days: 7 * 110,
      timeZone: STOCKHOLM,
      intervalMinutes: 1440,
      calls: (date, _m, weekday) => {
        const kind = calendar.kindOf(date);
        const open = calendar.nameOf(date) === 'Kristi himmelsfärdsdag';
        return weekday >= 5 || ((kind === 'holiday' || kind === 'eve') && !open) ? undefined : 100;
      },
    });
    const { grid, groups } = buildSeries(history, {
      from: '2025-05-26',
      days: 7,
      timeZone: STOCKHOLM,
      country: 'SE',
    });
    const context = { grid, series: groups[0]!, origin: grid.fromIndex, horizonDays: 7 };
    const kind = effectFactors(context).holiday;
    const factors = calendarFactors(context);
    // Thursday 29 May 2025: the kind's factor (near 0) and the two earlier years' ratio 1.
    expect(kind).toBeLessThan(0.2);
    expect(factors[3]).toBeCloseTo((kind + 1 + 1) / 3, 9);
    // Friday 30 May: after a holiday by the calendar, and the last open day of May.
    const { afterHoliday, monthEnd } = effectFactors(context);
    expect(groups[0]!.effects[grid.fromIndex + 4]).toBe(
      DayEffect.afterHoliday | DayEffect.monthEnd,
    );
    expect(factors[4]).toBeCloseTo(afterHoliday * monthEnd, 9);
  });
});

describe('yearly seasonality', () => {
  // Two years and a half of daily totals with a July at half volume.
  const history = historyRows({
    firstDate: '2023-01-02',
    days: 7 * 128,
    timeZone: STOCKHOLM,
    intervalMinutes: 1440,
    calls: (date, _m, weekday) => (weekday >= 5 ? undefined : date.slice(5, 7) === '07' ? 50 : 100),
  });

  it('bends the forecast into last years\u2019 summer dip', () => {
    const result = forecast({
      history,
      from: '2025-06-16',
      days: 35,
      method: 'holt-winters-daily',
      timeZone: STOCKHOLM,
      country: 'none',
    });
    const day = (date: string) => result.daily.find((d) => d.date === date)!.offered;
    expect(Math.abs(day('2025-06-17') - 100)).toBeLessThan(5);
    // Two years say July is half of June; shrunk by a quarter towards 1: 1 + 0.75 (0.5 - 1).
    expect(Math.abs(day('2025-07-15') / day('2025-06-17') - 0.625)).toBeLessThan(0.03);
    // Without the yearly factor the level would stay at June's.
    expect(day('2025-07-15')).toBeLessThan(70);
    expect(isoWeekdayIndex('2025-07-15')).toBe(1);
  });

  it('is all ones with less than a year of history', () => {
    const short = history.filter((row) => row.intervalStart >= '2024-09-01');
    const { grid, groups } = buildSeries(short, {
      from: '2025-06-16',
      days: 28,
      timeZone: STOCKHOLM,
      country: 'none',
    });
    const factors = yearlyFactors({
      grid,
      series: groups[0]!,
      origin: grid.fromIndex,
      horizonDays: 28,
    });
    expect(Array.from(factors)).toEqual(new Array(28).fill(1));
  });
});

describe('daily history', () => {
  it('forecasts a Sunday-to-Thursday week from daily rows, one row per local day', () => {
    const level = [120, 100, 90, 95, 0, 0, 140];
    const history = historyRows({
      firstDate: '2025-01-05',
      days: 70,
      timeZone: 'Asia/Jerusalem',
      intervalMinutes: 1440,
      calls: (_d, _m, weekday) => (weekday === 4 || weekday === 5 ? undefined : level[weekday]),
    });
    const result = forecast({
      history,
      from: '2025-03-16',
      days: 7,
      timeZone: 'Asia/Jerusalem',
      country: 'none',
    });
    expect(result.intervalMinutes).toBe(1440);
    expect(
      result.rows.map((row) => [row.intervalStart, Math.round(row.offered * 1e6) / 1e6]),
    ).toEqual(
      Array.from({ length: 7 }, (_, i) => {
        const date = addLocalDays('2025-03-16', i);
        return [`${date}T00:00:00+02:00`, level[isoWeekdayIndex(date)]];
      }),
    );
  });
});

describe('outages', () => {
  it('leaves an outage day out of fitting, given or detected', () => {
    const history = historyRows({
      firstDate: '2025-01-06',
      days: 63,
      timeZone: STOCKHOLM,
      intervalMinutes: 60,
      calls: (date, minute, weekday) => {
        if (weekday >= 5 || minute < 480 || minute >= 960) return undefined;
        if (date === '2025-02-25') return 1; // the switch went down
        if (date === '2025-02-26') return minute < 720 ? 1 : 10; // half a day down
        return 10;
      },
    });
    const detected = forecast({
      history,
      from: '2025-03-10',
      days: 7,
      method: 'slot-smoothing',
      timeZone: STOCKHOLM,
      country: 'none',
      excludeDates: ['2025-02-26'],
    });
    expect(detected.perGroup.g!.excludedDates).toEqual(['2025-02-25', '2025-02-26']);
    expect(
      detected.rows.filter((r) => r.offered > 0).every((r) => Math.abs(r.offered - 10) < 1e-9),
    ).toBe(true);
  });
});
