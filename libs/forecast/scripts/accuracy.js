#!/usr/bin/env node
// Out-of-sample accuracy of every forecast method and of the automatic choice, on real data,
// 28 days ahead from several origins. Prints a Markdown table (used in docs/forecast-accuracy.md).
// Run from the repository root after `npm run build`: node libs/forecast/scripts/accuracy.js
const fs = require('node:fs');
const path = require('node:path');
const { forecast, parseFormatA, scoreForecast, METHOD_NAMES } = require('@bemanna/forecast');

const HORIZON = 28;

/** Data sets: file, zone, holiday calendar, forecast origins (first forecast day). */
const DATA_SETS = [
  {
    name: 'US bank 2003, 5-minute',
    load: () =>
      fs.readFileSync(
        path.resolve(__dirname, '../../../../shared/data/us-bank-2003-5min.csv'),
        'utf8',
      ),
    timeZone: 'America/New_York',
    country: 'US',
    // The bank was open on Columbus Day (a US public holiday): the planner's own calendar.
    openDates: process.env.NO_OPEN ? [] : ['2003-10-13'],
    origins: ['2003-07-05', '2003-08-02', '2003-08-30', '2003-09-27'],
  },
  {
    name: 'Demo centre (libs/demo, seed 1), 15-minute, 7 answer groups',
    load: () => {
      const { demoHistoryCsv, DEMO_HISTORY_FROM, DEMO_HISTORY_TO } = require('@bemanna/demo');
      return demoHistoryCsv({ from: DEMO_HISTORY_FROM, to: DEMO_HISTORY_TO, seed: 1 });
    },
    timeZone: 'Europe/Stockholm',
    country: 'SE',
    openDates: [],
    // Easter, midsummer, school start, the autumn clock change.
    origins: ['2026-03-30', '2026-06-01', '2026-08-03', '2026-10-26'],
  },
];

function evaluate(set) {
  const { rows } = parseFormatA(set.load());
  const methods = [...METHOD_NAMES, 'auto'];
  const totals = Object.fromEntries(
    methods.map((m) => [m, { ia: 0, ie: 0, da: 0, de: 0, ic: 0, in: 0, dc: 0, dn: 0 }]),
  );
  const chosen = [];
  for (const from of set.origins) {
    const end = Date.parse(`${from}T00:00:00Z`) + (HORIZON + 1) * 86_400_000;
    const actual = rows.filter(
      (row) => row.intervalStart.slice(0, 10) >= from && row.startMs < end,
    );
    for (const method of methods) {
      const result = forecast({
        history: rows,
        from,
        days: HORIZON,
        method,
        timeZone: set.timeZone,
        country: set.country,
        openDates: set.openDates,
      });
      const score = scoreForecast(result, actual, set.timeZone);
      const t = totals[method];
      // Re-weight WAPE to pool the origins: sum of absolute errors over sum of calls.
      const ia = actualSum(actual);
      t.ia += ia;
      t.ie += score.interval.wape * ia;
      t.da += ia;
      t.de += score.daily.wape * ia;
      t.ic += score.intervalCoverage * score.interval.count;
      t.in += score.interval.count;
      t.dc += score.dailyCoverage * score.daily.count;
      t.dn += score.daily.count;
      if (method === 'auto')
        chosen.push(
          `${from}: ${Object.values(result.perGroup)
            .map((g) => g.method)
            .join(', ')}`,
        );
    }
  }
  return { methods, totals, chosen };
}

function actualSum(rows) {
  return rows.reduce((sum, row) => sum + row.offered, 0);
}

for (const set of DATA_SETS) {
  const { methods, totals, chosen } = evaluate(set);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const wape = (m) => ({
    interval: totals[m].ie / totals[m].ia,
    daily: totals[m].de / totals[m].da,
  });
  const baseline = {
    interval: Math.min(wape('seasonal-naive').interval, wape('same-weekday-mean').interval),
    daily: Math.min(wape('seasonal-naive').daily, wape('same-weekday-mean').daily),
  };
  console.log(`\n### ${set.name}\n`);
  console.log(
    `Origins (first forecast day): ${set.origins.join(', ')}; horizon ${HORIZON} days.\n`,
  );
  console.log(
    '| method | interval WAPE | daily WAPE | interval vs better baseline | daily vs better baseline | inside 80% prediction interval (intervals / days) |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const m of methods) {
    const w = wape(m);
    console.log(
      `| ${m} | ${pct(w.interval)} | ${pct(w.daily)} | ${(w.interval / baseline.interval).toFixed(2)}x | ${(w.daily / baseline.daily).toFixed(2)}x | ${pct(totals[m].ic / totals[m].in)} / ${pct(totals[m].dc / totals[m].dn)} |`,
    );
  }
  console.log(`\nAutomatic choice per origin: ${chosen.join('; ')}.`);
}
