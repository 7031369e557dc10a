import { describe, expect, it } from '@jest/globals';
import {
  chooseMeetingSlots,
  constructRoster,
  initialDemand,
  lengthCombinations,
} from './construct';
import { constructedRoster } from './constructed-roster.fixture';
import { evaluateSchedule } from './evaluate-schedule';
import { loadSolver } from './mip-model';
import { Roster } from './roster';
import { syntheticScenario } from './synthetic-scenario';
import { assignWeekPatterns } from './week-patterns';

describe(assignWeekPatterns.name, () => {
  it("should give back any plan agents can work: each set's shifts per day and length, contracts and meetings kept", async () => {
    // A plan some rule-keeping week realises: the construction's own shifts. Two agents are
    // away on Wednesday, so free days matter too.
    const base = syntheticScenario({ agents: 24, answerGroups: 2, load: 0.8, teamSize: 8 });
    const wednesday = `${base.weekStart.slice(0, 8)}${String(Number(base.weekStart.slice(8)) + 2).padStart(2, '0')}`;
    const scenario = {
      ...base,
      agents: base.agents.map((agent, a) =>
        a < 2
          ? {
              ...agent,
              unavailable: [
                { start: `${wednesday}T00:00:00+01:00`, end: `${wednesday}T23:59:00+01:00` },
              ],
            }
          : agent,
      ),
    };
    const roster = constructedRoster(scenario);
    const { context } = roster;
    const { catalogue, skillSets } = context;
    const plan = skillSets.map(() => new Float64Array(catalogue.types.length));
    roster.plans.forEach((week, a) => {
      for (const shift of week) if (shift) plan[context.setOfAgent[a]!]![shift.type]! += 1;
    });
    const meetingDay = (a: number) => roster.meetingDayOf(a);
    const patterns = assignWeekPatterns(await loadSolver(), context, plan, meetingDay, 5);

    const lengths = scenario.rules.shiftLengthsMinutes.length;
    skillSets.forEach((set, k) => {
      for (let day = 0; day < 7; day++) {
        const planned = new Array(lengths).fill(0);
        catalogue.types.forEach((type, s) => {
          if (type.day === day) planned[type.lengthIndex]! += plan[k]![s]!;
        });
        const named = new Array(lengths).fill(0);
        for (const a of set.agents) {
          const l = patterns[a]![day]!;
          if (l >= 0) named[l]!++;
        }
        expect(named).toEqual(planned);
      }
    });
    scenario.agents.forEach((agent, a) => {
      const pattern = patterns[a]!;
      const counts = new Array(lengths).fill(0);
      for (const l of pattern) if (l >= 0) counts[l]!++;
      expect(lengthCombinations(context, agent.contractMinutesPerWeek)).toContainEqual(counts);
      if (meetingDay(a) >= 0) expect(pattern[meetingDay(a)]).toBeGreaterThanOrEqual(0);
      if (a < 2) expect(pattern[2]).toBe(-1);
    });

    // Construction follows the patterns; an agent whose pattern cannot be worked (agent 0
    // asked to work the Wednesday it is away) gets a rule-keeping week of its own instead.
    const named = new Roster(context);
    chooseMeetingSlots(named);
    expect(named.meetings).toEqual(roster.meetings);
    const asked = patterns.map((pattern) => [...pattern!]);
    asked[0]![2] = asked[0]!.find((l) => l >= 0)!;
    asked[0]![asked[0]!.findIndex((l, day) => l >= 0 && day !== 2)] = -1;
    constructRoster(named, initialDemand(context, plan), asked);
    named.plans.forEach((week, a) => {
      const lengthsWorked = week.map((shift) =>
        shift ? catalogue.types[shift.type]!.lengthIndex : -1,
      );
      if (a === 0) expect(lengthsWorked[2]).toBe(-1);
      else expect(lengthsWorked).toEqual(asked[a]);
    });
    expect(evaluateSchedule(scenario, named.toSchedule()).brokenRules).toEqual([]);
  });
});
