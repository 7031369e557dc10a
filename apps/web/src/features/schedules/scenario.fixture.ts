import { type Agent, type Scenario, type Shift, syntheticScenario } from '@bemanna/schedule';

/**
 * A week of one answer group, Bygglov, from Monday 2026-11-23 for the page's specs, with the
 * given agents and the synthetic scenario's rules; the specs read names, times and rules.
 */
export function bygglovScenario(agents: Agent[]): Scenario {
  const week = syntheticScenario({
    agents: 0,
    answerGroups: 1,
    load: 0.5,
    weekStart: '2026-11-23',
  });
  return {
    ...week,
    serviceGoal: { serviceLevel: 0.8, targetSeconds: 60 },
    answerGroups: week.answerGroups.map((group) => ({
      ...group,
      id: 'bygglov',
      name: 'Bygglov',
      ahtSeconds: 300,
    })),
    agents,
  };
}

/** A shift on the phone for one group from start to end, as the specs' schedules have them. */
export function phoneShift(agentId: string, start: string, end: string, answerGroup = 'bygglov') {
  const shift: Shift = {
    agentId,
    start,
    end,
    activities: [{ type: 'phone', start, end, answerGroup }],
  };
  return shift;
}
