import {
  type ActivityType,
  type AgentStateEvent,
  adherenceRatios,
  computeAdherence,
  mergeSpans,
  parseStateFile,
  type ScheduledShift,
  sumTotals,
} from '@bemanna/adherence';
import { addLocalDays, formatLocalIso, startOfLocalDay } from '@bemanna/calendar';
import fc from 'fast-check';
import { demoAgentStates, demoAgentStatesCsv } from './agent-states';

const TZ = 'Europe/Stockholm';
const MINUTE = 60_000;
const DAY = '2026-11-23';

/** A shift as the schedule format writes it: activities back to back from `startMs`. */
function shiftOf(
  agentId: string,
  startMs: number,
  parts: readonly (readonly [ActivityType, number])[],
): ScheduledShift {
  let at = startMs;
  const activities = parts.map(([type, minutes]) => {
    const start = formatLocalIso(at, TZ);
    at += minutes * MINUTE;
    return { type, start, end: formatLocalIso(at, TZ) };
  });
  return { agentId, start: formatLocalIso(startMs, TZ), end: formatLocalIso(at, TZ), activities };
}

/**
 * Forty agents on 08:00-16:30 with two breaks and a lunch staggered over 11:00-12:30; every
 * fourth has a team meeting after lunch.
 */
function centreDay(): ScheduledShift[] {
  const eight = startOfLocalDay(DAY, TZ) + 8 * 60 * MINUTE;
  return Array.from({ length: 40 }, (_, index) => {
    const lunchAt = 180 + (index % 4) * 20;
    const afternoon: [ActivityType, number][] =
      index % 4 === 0
        ? [
            ['phone', 30],
            ['meeting', 60],
            ['break', 15],
            ['phone', 105],
          ]
        : [
            ['phone', 90],
            ['break', 15],
            ['phone', 105],
          ];
    return shiftOf(`agent-${String(index + 1).padStart(2, '0')}`, eight, [
      ['phone', 120],
      ['break', 15],
      ['phone', lunchAt - 135],
      ['lunch', 30],
      ['phone', 270 - lunchAt],
      ...afternoon,
    ]);
  });
}

const ACTIVITY_TYPES: readonly ActivityType[] = [
  'phone',
  'phone',
  'phone',
  'break',
  'lunch',
  'meeting',
  'training',
  'backoffice',
];

describe('demoAgentStates', () => {
  it('keeps each agent in one state at a time, near its shifts, and the same for a seed', () => {
    const shiftArbitrary = fc.record({
      agent: fc.integer({ min: 1, max: 4 }),
      // Days around the spring clock change (29 March 2026); a long shift may run into the
      // next one of its agent, as no real schedule does, to prove even then no states overlap.
      day: fc.integer({ min: 0, max: 3 }),
      startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
      parts: fc.array(
        fc.tuple(fc.constantFrom(...ACTIVITY_TYPES), fc.integer({ min: 1, max: 150 })),
        { minLength: 1, maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(shiftArbitrary, {
          maxLength: 8,
          selector: (shift) => `${shift.agent} ${shift.day}`,
        }),
        fc.integer(),
        (drawn, seed) => {
          const shifts = drawn.map(({ agent, day, startMinute, parts }) =>
            shiftOf(
              `a${agent}`,
              startOfLocalDay(addLocalDays('2026-03-26', day), TZ) + startMinute * MINUTE,
              parts,
            ),
          );
          const events = demoAgentStates(shifts, { seed });
          expect(demoAgentStates(shifts, { seed })).toEqual(events);
          // A state may run on into the agent's next shift when their margins meet.
          const nearShifts = (agentId: string) =>
            mergeSpans(
              shifts
                .filter((shift) => shift.agentId === agentId)
                .map((shift) => ({
                  startMs: Date.parse(shift.start) - 15 * MINUTE,
                  endMs: Date.parse(shift.end) + 15 * MINUTE,
                })),
            );
          // One expectation for all events: thousands of them per run make Jest slow.
          const wrong = events.filter((event, index) => {
            const before = events[index - 1];
            const inOrder =
              before?.agentId === event.agentId
                ? event.startMs >= before.endMs
                : !before || event.agentId > before.agentId;
            const nearShift = nearShifts(event.agentId).some(
              (span) => event.startMs >= span.startMs && event.endMs <= span.endMs,
            );
            return !(
              inOrder &&
              nearShift &&
              event.endMs > event.startMs &&
              event.startMs % 1000 === 0 &&
              event.endMs % 1000 === 0
            );
          });
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives a centre adherence of 85-97%, with a poor agent below 90% and a good one above 95%', () => {
    const shifts = centreDay();
    const states = demoAgentStates(shifts, {});
    const { agentDays } = computeAdherence({
      shifts,
      states,
      covered: [
        { startMs: startOfLocalDay(DAY, TZ), endMs: startOfLocalDay(addLocalDays(DAY, 1), TZ) },
      ],
      timeZone: TZ,
    });
    expect(agentDays).toHaveLength(40);
    const centre = adherenceRatios(sumTotals(agentDays)).adherence ?? 0;
    const perAgent = agentDays.map((day) => adherenceRatios(day).adherence ?? 0);
    const worst = Math.min(...perAgent);
    const best = Math.max(...perAgent);
    expect(centre).toBeGreaterThan(0.85);
    expect(centre).toBeLessThan(0.97);
    expect(worst).toBeLessThan(0.9);
    expect(best).toBeGreaterThan(0.95);
    // Every state of format B turns up, and every not-ready reason the schedule asks for.
    expect(new Set(states.map((event) => event.state))).toEqual(
      new Set(['ready', 'talking', 'wrap_up', 'not_ready', 'logged_out']),
    );
    expect(new Set(states.map((event) => event.reason))).toEqual(
      new Set([null, 'break', 'lunch', 'meeting']),
    );
  });

  it('writes format B that the adherence library reads back to the same events', () => {
    const events = demoAgentStates(centreDay(), { seed: 3 });
    const csv = demoAgentStatesCsv(events, TZ);
    expect(csv.split('\n', 3)).toEqual([
      'agent_id,state,start,end,reason',
      expect.stringMatching(
        /^agent-01,\w+,2026-11-23T0\d:\d\d:\d\d\+01:00,2026-11-23T\d\d:\d\d:\d\d\+01:00,\w*$/,
      ),
      expect.any(String),
    ]);
    const parsed = parseStateFile(csv);
    expect(parsed.errors).toEqual([]);
    const read: AgentStateEvent[] = parsed.rows.map(
      ({ agentId, state, reason, startMs, endMs }) => ({ agentId, state, reason, startMs, endMs }),
    );
    expect(read).toEqual(events);
  });

  it('rejects a seed that is not an integer', () => {
    expect(() => demoAgentStates(centreDay(), { seed: 1.5 })).toThrow('seed 1.5');
  });
});
