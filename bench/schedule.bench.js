// Schedule generation on the demo centre's busiest week and on tight synthetic weeks: prints
// generation time, the weekly call-weighted service level reached, the LP upper bound, the gap
// and the traditional schedule (everyone 08:00-16:30, lunch at 12:00) for comparison.
const {
  evaluateSchedule,
  generateSchedule,
  syntheticScenario,
  traditionalSchedule,
  WORKING_HOURS_ACT,
} = require('@bemanna/schedule');
const { addLocalDays, intervalsOfLocalDay } = require('@bemanna/calendar');
const demo = require('@bemanna/demo');

const TIME_ZONE = 'Europe/Stockholm';

/** Mondays from the first after `from` up to `to`. */
function mondays(from, to) {
  const result = [];
  let date = from;
  while (new Date(`${date}T00:00:00Z`).getUTCDay() !== 1) date = addLocalDays(date, 1);
  for (; date <= to; date = addLocalDays(date, 7)) result.push(date);
  return result;
}

/**
 * The demo centre's busiest week (most expected calls over all groups) as a scenario: its
 * groups, opening hours and expected calls per 15 minutes, the agents employed that Monday in
 * their teams, a 60-minute meeting per team, and common Swedish municipal rules.
 */
function demoBusiestWeekScenario() {
  const centre = demo.demoCentre();
  const weeks = mondays(demo.DEMO_HISTORY_FROM, addLocalDays(demo.DEMO_HISTORY_TO, -6));
  const weekCalls = (weekStart) => {
    let total = 0;
    for (let day = 0; day < 7; day++) {
      for (const start of intervalsOfLocalDay(addLocalDays(weekStart, day), 60, TIME_ZONE)) {
        for (const group of centre.answerGroups) total += demo.demoExpectedCalls(group.id, start);
      }
    }
    return total;
  };
  let weekStart = weeks[0];
  let most = -1;
  for (const monday of weeks) {
    const calls = weekCalls(monday);
    if (calls > most) [most, weekStart] = [calls, monday];
  }
  const starts = [];
  for (let day = 0; day < 7; day++) {
    starts.push(...intervalsOfLocalDay(addLocalDays(weekStart, day), 15, TIME_ZONE));
  }
  const agents = demo.demoAgentsOn(weekStart);
  return {
    timezone: TIME_ZONE,
    weekStart,
    intervalMinutes: 15,
    serviceGoal: centre.answerGroups[0].serviceGoal,
    answerGroups: centre.answerGroups.map((group) => ({
      id: group.id,
      name: group.name,
      ahtSeconds: group.ahtSeconds,
      open: group.open,
      calls: starts.map((start) => Math.round(demo.demoExpectedCalls(group.id, start) * 100) / 100),
    })),
    agents: agents.map((agent) => ({
      id: agent.id,
      name: agent.name,
      contractMinutesPerWeek: agent.contractMinutesPerWeek,
      skills: agent.skills,
      teamId: agent.teamId,
    })),
    rules: {
      shiftLengthsMinutes: [240, 300, 360, 420, 480, 510],
      startGranularityMinutes: 15,
      earliestStart: '07:00',
      latestEnd: '17:30',
      lunchMinutes: 30,
      lunchRequiredAboveMinutes: 360,
      breakMinutes: 15,
      ...WORKING_HOURS_ACT,
      // As the API's default rules: nobody pauses within an hour of starting or coming back.
      minWorkBetweenBreaksMinutes: 60,
      maxDaysPerWeek: 5,
      contractToleranceMinutes: 30,
    },
    meetings: [...new Set(agents.map((a) => a.teamId))].map((teamId) => ({
      teamId,
      durationMinutes: 60,
    })),
  };
}

/**
 * The demo centre's busiest week short of staff: `leaving` of its agents gone, spread over
 * the teams and skills (every agent at a fixed stride through the list), and their teams'
 * meetings kept. Tight staffing with the centre's own groups and skills, not synthetic ones.
 */
function demoShortOfStaff(leaving) {
  const scenario = demoBusiestWeekScenario();
  const n = scenario.agents.length;
  const agents = scenario.agents.filter((_, i) => (i * 7919) % n >= leaving);
  const teams = new Set(agents.map((agent) => agent.teamId));
  return {
    ...scenario,
    agents,
    meetings: scenario.meetings.filter((meeting) => teams.has(meeting.teamId)),
  };
}

/**
 * The demo centre's busiest week with an inbox of e-mail and web forms answered within a
 * working day by the general-questions agents (about half the centre), as the API gives a
 * queue to the agents of its answer groups: about 3 FTE of backoffice to find room for.
 */
function demoWithInbox() {
  const scenario = demoBusiestWeekScenario();
  return {
    ...scenario,
    agents: scenario.agents.map((agent) =>
      agent.skills.includes('allmanna-fragor')
        ? { ...agent, skills: [...agent.skills, 'epost'] }
        : agent,
    ),
    writtenQueues: [
      {
        id: 'epost',
        name: 'E-post och e-tjänster',
        handleMinutes: 7,
        cases: [220, 180, 170, 160, 150, 40, 30],
        answerWithinWorkingDays: 1,
      },
    ],
  };
}

const percent = (share) => (share === null ? 'n/a' : `${(share * 100).toFixed(2)}%`);

async function benchScenario(label, scenario, timeLimitMs) {
  const began = Date.now();
  const result = await generateSchedule(scenario, { timeLimitMs });
  const seconds = (Date.now() - began) / 1000;
  const traditional = evaluateSchedule(scenario, traditionalSchedule(scenario));
  console.log(
    `${label}: ${scenario.agents.length} agents, ${scenario.answerGroups.length} groups, week of ${scenario.weekStart}\n` +
      `  generated in ${seconds.toFixed(1)} s (LP ${result.stats.lpSeconds.toFixed(1)} s, ${result.stats.lpStatus}; ${result.stats.moves} moves)\n` +
      `  weekly service level ${percent(result.report.week.serviceLevel)}, upper bound ${percent(result.bound)}, gap ${percent(result.gap)}\n` +
      `  intervals below goal ${result.report.week.intervalsBelowGoal}, broken rules ${result.report.brokenRules.length}\n` +
      result.report.writtenQueues
        .map(
          (queue) =>
            `  written queue ${queue.writtenQueue}: ${percent(queue.shareInTime)} of ${queue.casesDue} cases in time, ${queue.scheduledMinutes} of ${queue.requiredMinutes} minutes needed\n`,
        )
        .join('') +
      `  traditional 08:00-16:30: service level ${percent(traditional.week.serviceLevel)}, intervals below goal ${traditional.week.intervalsBelowGoal}`,
  );
}

async function run() {
  const filter = process.env.SCHEDULE_BENCH ?? '';
  if ('demo'.includes(filter) || filter === '') {
    await benchScenario('demo busiest week', demoBusiestWeekScenario(), 45_000);
  }
  if (filter === '' || 'written'.includes(filter)) {
    await benchScenario('demo busiest week with an inbox', demoWithInbox(), 45_000);
  }
  if (filter === '' || 'tight'.includes(filter)) {
    // The demo centre with a tenth and a fifth of its agents gone.
    await benchScenario('demo busiest week, 9 agents short', demoShortOfStaff(9), 45_000);
    await benchScenario('demo busiest week, 18 agents short', demoShortOfStaff(18), 45_000);
    await benchScenario(
      'tight synthetic',
      syntheticScenario({ agents: 40, answerGroups: 3, load: 0.85, teamSize: 10 }),
      45_000,
    );
    // The same load at the demo centre's size: more agents per group soften the Erlang cliff.
    await benchScenario(
      'tight synthetic, demo size',
      syntheticScenario({ agents: 90, answerGroups: 5, load: 0.85, teamSize: 10 }),
      45_000,
    );
    await benchScenario(
      'comfortable synthetic',
      syntheticScenario({ agents: 40, answerGroups: 3, load: 0.7 }),
      45_000,
    );
  }
}

module.exports = { run, demoBusiestWeekScenario };
