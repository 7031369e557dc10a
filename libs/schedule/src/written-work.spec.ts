import { formatLocalIso } from '@bemanna/calendar';
import fc from 'fast-check';
import { evaluateSchedule } from './evaluate-schedule';
import { generateSchedule } from './generate-schedule';
import { buildPlanningContext } from './planning-context';
import { solveStaffingLp } from './staffing-lp';
import { syntheticScenario } from './synthetic-scenario';
import { traditionalSchedule } from './traditional-schedule';
import type { Scenario, WrittenQueue } from './types';
import { validateScenario } from './validate-scenario';
import { placeWrittenWork, writtenQueueReport } from './written-work';

const DATES = ['m', 't', 'w', 'th', 'f', 'sa', 'su'];

const inbox = (overrides: Partial<WrittenQueue> = {}): WrittenQueue => ({
  id: 'mail',
  name: 'E-post',
  handleMinutes: 6,
  cases: [10, 10, 10, 10, 10, 5, 5],
  answerWithinWorkingDays: 1,
  ...overrides,
});

describe('writtenQueueReport', () => {
  it('works a steady week by hand: each day answers the working day before', () => {
    // Due: Monday last Friday's 10, Tuesday Monday's 10 and the weekend's 10, then each
    // working day the one before; Friday's cases are due next Monday.
    const report = writtenQueueReport(inbox(), DATES, [60, 120, 60, 60, 60, 0, 0]);
    expect(report.days.map((d) => d.casesDue)).toEqual([10, 20, 10, 10, 10, 0, 0]);
    expect(report.days.map((d) => d.requiredMinutes)).toEqual([60, 120, 60, 60, 60, 0, 0]);
    expect(report.casesDue).toBe(60);
    expect(report.answeredInTime).toBeCloseTo(60, 9);
    expect(report.shareInTime).toBeCloseTo(1, 9);
    // Open at each day's end: Friday's 10 wait for Monday, with the weekend's.
    expect(report.days.map((d) => d.backlog)).toEqual([20, 10, 10, 10, 10, 15, 20]);
    expect(report.days.map((d) => d.working)).toEqual([true, true, true, true, true, false, false]);
  });

  it('answers oldest first, so an hour short on Tuesday makes the rest of the week late', () => {
    const report = writtenQueueReport(inbox(), DATES, [60, 60, 60, 60, 60, 0, 0]);
    // Tuesday answers Monday's 10 in time and the weekend's not; from then on every day
    // answers the cases due the day before.
    expect(report.days.map((d) => d.answeredInTime)).toEqual([10, 10, 0, 0, 0, 0, 0]);
    expect(report.shareInTime).toBeCloseTo(20 / 60, 9);
  });

  it('counts same-day answers when the deadline is the working day itself', () => {
    const report = writtenQueueReport(
      inbox({ answerWithinWorkingDays: 0, cases: [4, 4, 4, 4, 4, 0, 0] }),
      DATES,
      [24, 24, 24, 24, 12, 0, 0],
    );
    expect(report.days.map((d) => d.casesDue)).toEqual([4, 4, 4, 4, 4, 0, 0]);
    expect(report.answeredInTime).toBeCloseTo(18, 9);
  });

  it('never answers more in time than is due, and more work never answers fewer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 7, maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 120 }),
        (cases, minutes, day, extra) => {
          const queue = inbox({ cases });
          const before = writtenQueueReport(queue, DATES, minutes);
          const more = [...minutes];
          more[day]! += extra;
          const after = writtenQueueReport(queue, DATES, more);
          expect(before.answeredInTime).toBeLessThanOrEqual(before.casesDue + 1e-9);
          expect(after.answeredInTime).toBeGreaterThanOrEqual(before.answeredInTime - 1e-9);
          // Steady state: what is due over the week is what arrives in it.
          expect(before.casesDue).toBeCloseTo(
            cases.reduce((a, b) => a + b, 0),
            9,
          );
        },
      ),
    );
  });
});

/** Forty agents, two groups; a third of them may also answer e-mail. */
function scenarioWithInbox(cases: number[], load = 0.8): Scenario {
  const scenario = syntheticScenario({ agents: 40, answerGroups: 2, load, seed: 3 });
  scenario.writtenQueues = [inbox({ cases, handleMinutes: 8 })];
  scenario.agents.forEach((agent, a) => {
    if (a % 3 === 0) agent.skills.push('mail');
  });
  return scenario;
}

const cases = [30, 25, 25, 20, 20, 6, 4];

describe('placeWrittenWork', () => {
  it('answers every case in time, as backoffice of skilled agents, keeping every rule', () => {
    const scenario = scenarioWithInbox(cases);
    const { grid, table } = buildPlanningContext(scenario);
    const before = traditionalSchedule({ ...scenario, writtenQueues: [] });
    const placed = placeWrittenWork(scenario, before, { grid, table });
    const report = evaluateSchedule(scenario, placed);
    // The traditional week misses some part-timers' contracts; placing adds no broken rule.
    expect(report.brokenRules).toEqual(evaluateSchedule(scenario, before).brokenRules);
    const mail = report.writtenQueues[0]!;
    expect(mail.shareInTime).toBeCloseTo(1, 9);
    expect(mail.casesDue).toBe(130);
    // Whole 30-minute blocks, no more than the cases due take, rounded up per day.
    expect(mail.scheduledMinutes % 30).toBe(0);
    expect(mail.scheduledMinutes).toBeGreaterThanOrEqual(mail.requiredMinutes);
    expect(mail.scheduledMinutes).toBeLessThanOrEqual(mail.requiredMinutes + 5 * 30);
    const skilled = new Set(
      scenario.agents.filter((a) => a.skills.includes('mail')).map((a) => a.id),
    );
    for (const shift of placed.shifts) {
      const backoffice = shift.activities.filter((a) => a.writtenQueue === 'mail');
      if (backoffice.length > 0) expect(skilled.has(shift.agentId)).toBe(true);
    }
    // Paid time is unchanged: only phone became backoffice.
    expect(report.agents.map((a) => a.paidMinutes)).toEqual(
      evaluateSchedule(scenario, before).agents.map((a) => a.paidMinutes),
    );
  });

  it('costs fewer calls in time than the same blocks placed first thing each morning', () => {
    const scenario = scenarioWithInbox(cases, 0.9);
    const { grid, table } = buildPlanningContext(scenario);
    const before = traditionalSchedule({ ...scenario, writtenQueues: [] });
    const placed = evaluateSchedule(scenario, placeWrittenWork(scenario, before, { grid, table }));
    // The naive inbox hour: the skilled agents' first 30 minutes each working day, as many as
    // the greedy used.
    const naive = structuredClone(before);
    let left = placed.writtenQueues[0]!.scheduledMinutes;
    for (const shift of naive.shifts) {
      const agent = scenario.agents.find((a) => a.id === shift.agentId)!;
      const first = shift.activities[0]!;
      const endMs = Date.parse(first.start) + 30 * 60_000;
      if (left <= 0 || !agent.skills.includes('mail') || first.type !== 'phone') continue;
      if (Date.parse(first.end) <= endMs) continue;
      const end = formatLocalIso(endMs, scenario.timezone);
      shift.activities.splice(
        0,
        1,
        { type: 'backoffice', start: first.start, end, writtenQueue: 'mail' },
        {
          ...first,
          start: end,
        },
      );
      left -= 30;
    }
    expect(left).toBeLessThanOrEqual(0);
    const naiveReport = evaluateSchedule(scenario, naive);
    expect(naiveReport.brokenRules).toEqual(evaluateSchedule(scenario, before).brokenRules);
    expect(placed.week.serviceLevel).toBeGreaterThan(naiveReport.week.serviceLevel);
  });

  it('adds nothing placed again, and tops up what a lost shift took', () => {
    const scenario = scenarioWithInbox(cases);
    const placed = traditionalSchedule(scenario);
    expect(placeWrittenWork(scenario, placed)).toBe(placed);
    // Tuesday's shifts with e-mail gone (sick leave): Monday's cases are late until placing
    // again moves the work to other agents' phone time.
    const tuesday = placed.shifts.filter(
      (shift) =>
        shift.start.startsWith('2025-03-25') && shift.activities.some((a) => a.writtenQueue),
    );
    expect(tuesday.length).toBeGreaterThan(0);
    const sick = { shifts: placed.shifts.filter((shift) => !tuesday.includes(shift)) };
    expect(evaluateSchedule(scenario, sick).writtenQueues[0]!.shareInTime).toBeLessThan(1);
    const toppedUp = placeWrittenWork(scenario, sick);
    expect(evaluateSchedule(scenario, toppedUp).writtenQueues[0]!.shareInTime).toBeCloseTo(1, 9);
    // Only phone time changed: the shifts kept their other activities.
    expect(toppedUp.shifts.map((s) => [s.agentId, s.start, s.end])).toEqual(
      sick.shifts.map((s) => [s.agentId, s.start, s.end]),
    );
  });

  it('leaves a schedule without written queues as it is', () => {
    const scenario = syntheticScenario({ agents: 10, answerGroups: 1, load: 0.8 });
    const { grid, table } = buildPlanningContext(scenario);
    const schedule = traditionalSchedule(scenario);
    expect(placeWrittenWork(scenario, schedule, { grid, table })).toBe(schedule);
  });
});

describe('written queues in evaluate and generate', () => {
  it('names backoffice for a queue the agent is not skilled in', () => {
    const scenario = scenarioWithInbox([10, 10, 10, 10, 10, 0, 0]);
    const { grid, table } = buildPlanningContext(scenario);
    const placed = placeWrittenWork(scenario, traditionalSchedule(scenario), { grid, table });
    const shift = placed.shifts.find((s) => s.activities.some((a) => a.writtenQueue))!;
    const unskilled = {
      ...scenario,
      agents: scenario.agents.map((a) =>
        a.id === shift.agentId ? { ...a, skills: a.skills.filter((s) => s !== 'mail') } : a,
      ),
    };
    const baseline = new Set(
      evaluateSchedule(scenario, placed).brokenRules.map((rule) => rule.message),
    );
    const broken = evaluateSchedule(unskilled, placed).brokenRules.filter(
      (rule) => !baseline.has(rule.message),
    );
    expect(broken.length).toBeGreaterThan(0);
    for (const rule of broken) {
      expect(rule).toMatchObject({
        rule: 'skills',
        agentId: shift.agentId,
        message: 'backoffice for written queue "mail", which the agent is not skilled in',
      });
    }
  });

  it('generates a week that answers the cases in time and keeps every rule', async () => {
    const scenario = scenarioWithInbox(cases);
    const result = await generateSchedule(scenario, { timeLimitMs: 4000, seed: 1 });
    expect(result.report.brokenRules).toEqual([]);
    expect(result.report.writtenQueues[0]!.shareInTime).toBeCloseTo(1, 9);
    expect(result.bound).not.toBeNull();
    expect(result.report.week.serviceLevel).toBeLessThanOrEqual(result.bound! + 1e-9);
    // The LP reserves the cases' time: its bound is lower than the same week's without them.
    const lpBound = async (queues: WrittenQueue[]) =>
      (
        await solveStaffingLp(buildPlanningContext({ ...scenario, writtenQueues: queues }), {
          timeLimitSeconds: 10,
          mipSeconds: 0,
        })
      ).boundServiceLevel!;
    expect(await lpBound(scenario.writtenQueues!)).toBeLessThan((await lpBound([])) - 1e-3);
  }, 30_000);

  it('validates written queues and skills naming them', () => {
    const scenario = scenarioWithInbox(cases);
    const bad = structuredClone(scenario) as unknown as Record<string, unknown>;
    (bad.writtenQueues as Record<string, unknown>[])[0] = {
      id: scenario.answerGroups[0]!.id,
      name: 'E-post',
      handleMinutes: 0,
      cases: [1, 2, 3],
      workingDays: [0, 1],
      answerWithinWorkingDays: 2,
    };
    const result = validateScenario(bad);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.writtenQueues[0].id',
        '$.writtenQueues[0].handleMinutes',
        '$.writtenQueues[0].cases',
        '$.writtenQueues[0].answerWithinWorkingDays',
        // An agent skilled in "mail", which no longer exists.
        '$.agents[0].skills[1]',
      ]),
    );
    expect(validateScenario(scenario).ok).toBe(true);
  });
});
