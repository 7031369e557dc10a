// Adherence speed: a month (22 working days) of 90 agents' states, about 330 000 spans, against
// their shifts, with computeAdherence's sweep over the spans' edges. The baseline samples every
// agent's minute of the month and looks up its activity and state, the way a first version
// would; its answer is off by the seconds between samples (states come in whole seconds), and
// sampling every second to be exact costs sixty times as much. The sweep is exact.
// Uses the built packages (npm run build first).
const { computeAdherence } = require('@bemanna/adherence');
const { addLocalDays, isoWeekdayIndex, formatLocalIso } = require('@bemanna/calendar');
const { demoAgentStates } = require('@bemanna/demo');

const TIME_ZONE = 'Europe/Stockholm';
const FIRST = '2026-11-02';
const AGENTS = 90;

/** A weekday's shift: phone, a break, lunch at a staggered time, a break, back-office at the end. */
function shiftsOfMonth() {
  const shifts = [];
  for (let day = 0; shifts.length < AGENTS * 22; day++) {
    const date = addLocalDays(FIRST, day);
    if (isoWeekdayIndex(date) > 4) continue;
    for (let agent = 0; agent < AGENTS; agent++) {
      const start = Date.parse(`${date}T07:00:00Z`) + (agent % 8) * 15 * 60_000;
      const parts = [
        ['phone', 0],
        ['break', 120],
        ['phone', 135],
        ['lunch', 210 + (agent % 4) * 15],
        ['phone', 240 + (agent % 4) * 15],
        ['break', 360],
        ['phone', 375],
        ['backoffice', 450],
      ];
      const at = (minutes) => formatLocalIso(start + minutes * 60_000, TIME_ZONE);
      shifts.push({
        agentId: `a${String(agent).padStart(2, '0')}`,
        start: at(0),
        end: at(510),
        activities: parts.map(([type, from], index) => ({
          type,
          start: at(from),
          end: at(parts[index + 1]?.[1] ?? 510),
        })),
      });
    }
  }
  return shifts;
}

const PHONE = new Set(['ready', 'talking', 'wrap_up']);
function keepsTo(activity, state, reason) {
  if (activity === 'phone') return PHONE.has(state);
  if (state === 'not_ready') return reason === null || reason === activity;
  return state === 'logged_out' && activity !== 'backoffice';
}

/** The baseline: every agent's every `stepMs`, looked up by binary search. */
function sampled(shifts, states, stepMs) {
  const find = (spans, at) => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (spans[mid].endMs <= at) low = mid + 1;
      else if (spans[mid].startMs > at) high = mid - 1;
      else return spans[mid];
    }
    return undefined;
  };
  const byAgent = new Map();
  for (const shift of shifts) {
    const entry = byAgent.get(shift.agentId) ?? { activities: [], states: [] };
    for (const a of shift.activities) {
      entry.activities.push({
        type: a.type,
        startMs: Date.parse(a.start),
        endMs: Date.parse(a.end),
      });
    }
    byAgent.set(shift.agentId, entry);
  }
  for (const state of states) byAgent.get(state.agentId)?.states.push(state);
  let scheduled = 0;
  let adherent = 0;
  for (const { activities, states: spans } of byAgent.values()) {
    spans.sort((a, b) => a.startMs - b.startMs);
    for (const activity of activities) {
      for (let at = activity.startMs; at < activity.endMs; at += stepMs) {
        const state = find(spans, at);
        scheduled++;
        if (keepsTo(activity.type, state?.state ?? 'logged_out', state?.reason ?? null)) adherent++;
      }
    }
  }
  return adherent / scheduled;
}

function time(fn, rounds) {
  let best = Number.POSITIVE_INFINITY;
  let result;
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    result = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: best, result };
}

async function run() {
  const shifts = shiftsOfMonth();
  const states = demoAgentStates(shifts, {});
  const covered = [
    {
      startMs: Date.parse(`${FIRST}T00:00:00Z`),
      endMs: Date.parse(`${addLocalDays(FIRST, 32)}T00:00:00Z`),
    },
  ];
  console.log(`${AGENTS} agents, ${shifts.length} shifts, ${states.length} state spans`);
  const sweep = time(() => {
    const { agentDays } = computeAdherence({ shifts, states, covered, timeZone: TIME_ZONE });
    const totals = agentDays.reduce(
      (sum, day) => ({
        scheduled: sum.scheduled + day.scheduledMinutes,
        adherent: sum.adherent + day.adherentMinutes,
      }),
      { scheduled: 0, adherent: 0 },
    );
    return totals.adherent / totals.scheduled;
  }, 5);
  const baseline = time(() => sampled(shifts, states, 60_000), 3);
  const exact = time(() => sampled(shifts, states, 1_000), 1);
  console.log(
    `computeAdherence (sweep over span edges): ${sweep.ms.toFixed(0)} ms, adherence ${(sweep.result * 100).toFixed(3)}%`,
  );
  console.log(
    `baseline (every agent-minute looked up):  ${baseline.ms.toFixed(0)} ms, adherence ${(baseline.result * 100).toFixed(3)}%`,
  );
  console.log(
    `baseline made exact (every agent-second):  ${exact.ms.toFixed(0)} ms, adherence ${(exact.result * 100).toFixed(3)}%`,
  );
  console.log(
    `ratio baseline / sweep: x${(baseline.ms / sweep.ms).toFixed(1)}; exact baseline / sweep: x${(exact.ms / sweep.ms).toFixed(0)}`,
  );
}

module.exports = { run };
