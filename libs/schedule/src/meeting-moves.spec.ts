import { constructedRoster } from './constructed-roster.fixture';
import { evaluateSchedule } from './evaluate-schedule';
import { applyMeetingMove, placeMeetingsWhereCheapest, undoMeetingMove } from './meeting-moves';
import type { Roster } from './roster';
import { syntheticScenario } from './synthetic-scenario';

/** Every slot of every day's shift window, interval by interval. */
function everySlot(roster: Roster): { day: number; start: number }[] {
  return roster.context.catalogue.dayWindow.flatMap((window, day) =>
    window
      ? Array.from({ length: window.to - window.from }, (_, i) => ({ day, start: window.from + i }))
      : [],
  );
}

describe(placeMeetingsWhereCheapest.name, () => {
  const scenario = syntheticScenario({ agents: 8, answerGroups: 2, load: 0.85, teamSize: 4 });

  it('should leave every team where no other slot gains, never lose, and keep every rule', () => {
    const roster = constructedRoster(scenario);
    const before = roster.objective;
    placeMeetingsWhereCheapest(roster, { step: 1, rounds: 10 });
    expect(roster.objective).toBeGreaterThanOrEqual(before);
    // Local optimum: no single team's meeting moved anywhere gains any more.
    roster.meetings.forEach((_, m) => {
      for (const slot of everySlot(roster)) {
        const tried = applyMeetingMove(roster, m, slot);
        if (!tried) continue;
        undoMeetingMove(roster, tried.move);
        expect(tried.delta).toBeLessThanOrEqual(1e-9);
      }
    });
    expect(evaluateSchedule(scenario, roster.toSchedule()).brokenRules).toEqual([]);
  });

  it('should take a meeting at the edge of a shift when that costs least', () => {
    // The groups open at 08:00 and shifts may start at 07:30: an hour from the start of an
    // early shift costs half an hour of phone time, less than any hour inside opening hours.
    const roster = constructedRoster(scenario);
    placeMeetingsWhereCheapest(roster, { step: 1, rounds: 10 });
    const { catalogue } = roster.context;
    const atEdge = roster.meetings.some((slot, m) =>
      roster.plans.some((week, a) => {
        const shift = week[slot.day];
        if (!shift || roster.context.meetingOf[a]?.team !== m) return false;
        const type = catalogue.types[shift.type]!;
        return slot.start === type.start || slot.start + 4 === type.start + type.length;
      }),
    );
    expect(atEdge).toBe(true);
  });
});

describe(applyMeetingMove.name, () => {
  it('should be undone exactly, and refuse a slot no member can cover', () => {
    const scenario = syntheticScenario({ agents: 8, answerGroups: 2, load: 0.85, teamSize: 4 });
    const roster = constructedRoster(scenario);
    const plans = roster.plans.map((week) => [...week]);
    const meetings = roster.meetings.map((slot) => ({ ...slot }));
    const objective = roster.objective;
    let applied = 0;
    for (const slot of everySlot(roster)) {
      const tried = applyMeetingMove(roster, 0, slot);
      if (!tried) {
        expect(roster.meetings).toEqual(meetings);
        continue;
      }
      applied++;
      expect(roster.meetings[0]).toEqual(slot);
      // The independent check is slow: every tenth move.
      if (applied % 10 === 1)
        expect(evaluateSchedule(scenario, roster.toSchedule()).brokenRules).toEqual([]);
      undoMeetingMove(roster, tried.move);
      expect(roster.plans).toEqual(plans);
      expect(roster.meetings).toEqual(meetings);
      expect(roster.objective).toBeCloseTo(objective, 6);
    }
    expect(applied).toBeGreaterThan(20);
    // Sunday 03:00 lies before the earliest start: no shift can cover it.
    const sunday = roster.context.grid.dayStart[6]! + 12;
    expect(applyMeetingMove(roster, 0, { day: 6, start: sunday })).toBeNull();
    expect(roster.meetings).toEqual(meetings);
  });
});
