import {
  addShiftEdit,
  daysOff,
  lengthsFrom,
  shiftOn,
  shiftStarts,
  timesIn,
  worksOn,
} from './agent-day';
import type { Schedule, Shift } from './types';

const RULES = {
  earliestStart: '07:30',
  latestEnd: '18:00',
  shiftLengthsMinutes: [510, 360, 480],
  startGranularityMinutes: 15,
};

function shift(agentId: string, start: string, end: string): Shift {
  return { agentId, start, end, activities: [{ type: 'backoffice', start, end }] };
}

const schedule: Schedule = {
  shifts: [
    shift('a-1', '2026-11-23T08:00:00+01:00', '2026-11-23T16:30:00+01:00'),
    shift('a-2', '2026-11-24T09:00:00+01:00', '2026-11-24T15:00:00+01:00'),
  ],
};

describe('an agent on a day', () => {
  it('should find the shift the agent starts on the date, and none on a day off', () => {
    expect(shiftOn(schedule, { agentId: 'a-2', date: '2026-11-24' })).toBe(schedule.shifts[1]);
    expect(shiftOn(schedule, { agentId: 'a-2', date: '2026-11-23' })).toBeUndefined();
    const works = worksOn(schedule);
    expect(works({ agentId: 'a-1', date: '2026-11-23' })).toBe(true);
    expect(works({ agentId: 'a-1', date: '2026-11-24' })).toBe(false);
  });

  it('should list the days off agent by agent in the order given', () => {
    const agents = [
      { id: 'a-2', name: 'Bo Berg', contractMinutesPerWeek: 2400, skills: [] },
      { id: 'a-1', name: 'Anna Andersson', contractMinutesPerWeek: 2400, skills: [] },
    ];
    expect(daysOff(schedule, agents, ['2026-11-23', '2026-11-24'])).toEqual([
      { agentId: 'a-2', date: '2026-11-23' },
      { agentId: 'a-1', date: '2026-11-24' },
    ]);
  });
});

describe('timesIn', () => {
  it("should step through the shift's elapsed time, written with the offset in force", () => {
    expect(timesIn(schedule.shifts[1] as Shift, 60)).toEqual([
      '2026-11-24T09:00:00+01:00',
      '2026-11-24T10:00:00+01:00',
      '2026-11-24T11:00:00+01:00',
      '2026-11-24T12:00:00+01:00',
      '2026-11-24T13:00:00+01:00',
      '2026-11-24T14:00:00+01:00',
      '2026-11-24T15:00:00+01:00',
    ]);
    // Through the spring change a three-hour night shift has three hours, 02:00 missing.
    const night = shift('a-1', '2026-03-29T00:00:00+01:00', '2026-03-29T04:00:00+02:00');
    expect(timesIn(night, 60)).toEqual([
      '2026-03-29T00:00:00+01:00',
      '2026-03-29T01:00:00+01:00',
      '2026-03-29T03:00:00+02:00',
      '2026-03-29T04:00:00+02:00',
    ]);
  });
});

describe('a new shift', () => {
  it('should start on the granularity from the earliest start while the shortest still fits', () => {
    const starts = shiftStarts(RULES);
    expect(starts[0]).toBe(7 * 60 + 30);
    expect(starts[1]).toBe(7 * 60 + 45);
    expect(starts[starts.length - 1]).toBe(12 * 60);
  });

  it('should offer the lengths that end by the latest end, shortest first', () => {
    expect(lengthsFrom(RULES, '2026-11-23', 8 * 60)).toEqual([360, 480, 510]);
    expect(lengthsFrom(RULES, '2026-11-23', 10 * 60)).toEqual([360, 480]);
    expect(lengthsFrom(RULES, '2026-11-23', 12 * 60)).toEqual([360]);
  });

  it('should add a shift at the local start with the offset of the day, its length elapsed', () => {
    expect(addShiftEdit({ agentId: 'a-2', date: '2026-11-23' }, 8 * 60, 510, false)).toEqual({
      type: 'add',
      agentId: 'a-2',
      date: '2026-11-23',
      start: '2026-11-23T08:00:00+01:00',
      end: '2026-11-23T16:30:00+01:00',
    });
    // Summer time from 02:00 that night: 07:00 is +02:00, as is the end.
    expect(addShiftEdit({ agentId: 'a-2', date: '2026-03-29' }, 7 * 60, 480, false)).toMatchObject({
      start: '2026-03-29T07:00:00+02:00',
      end: '2026-03-29T15:00:00+02:00',
    });
    // A shift over the change itself keeps its length: three hours from 01:00 end at 05:00.
    expect(addShiftEdit({ agentId: 'a-2', date: '2026-03-29' }, 60, 180, false)).toMatchObject({
      start: '2026-03-29T01:00:00+01:00',
      end: '2026-03-29T05:00:00+02:00',
    });
  });

  it('should mark the shift as overtime only when asked', () => {
    const day = { agentId: 'a-2', date: '2026-11-23' };
    expect(addShiftEdit(day, 8 * 60, 510, true)).toMatchObject({ overtime: true });
    expect(addShiftEdit(day, 8 * 60, 510, false)).not.toHaveProperty('overtime');
  });
});
