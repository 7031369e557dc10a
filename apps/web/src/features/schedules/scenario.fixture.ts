import { type Agent, type Scenario, WORKING_HOURS_ACT } from '@bemanna/schedule';

/**
 * A week of one answer group (Bygglov) from Monday 2026-11-23 for the page's specs, with the
 * given agents; calls and opening hours are left empty since the specs read only names,
 * times and rules.
 */
export function bygglovScenario(agents: Agent[]): Scenario {
  return {
    timezone: 'Europe/Stockholm',
    weekStart: '2026-11-23',
    intervalMinutes: 15,
    serviceGoal: { serviceLevel: 0.8, targetSeconds: 60 },
    answerGroups: [
      {
        id: 'bygglov',
        name: 'Bygglov',
        ahtSeconds: 300,
        open: [null, null, null, null, null, null, null],
        calls: [],
      },
    ],
    agents,
    rules: {
      shiftLengthsMinutes: [510],
      startGranularityMinutes: 15,
      earliestStart: '07:00',
      latestEnd: '18:00',
      lunchMinutes: 30,
      lunchRequiredAboveMinutes: 360,
      breakMinutes: 15,
      ...WORKING_HOURS_ACT,
      maxDaysPerWeek: 5,
      contractToleranceMinutes: 30,
    },
  };
}
