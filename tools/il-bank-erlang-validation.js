#!/usr/bin/env node
/**
 * Erlang C and Erlang A against a real call centre: the Israeli "Anonymous Bank", January 1999
 * (Technion SEE lab, Guedj & Mandelbaum 2000; see ../shared/data/README.md). For every weekday
 * hour it estimates what the models need from the call log (arrivals, handle time, patience,
 * agents), asks the BUILT @bemanna/erlang what should have happened, and prints a Markdown
 * table of model against reality. docs/erlang-a-validation.md explains the method.
 *
 *   npx tsc -b && node tools/il-bank-erlang-validation.js
 *     [--data path/to/il-bank-1999-01-calls.tsv] [--agents present|distinct] [--talk-only]
 *
 * The file is read from ../shared/data next to the repository and never copied into it.
 * libs/erlang/src/il-bank.validation.spec.ts reuses the exported functions under Jest (where
 * @bemanna/erlang resolves to the TypeScript sources).
 */
const fs = require('node:fs');
const path = require('node:path');
const { erlangA, erlangC } = require('@bemanna/erlang');

const DEFAULT_DATA = path.resolve(__dirname, '../../shared/data/il-bank-1999-01-calls.tsv');

/** Israel's working week: Sunday (0) to Thursday (4). Friday is a half day, Saturday closed. */
const WEEKDAYS = new Set([0, 1, 2, 3, 4]);

/** Hours of day (queue-join hour) reported: the busy, fully staffed part of the day. */
const MIN_CALLS_PER_HOUR = 60;

/** Answer-time targets reported, in seconds. */
const TARGETS_SECONDS = [20, 60];

/**
 * An agent whose next call starts within this many seconds of the end of the previous one is
 * counted as present in between (talk, wrap-up or ready); a longer gap is a break or the end of
 * a shift. About 95% of an agent's gaps between calls are shorter than this (median 40 s).
 */
const PRESENCE_GAP_SECONDS = 15 * 60;

/** "H:MM:SS" to seconds after midnight. */
function clockSeconds(text) {
  const [hours, minutes, seconds] = text.split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}

/**
 * Reads the call log (tab separated, CRLF line ends, header row). Returns one record per call
 * with times in seconds after midnight of the call's date; times that wrap past midnight are
 * moved to the next day so intervals never run backwards.
 */
function loadCalls(file = DEFAULT_DATA) {
  const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split('\t');
  const column = (name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: no column "${name}" in the header`);
    return index;
  };
  const at = {
    date: column('date'),
    vruExit: column('vru_exit'),
    queueSeconds: column('q_time'),
    outcome: column('outcome'),
    serviceStart: column('ser_start'),
    serviceSeconds: column('ser_time'),
    server: column('server'),
  };
  return lines.slice(1).map((line, index) => {
    const fields = line.split('\t');
    const date = fields[at.date];
    if (!/^\d{6}$/.test(date))
      throw new Error(`${file}:${index + 2}: date "${date}" is not YYMMDD`);
    const vruExit = clockSeconds(fields[at.vruExit]);
    let serviceStart = clockSeconds(fields[at.serviceStart]);
    if (serviceStart < vruExit - 3600) serviceStart += 86400;
    return {
      date,
      weekday: new Date(
        Date.UTC(
          1900 + Number(date.slice(0, 2)),
          Number(date.slice(2, 4)) - 1,
          Number(date.slice(4)),
        ),
      ).getUTCDay(),
      // Queue-join time: when the caller leaves the voice-response unit asking for an agent
      // (q_start equals vru_exit for every queued call in the file but one).
      joinSeconds: vruExit,
      queueSeconds: Number(fields[at.queueSeconds]),
      outcome: fields[at.outcome],
      serviceStart,
      serviceSeconds: Number(fields[at.serviceSeconds]),
      server: fields[at.server],
    };
  });
}

/**
 * Calls that asked for an agent: answered (AGENT), or hung up after queueing (HANG with
 * q_time > 0). Excluded: callers who hung up inside the voice-response unit (HANG with
 * q_time = 0) never reached the queue, and PHANTOM records are not real calls (Brown et al.
 * 2005, section 2).
 */
function requestedAgent(call) {
  return call.outcome === 'AGENT' || (call.outcome === 'HANG' && call.queueSeconds > 0);
}

/**
 * Agents per day and hour, two ways. `distinct`: servers who talked to a caller at some time in
 * the hour (over-counts agents who joined or left mid-hour). `present`: time-weighted number of
 * agents within a work spell, a spell running from an agent's first call to the last with no gap
 * longer than PRESENCE_GAP_SECONDS (under-counts by the idle time before a spell's first call
 * and after its last). Returns Map("date|hour" -> { distinct, present }).
 */
function agentEstimates(calls) {
  const spellsByAgentDay = new Map();
  for (const call of calls) {
    if (call.outcome !== 'AGENT' || call.server === 'NO_SERVER') continue;
    const key = `${call.date}|${call.server}`;
    if (!spellsByAgentDay.has(key)) spellsByAgentDay.set(key, []);
    spellsByAgentDay.get(key).push([call.serviceStart, call.serviceStart + call.serviceSeconds]);
  }
  const result = new Map();
  const entry = (date, hour) => {
    const key = `${date}|${hour}`;
    if (!result.has(key)) result.set(key, { distinct: 0, present: 0 });
    return result.get(key);
  };
  for (const [key, talks] of spellsByAgentDay) {
    const date = key.slice(0, 6);
    talks.sort((a, b) => a[0] - b[0]);
    const hoursTalking = new Set();
    for (const [start, end] of talks) {
      for (
        let hour = Math.floor(start / 3600);
        hour <= Math.floor(Math.max(start, end - 1) / 3600);
        hour++
      ) {
        hoursTalking.add(hour);
      }
    }
    for (const hour of hoursTalking) entry(date, hour).distinct += 1;
    // Merge talks into presence spells, then spread each spell's seconds over the hours it covers.
    let [spellStart, spellEnd] = talks[0];
    const spells = [];
    for (const [start, end] of talks.slice(1)) {
      if (start - spellEnd <= PRESENCE_GAP_SECONDS) spellEnd = Math.max(spellEnd, end);
      else {
        spells.push([spellStart, spellEnd]);
        [spellStart, spellEnd] = [start, end];
      }
    }
    spells.push([spellStart, spellEnd]);
    for (const [start, end] of spells) {
      for (let hour = Math.floor(start / 3600); hour * 3600 < end; hour++) {
        const overlap = Math.min(end, (hour + 1) * 3600) - Math.max(start, hour * 3600);
        if (overlap > 0) entry(date, hour).present += overlap / 3600;
      }
    }
  }
  return result;
}

/**
 * Mean time an agent stays unavailable after a call although a caller is waiting: the gap from
 * the end of one of the agent's calls to the start of their next, over the gaps (at most
 * PRESENCE_GAP_SECONDS, so the agent is still counted present) that begin while some queued
 * caller is on hold. Under first-come first-served a ready agent would have taken that caller at
 * once, so the gap is after-call work (or a short pause), which ser_time (talk only) leaves out.
 * Returns Map(hour -> mean seconds) keyed by the hour the gap begins, weekdays only.
 */
function postCallSecondsByHour(calls) {
  const queuedByDate = new Map();
  for (const call of calls) {
    if (!requestedAgent(call) || call.queueSeconds === 0) continue;
    if (!queuedByDate.has(call.date)) queuedByDate.set(call.date, []);
    queuedByDate.get(call.date).push([call.joinSeconds, call.joinSeconds + call.queueSeconds]);
  }
  for (const waits of queuedByDate.values()) waits.sort((a, b) => a[0] - b[0]);
  // A caller counts as waiting at t if they joined by t and leave more than a second later
  // (times are whole seconds, and the caller the agent takes next leaves exactly then).
  const someoneWaiting = (date, t) =>
    (queuedByDate.get(date) ?? []).some(([start, end]) => start <= t && t < end - 1);
  const callsByAgentDay = new Map();
  for (const call of calls) {
    if (call.outcome !== 'AGENT' || call.server === 'NO_SERVER' || !WEEKDAYS.has(call.weekday)) {
      continue;
    }
    const key = `${call.date}|${call.server}`;
    if (!callsByAgentDay.has(key)) callsByAgentDay.set(key, []);
    callsByAgentDay.get(key).push(call);
  }
  const sums = new Map();
  for (const [key, agentCalls] of callsByAgentDay) {
    const date = key.slice(0, 6);
    agentCalls.sort((a, b) => a.serviceStart - b.serviceStart);
    for (let i = 1; i < agentCalls.length; i++) {
      const end = agentCalls[i - 1].serviceStart + agentCalls[i - 1].serviceSeconds;
      const gap = agentCalls[i].serviceStart - end;
      if (gap < 0 || gap > PRESENCE_GAP_SECONDS || !someoneWaiting(date, end)) continue;
      const hour = Math.floor(end / 3600);
      const sum = sums.get(hour) ?? { seconds: 0, gaps: 0 };
      sums.set(hour, { seconds: sum.seconds + gap, gaps: sum.gaps + 1 });
    }
  }
  return new Map([...sums].map(([hour, sum]) => [hour, sum.seconds / sum.gaps]));
}

/** What happened to a set of queue arrivals: shares of all of them, waits in seconds. */
function observedPerformance(arrivals) {
  const n = arrivals.length;
  const answeredWithin = (target) =>
    arrivals.filter((c) => c.outcome === 'AGENT' && c.queueSeconds <= target).length / n;
  return {
    probabilityOfWaiting: arrivals.filter((c) => c.queueSeconds > 0).length / n,
    asaSeconds: arrivals.reduce((sum, c) => sum + c.queueSeconds, 0) / n,
    abandonRate: arrivals.filter((c) => c.outcome === 'HANG').length / n,
    serviceLevel: Object.fromEntries(TARGETS_SECONDS.map((t) => [t, answeredWithin(t)])),
  };
}

/**
 * A model evaluated at a fractional staffing: linear interpolation between the two whole
 * staffings around it, as WFM tools do when an agent works part of an interval.
 */
function atFractionalAgents(agents, evaluate) {
  const low = Math.floor(agents);
  const weight = agents - low;
  const below = evaluate(low);
  if (weight === 0) return below;
  const above = evaluate(low + 1);
  const mix = (a, b) => (a === null || b === null ? null : (1 - weight) * a + weight * b);
  return {
    probabilityOfWaiting: mix(below.probabilityOfWaiting, above.probabilityOfWaiting),
    asaSeconds: mix(below.asaSeconds, above.asaSeconds),
    abandonRate: mix(below.abandonRate, above.abandonRate),
    serviceLevel: Object.fromEntries(
      TARGETS_SECONDS.map((t) => [t, mix(below.serviceLevel[t], above.serviceLevel[t])]),
    ),
  };
}

function erlangAAt(agents, load) {
  return atFractionalAgents(agents, (n) => {
    const byTarget = TARGETS_SECONDS.map((targetSeconds) => erlangA(n, { ...load, targetSeconds }));
    return {
      probabilityOfWaiting: byTarget[0].probabilityOfWaiting,
      asaSeconds: byTarget[0].asaSeconds,
      abandonRate: byTarget[0].abandonRate,
      serviceLevel: Object.fromEntries(
        TARGETS_SECONDS.map((t, i) => [t, byTarget[i].serviceLevel]),
      ),
    };
  });
}

function erlangCAt(agents, load) {
  return atFractionalAgents(agents, (n) => {
    const byTarget = TARGETS_SECONDS.map((targetSeconds) => erlangC(n, { ...load, targetSeconds }));
    return {
      probabilityOfWaiting: byTarget[0].probabilityOfWaiting,
      asaSeconds: byTarget[0].asaSeconds,
      abandonRate: 0,
      serviceLevel: Object.fromEntries(
        TARGETS_SECONDS.map((t, i) => [t, byTarget[i].serviceLevel]),
      ),
    };
  });
}

/** Arrival-weighted mean of per-day predictions; null (unstable) if any day's value is null. */
function weightedMean(predictions, weights, pick) {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < predictions.length; i++) {
    const value = pick(predictions[i]);
    if (value === null) return null;
    sum += value * weights[i];
    total += weights[i];
  }
  return sum / total;
}

function averagePredictions(predictions, weights) {
  return {
    probabilityOfWaiting: weightedMean(predictions, weights, (p) => p.probabilityOfWaiting),
    asaSeconds: weightedMean(predictions, weights, (p) => p.asaSeconds),
    abandonRate: weightedMean(predictions, weights, (p) => p.abandonRate),
    serviceLevel: Object.fromEntries(
      TARGETS_SECONDS.map((t) => [t, weightedMean(predictions, weights, (p) => p.serviceLevel[t])]),
    ),
  };
}

/**
 * The comparison, one row per weekday hour with at least MIN_CALLS_PER_HOUR arrivals a day on
 * average. Handle time and patience are pooled over the hour's weekdays (a single day-hour has
 * too few abandonments to estimate patience); arrivals and agents are taken per day, each
 * day-hour is fed to the models, and the predictions are averaged weighted by that day-hour's
 * arrivals, so model and reality describe the same calls.
 *
 * Patience is the standard estimator for exponential patience under censoring (Brown et al.
 * 2005, section 6; Mandelbaum & Zeltyn 2007): total time waited by all queued callers, served
 * or not, divided by the number who abandoned. It is the maximum-likelihood estimate when
 * patience is exponential and waits to service censor it.
 */
function hourlyComparison(calls, options = {}) {
  const agentSource = options.agents ?? 'present';
  const withPostCall = options.postCall ?? true;
  const postCallByHour = withPostCall ? postCallSecondsByHour(calls) : new Map();
  const arrivals = calls.filter((c) => WEEKDAYS.has(c.weekday) && requestedAgent(c));
  const agentsByDayHour = agentEstimates(calls);
  const days = [...new Set(calls.filter((c) => WEEKDAYS.has(c.weekday)).map((c) => c.date))].sort();
  const byHour = new Map();
  for (const call of arrivals) {
    const hour = Math.floor(call.joinSeconds / 3600);
    if (!byHour.has(hour)) byHour.set(hour, []);
    byHour.get(hour).push(call);
  }
  const rows = [];
  for (const hour of [...byHour.keys()].sort((a, b) => a - b)) {
    const hourCalls = byHour.get(hour);
    const callsPerDay = hourCalls.length / days.length;
    if (callsPerDay < MIN_CALLS_PER_HOUR) continue;
    const served = hourCalls.filter((c) => c.outcome === 'AGENT');
    const talkSeconds = served.reduce((sum, c) => sum + c.serviceSeconds, 0) / served.length;
    const postCallSeconds = postCallByHour.get(hour) ?? 0;
    const ahtSeconds = talkSeconds + postCallSeconds;
    const abandoned = hourCalls.filter((c) => c.outcome === 'HANG').length;
    const patienceSeconds =
      hourCalls.reduce((sum, c) => sum + c.queueSeconds, 0) / Math.max(1, abandoned);

    const predictionsA = [];
    const predictionsC = [];
    const weights = [];
    const agentsPerDay = [];
    let unstableDays = 0;
    for (const date of days) {
      const dayCalls = hourCalls.filter((c) => c.date === date).length;
      const agents = agentsByDayHour.get(`${date}|${hour}`)?.[agentSource] ?? 0;
      if (dayCalls === 0) continue;
      const trafficErlangs = (dayCalls * ahtSeconds) / 3600;
      predictionsA.push(erlangAAt(agents, { trafficErlangs, ahtSeconds, patienceSeconds }));
      predictionsC.push(erlangCAt(agents, { trafficErlangs, ahtSeconds }));
      if (agents <= trafficErlangs) unstableDays += 1;
      weights.push(dayCalls);
      agentsPerDay.push(agents);
    }
    // The same hour judged once at the month's average load and staffing, the way a planner
    // with one forecast and one staffing number per hour would: shows how far each model's
    // waiting-time prediction moves when the staffing is near the load.
    const trafficErlangs = (callsPerDay * ahtSeconds) / 3600;
    const averageAgents = agentsPerDay.reduce((a, b) => a + b, 0) / agentsPerDay.length;
    const atAverage = {
      erlangA: erlangAAt(averageAgents, { trafficErlangs, ahtSeconds, patienceSeconds }),
      erlangC: erlangCAt(averageAgents, { trafficErlangs, ahtSeconds }),
    };
    rows.push({
      hour,
      days: weights.length,
      callsPerDay,
      talkSeconds,
      postCallSeconds,
      ahtSeconds,
      patienceSeconds,
      trafficErlangs,
      agents: averageAgents,
      atAverage,
      unstableDays,
      actual: observedPerformance(hourCalls),
      erlangA: averagePredictions(predictionsA, weights),
      erlangC: averagePredictions(predictionsC, weights),
    });
  }
  return rows;
}

const percent = (share) => (share === null ? 'unstable' : `${(100 * share).toFixed(0)}%`);
const seconds = (value) => (value === null ? 'unstable' : value.toFixed(0));

/** Markdown tables: the inputs, then model against reality per hour. */
function markdownTables(rows) {
  const inputs = [
    '| hour | days | calls/day | talk s | after-call s | AHT s | patience s | traffic E | agents | days Erlang C unstable |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.hour}:00 | ${r.days} | ${r.callsPerDay.toFixed(0)} | ${r.talkSeconds.toFixed(0)} | ` +
        `${r.postCallSeconds.toFixed(0)} | ${r.ahtSeconds.toFixed(0)} | ` +
        `${r.patienceSeconds.toFixed(0)} | ${r.trafficErlangs.toFixed(1)} | ${r.agents.toFixed(1)} | ` +
        `${r.unstableDays} |`,
    ),
  ];
  const triple = (pick, format) => (r) =>
    `${format(pick(r.actual))} / ${format(pick(r.erlangA))} / ${format(pick(r.erlangC))}`;
  const columns = [
    ['P(wait)', triple((p) => p.probabilityOfWaiting, percent)],
    ['mean wait s', triple((p) => p.asaSeconds, seconds)],
    ['abandoned', triple((p) => p.abandonRate, percent)],
    ...TARGETS_SECONDS.map((t) => [`answered ≤ ${t} s`, triple((p) => p.serviceLevel[t], percent)]),
  ];
  const outputs = [
    `| hour | ${columns.map(([name]) => name).join(' | ')} |`,
    `|---:|${columns.map(() => '---:').join('|')}|`,
    ...rows.map((r) => `| ${r.hour}:00 | ${columns.map(([, cell]) => cell(r)).join(' | ')} |`),
  ];
  const average = [
    '| hour | occupancy A/N | mean wait s: actual | Erlang A | Erlang C | abandoned: actual | Erlang A |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.hour}:00 | ${percent(r.trafficErlangs / r.agents)} | ${seconds(r.actual.asaSeconds)} | ` +
        `${seconds(r.atAverage.erlangA.asaSeconds)} | ${seconds(r.atAverage.erlangC.asaSeconds)} | ` +
        `${percent(r.actual.abandonRate)} | ${percent(r.atAverage.erlangA.abandonRate)} |`,
    ),
  ];
  return [
    inputs.join('\n'),
    'Model against reality, per day-hour and averaged over the same calls. Each cell: actual / Erlang A / Erlang C.',
    outputs.join('\n'),
    "At the month's average load and staffing for the hour:",
    average.join('\n'),
  ]
    .join('\n\n')
    .concat('\n');
}

module.exports = {
  DEFAULT_DATA,
  postCallSecondsByHour,
  loadCalls,
  requestedAgent,
  agentEstimates,
  hourlyComparison,
  markdownTables,
};

if (require.main === module) {
  const dataFlag = process.argv.indexOf('--data');
  const file = dataFlag > 0 ? process.argv[dataFlag + 1] : DEFAULT_DATA;
  if (!fs.existsSync(file)) {
    console.error(`${file} not found: pass --data <path to il-bank-1999-01-calls.tsv>`);
    process.exit(2);
  }
  const agentsFlag = process.argv.indexOf('--agents');
  const agents = agentsFlag > 0 ? process.argv[agentsFlag + 1] : 'present';
  if (agents !== 'present' && agents !== 'distinct') {
    console.error(`--agents must be "present" or "distinct", got "${agents}"`);
    process.exit(2);
  }
  const postCall = !process.argv.includes('--talk-only');
  process.stdout.write(markdownTables(hourlyComparison(loadCalls(file), { agents, postCall })));
}
