import { describe, expect, it } from '@jest/globals';
import { lengthCombinations } from './construct';
import { constructedRoster } from './constructed-roster.fixture';
import { loadSolver } from './mip-model';
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
    const meetingDay = (a: number) => {
      const meeting = context.meetingOf[a];
      return meeting ? roster.meetings[meeting.team]!.day : -1;
    };
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
  });
});
