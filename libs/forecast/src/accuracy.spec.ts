import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreForecast } from './evaluation';
import { forecast } from './forecast';
import { type HistoryRow, parseFormatA } from './format-a';
import type { MethodName } from './methods';

// Real data, read in place from ../shared (never copied into the repository).
const BANK = join(__dirname, '../../../../shared/data/us-bank-2003-5min.csv');
const ORIGINS = ['2003-07-05', '2003-08-02', '2003-08-30', '2003-09-27'];
const HORIZON = 28;

/** Pooled WAPE over the origins (absolute errors over calls), interval and daily. */
function pooledWape(rows: HistoryRow[], method: MethodName | 'auto') {
  let calls = 0;
  let intervalError = 0;
  let dailyError = 0;
  for (const from of ORIGINS) {
    const end = Date.parse(`${from}T00:00:00-05:00`) + HORIZON * 86_400_000;
    const actual = rows.filter(
      (row) => row.intervalStart.slice(0, 10) >= from && row.startMs < end,
    );
    const result = forecast({
      history: rows,
      from,
      days: HORIZON,
      method,
      timeZone: 'America/New_York',
      country: 'US',
      // The bank was open on Columbus Day, a US public holiday; its planners know that.
      openDates: ['2003-10-13'],
    });
    const score = scoreForecast(result, actual, 'America/New_York');
    const sum = actual.reduce((total, row) => total + row.offered, 0);
    calls += sum;
    intervalError += score.interval.wape * sum;
    dailyError += score.daily.wape * sum;
  }
  return { interval: intervalError / calls, daily: dailyError / calls };
}

describe('accuracy on the US bank 2003 data, 28 days ahead from four origins', () => {
  it('finds the data in ../shared', () => {
    expect(existsSync(BANK)).toBe(true);
  });

  const rows = existsSync(BANK) ? parseFormatA(readFileSync(BANK, 'utf8')).rows : [];

  it('beats the better baseline: interval WAPE <= 0.9x, daily WAPE <= 0.8x (issue 4)', () => {
    const naive = pooledWape(rows, 'seasonal-naive');
    const mean = pooledWape(rows, 'same-weekday-mean');
    const auto = pooledWape(rows, 'auto');
    const baseline = {
      interval: Math.min(naive.interval, mean.interval),
      daily: Math.min(naive.daily, mean.daily),
    };
    // The literature's reference (data README): mean of four weeks ~8%, last week ~10%.
    expect(mean.interval).toBeGreaterThan(0.07);
    expect(mean.interval).toBeLessThan(0.1);
    expect(auto.interval / baseline.interval).toBeLessThanOrEqual(0.9);
    // Measured 0.87x and 0.79x (docs/forecast-accuracy.md): little room on the daily target.
    expect(auto.daily / baseline.daily).toBeLessThanOrEqual(0.8);
  });
});
