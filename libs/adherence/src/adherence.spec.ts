import fc from 'fast-check';
import {
  adherenceRatios,
  computeAdherence,
  extentOf,
  type ScheduledShift,
  sumTotals,
} from './adherence';
import type { ActivityType, AgentState, AgentStateEvent } from './agent-states';

const TZ = 'Europe/Stockholm';
const at = (date: string, time: string) => `${date}T${time}:00+01:00`;
const ms = (date: string, time: string) => Date.parse(at(date, time));
const DAY = '2026-01-05';

function shift(agentId: string, date: string, parts: [ActivityType, string][], end: string) {
  return {
    agentId,
    start: at(date, parts[0]![1]),
    end: at(date, end),
    activities: parts.map(([type, from], index) => ({
      type,
      start: at(date, from),
      end: at(date, parts[index + 1]?.[1] ?? end),
      ...(type === 'phone' ? { answerGroup: 'g' } : {}),
    })),
  } satisfies ScheduledShift;
}

function states(
  agentId: string,
  date: string,
  parts: [AgentState, string, string | null][],
  end: string,
): AgentStateEvent[] {
  return parts.map(([state, from, reason], index) => ({
    agentId,
    state,
    reason,
    startMs: ms(date, from),
    endMs: ms(date, parts[index + 1]?.[1] ?? end),
  }));
}

const WHOLE_DAY = { startMs: ms(DAY, '00:00'), endMs: ms('2026-01-06', '00:00') };
const SHIFT = shift(
  'a01',
  DAY,
  [
    ['phone', '08:00'],
    ['break', '10:00'],
    ['phone', '10:15'],
    ['lunch', '12:00'],
    ['phone', '12:30'],
    ['meeting', '14:00'],
    ['backoffice', '15:00'],
  ],
  '16:30',
);
const DAY_OF_STATES = [
  ...states(
    'a01',
    DAY,
    [
      ['ready', '08:07', null],
      ['talking', '09:00', null],
      ['not_ready', '10:00', 'break'],
      ['ready', '10:20', null],
      ['logged_out', '12:00', null],
      ['wrap_up', '12:40', null],
      ['not_ready', '14:00', 'meeting'],
      ['talking', '15:00', null],
      ['not_ready', '15:03', null],
      ['ready', '16:30', null],
    ],
    '16:45',
  ),
];

describe('computeAdherence', () => {
  it('counts a day minute by minute: late in, a long break, a long lunch, a call in back-office time', () => {
    const result = computeAdherence({
      shifts: [SHIFT],
      states: DAY_OF_STATES,
      covered: [WHOLE_DAY],
      timeZone: TZ,
    });
    expect(result.agentDays).toHaveLength(1);
    const [day] = result.agentDays;
    expect(day).toMatchObject({
      agentId: 'a01',
      date: DAY,
      scheduledMinutes: 510,
      // Out: 7 late, 5 over the break, 10 over lunch, 3 on a call in back-office time.
      adherentMinutes: 485,
      phoneScheduledMinutes: 315,
      phoneAdherentMinutes: 293,
      paidScheduledMinutes: 480,
      // 510 less 7 + 40 logged out, and 15 after the shift.
      workedMinutes: 478,
      unscheduledWorkMinutes: 15,
    });
    expect(adherenceRatios(day!)).toEqual({
      adherence: 485 / 510,
      phoneAdherence: 293 / 315,
      conformance: 478 / 480,
    });
    // The 3-minute call is counted but, under 5 minutes, not listed.
    expect(day!.exceptions).toEqual([
      {
        startMs: ms(DAY, '08:00'),
        endMs: ms(DAY, '08:07'),
        activity: 'phone',
        state: 'logged_out',
        reason: null,
      },
      {
        startMs: ms(DAY, '10:15'),
        endMs: ms(DAY, '10:20'),
        activity: 'phone',
        state: 'not_ready',
        reason: 'break',
      },
      {
        startMs: ms(DAY, '12:30'),
        endMs: ms(DAY, '12:40'),
        activity: 'phone',
        state: 'logged_out',
        reason: null,
      },
      {
        startMs: ms(DAY, '16:30'),
        endMs: ms(DAY, '16:45'),
        activity: null,
        state: 'ready',
        reason: null,
      },
    ]);
    const first = result.intervals[0];
    expect(first).toEqual({ startMs: ms(DAY, '08:00'), scheduledAgents: 1, phoneAgents: 8 / 15 });
    // The group's own count: scheduled phone time for it only, not the call after the shift.
    expect(result.groupIntervals[0]).toEqual({
      answerGroupId: 'g',
      startMs: ms(DAY, '08:00'),
      scheduledAgents: 1,
      phoneAgents: 8 / 15,
    });
    expect(result.groupIntervals.map((interval) => interval.startMs)).not.toContain(
      ms(DAY, '16:30'),
    );
    const last = result.intervals[result.intervals.length - 1];
    expect(last).toEqual({ startMs: ms(DAY, '16:30'), scheduledAgents: 0, phoneAgents: 1 });
  });

  it('counts only the covered part of a shift, and a no-show as out of adherence there', () => {
    const morning = { startMs: ms(DAY, '00:00'), endMs: ms(DAY, '12:00') };
    const result = computeAdherence({
      shifts: [SHIFT, { ...SHIFT, agentId: 'a02' }],
      states: DAY_OF_STATES,
      covered: [morning],
      timeZone: TZ,
    });
    const [a01, a02] = result.agentDays;
    expect(a01).toMatchObject({
      scheduledMinutes: 240,
      adherentMinutes: 228,
      unscheduledWorkMinutes: 0,
    });
    // Logged out all morning: only the break keeps to the schedule.
    expect(a02).toMatchObject({
      agentId: 'a02',
      scheduledMinutes: 240,
      adherentMinutes: 15,
      workedMinutes: 15,
    });
    expect(a02!.exceptions.map((e) => [e.activity, e.endMs - e.startMs])).toEqual([
      ['phone', 120 * 60_000],
      ['phone', 105 * 60_000],
    ]);
    // A correction of a02's afternoon covers a02 alone.
    const corrected = computeAdherence({
      shifts: [SHIFT, { ...SHIFT, agentId: 'a02' }],
      states: DAY_OF_STATES,
      covered: [morning],
      coveredForAgent: new Map([['a02', [{ startMs: ms(DAY, '12:00'), endMs: ms(DAY, '16:30') }]]]),
      timeZone: TZ,
    });
    expect(corrected.agentDays.map((day) => [day.agentId, day.scheduledMinutes])).toEqual([
      ['a01', 240],
      ['a02', 510],
    ]);
    expect(computeAdherence({ shifts: [SHIFT], states: [], covered: [], timeZone: TZ })).toEqual({
      agentDays: [],
      intervals: [],
      groupIntervals: [],
    });
  });

  it('gives a night shift to the day it starts on, over the spring clock change', () => {
    const night = {
      agentId: 'a01',
      start: '2026-03-28T22:00:00+01:00',
      end: '2026-03-29T06:00:00+02:00',
      activities: [
        {
          type: 'phone' as const,
          start: '2026-03-28T22:00:00+01:00',
          end: '2026-03-29T06:00:00+02:00',
        },
      ],
    };
    const result = computeAdherence({
      shifts: [night],
      states: [],
      covered: [
        {
          startMs: Date.parse('2026-03-28T00:00:00+01:00'),
          endMs: Date.parse('2026-03-30T00:00:00+02:00'),
        },
      ],
      timeZone: TZ,
    });
    // 22:00 to 06:00 on the night clocks go forward is 7 hours.
    expect(result.agentDays).toMatchObject([
      { date: '2026-03-28', scheduledMinutes: 420, adherentMinutes: 0 },
    ]);
  });

  it('keeps its totals consistent for any shift and any states (property)', () => {
    const TYPES: ActivityType[] = ['phone', 'break', 'lunch', 'meeting', 'training', 'backoffice'];
    const STATES: AgentState[] = ['ready', 'talking', 'wrap_up', 'not_ready', 'logged_out'];
    const pieces = <T>(values: readonly T[]) =>
      fc.array(fc.tuple(fc.constantFrom(...values), fc.integer({ min: 1, max: 90 })), {
        minLength: 1,
        maxLength: 10,
      });
    fc.assert(
      fc.property(
        pieces(TYPES),
        pieces(STATES),
        fc.integer({ min: -120, max: 120 }),
        fc.boolean(),
        (activities, drawnStates, offset, mirror) => {
          let clock = ms(DAY, '07:00');
          const shiftActivities = activities.map(([type, minutes]) => {
            const start = clock;
            clock += minutes * 60_000;
            return {
              type,
              start: new Date(start).toISOString(),
              end: new Date(clock).toISOString(),
            };
          });
          const scheduled: ScheduledShift = {
            agentId: 'a',
            start: shiftActivities[0]!.start,
            end: shiftActivities[shiftActivities.length - 1]!.end,
            activities: shiftActivities,
          };
          // Either the states the schedule asks for, or random ones shifted in time.
          let stateClock = ms(DAY, '07:00') + offset * 60_000;
          const events: AgentStateEvent[] = mirror
            ? shiftActivities.map((activity) => ({
                agentId: 'a',
                state: activity.type === 'phone' ? 'talking' : 'not_ready',
                reason:
                  activity.type === 'phone' || activity.type === 'backoffice'
                    ? null
                    : activity.type,
                startMs: Date.parse(activity.start),
                endMs: Date.parse(activity.end),
              }))
            : drawnStates.map(([state, minutes]) => {
                const startMs = stateClock;
                stateClock += minutes * 60_000;
                return { agentId: 'a', state, reason: null, startMs, endMs: stateClock };
              });
          const result = computeAdherence({
            shifts: [scheduled],
            states: events,
            covered: [WHOLE_DAY],
            timeZone: TZ,
          });
          const totals = sumTotals(result.agentDays);
          const shiftMinutes = (Date.parse(scheduled.end) - Date.parse(scheduled.start)) / 60_000;
          expect(totals.scheduledMinutes).toBeCloseTo(shiftMinutes, 9);
          expect(totals.adherentMinutes).toBeLessThanOrEqual(totals.scheduledMinutes + 1e-9);
          expect(totals.phoneAdherentMinutes).toBeLessThanOrEqual(
            totals.phoneScheduledMinutes + 1e-9,
          );
          const intervalSum = (field: 'scheduledAgents' | 'phoneAgents') =>
            result.intervals.reduce((sum, interval) => sum + interval[field] * 15, 0);
          expect(intervalSum('scheduledAgents')).toBeCloseTo(totals.phoneScheduledMinutes, 6);
          expect(intervalSum('phoneAgents')).toBeGreaterThanOrEqual(
            totals.phoneAdherentMinutes - 1e-6,
          );
          if (mirror) {
            expect(adherenceRatios(totals).adherence).toBe(1);
            expect(result.agentDays.flatMap((day) => day.exceptions)).toEqual([]);
          }
        },
      ),
    );
  });
});

describe('extentOf', () => {
  it("spans a month's file of more spans than a call takes arguments", () => {
    const spans = Array.from({ length: 400_000 }, (_, index) => ({
      startMs: index,
      endMs: index + 2,
    }));
    expect(extentOf(spans)).toEqual({ startMs: 0, endMs: 400_001 });
    expect(extentOf([])).toBeUndefined();
  });
});
