import { BO_MONDAY } from './adherence.fixture';
import { dayTimeline, dayWindow, scheduledColour, stateColour } from './day-timeline';
import type { AgentDayDetail } from './types';

/** Bo's window is 07:00 to 18:00: 660 minutes, each 100/660 percent wide. */
const percentOf = (minutesAfterSeven: number) => (minutesAfterSeven / 660) * 100;

const nothing: AgentDayDetail = {
  ...BO_MONDAY,
  activities: [],
  states: [],
  exceptions: [],
  coveredUntil: null,
};

describe(dayWindow.name, () => {
  it('should frame the shift and the time logged in with an hour either side', () => {
    // Scheduled 08:00 to 17:00, logged in 09:20 to 16:00.
    expect(dayWindow(BO_MONDAY)).toEqual({ fromMinutes: 7 * 60, toMinutes: 18 * 60 });
  });

  it('should widen to time logged in outside the shift, and ignore time logged out', () => {
    const detail: AgentDayDetail = {
      ...BO_MONDAY,
      states: [
        {
          state: 'logged_out',
          reason: null,
          start: '2026-11-23T00:00:00+01:00',
          end: '2026-11-23T06:10:00+01:00',
        },
        {
          state: 'ready',
          reason: null,
          start: '2026-11-23T06:10:00+01:00',
          end: '2026-11-23T17:30:00+01:00',
        },
      ],
    };
    expect(dayWindow(detail)).toEqual({ fromMinutes: 5 * 60, toMinutes: 19 * 60 });
  });

  it('should show the working day when there was neither a shift nor a login', () => {
    expect(dayWindow(nothing)).toEqual({ fromMinutes: 7 * 60, toMinutes: 18 * 60 });
  });
});

describe(dayTimeline.name, () => {
  const timeline = dayTimeline(BO_MONDAY);

  it('should place the activities and the states by their times in percent of the window', () => {
    expect(timeline.scheduled.map(({ item, left, width }) => [item.type, left, width])).toEqual([
      ['phone', percentOf(60), percentOf(240)],
      ['lunch', percentOf(300), percentOf(45)],
      ['phone', percentOf(345), percentOf(255)],
    ]);
    expect(timeline.actual.map(({ left, width }) => [left, width])).toEqual([
      [percentOf(140), percentOf(160)],
      [percentOf(300), percentOf(45)],
      [percentOf(345), percentOf(75)],
      [percentOf(420), percentOf(40)],
      [percentOf(460), percentOf(80)],
    ]);
    expect(timeline.exceptions.map(({ left, width }) => [left, width])).toEqual([
      [percentOf(60), percentOf(80)],
      [percentOf(420), percentOf(40)],
    ]);
  });

  it('should tick every hour and mark the time after the imported states', () => {
    expect(timeline.ticks.map((tick) => tick.label)).toEqual([
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
    ]);
    expect(timeline.ticks[1]?.left).toBe(percentOf(60));
    // Imported up to 16:00, nine hours into the window.
    expect(timeline.notImportedFrom).toBe(percentOf(540));
  });

  it('should mark all of a day not imported, and nothing of one imported past it', () => {
    expect(dayTimeline(nothing).notImportedFrom).toBe(0);
    expect(
      dayTimeline({ ...BO_MONDAY, coveredUntil: '2026-11-24T06:00:00+01:00' }).notImportedFrom,
    ).toBeNull();
  });
});

describe('lane colours', () => {
  it('should draw a state in the colour of the activity it keeps to', () => {
    expect(stateColour('talking', null)).toBe(scheduledColour('phone'));
    expect(stateColour('not_ready', 'lunch')).toBe(scheduledColour('lunch'));
    expect(stateColour('not_ready', null)).toBe(scheduledColour('backoffice'));
    // A reason the schedule has no activity for is plain not ready.
    expect(stateColour('not_ready', 'coaching')).toBe(stateColour('not_ready', null));
    expect(scheduledColour('lunch')).toBe('#f2994a');
  });
});
