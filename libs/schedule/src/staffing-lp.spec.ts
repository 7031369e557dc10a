import { concaveHullSegments } from './concave-hull';
import { lengthCombinations } from './construct';
import { loadSolver, MipModel } from './mip-model';
import { buildPlanningContext, type PlanningContext } from './planning-context';
import { evaluateSchedule } from './evaluate-schedule';
import { generateSchedule } from './generate-schedule';
import { Roster } from './roster';
import { solveStaffingLp } from './staffing-lp';
import { syntheticScenario } from './synthetic-scenario';
import type { Scenario } from './types';
import { WORKING_HOURS_ACT } from './working-hours-act';

/**
 * Three agents of 240 minutes (one 4-hour shift each, one 15-minute break) and one group
 * open Monday 08:00-12:00 with 1.3 to 2.7 Erlangs: small enough to try every schedule, near
 * enough to the Erlang C cliff that the cliff MIP matters.
 */
function tinyCliffScenario(): Scenario {
  const calls = new Array(7 * 96).fill(0);
  const monday = [4, 5, 6, 7, 8, 8, 7, 6, 5, 4, 4, 5, 6, 7, 8, 6];
  monday.forEach((n, i) => {
    calls[32 + i] = n;
  });
  return {
    timezone: 'Europe/Stockholm',
    weekStart: '2025-05-05',
    intervalMinutes: 15,
    serviceGoal: { serviceLevel: 0.8, targetSeconds: 60 },
    answerGroups: [
      {
        id: 'g',
        name: 'G',
        ahtSeconds: 300,
        open: [['08:00', '12:00'], null, null, null, null, null, null],
        calls,
      },
    ],
    agents: ['a', 'b', 'c'].map((id) => ({
      id,
      name: id,
      contractMinutesPerWeek: 240,
      skills: ['g'],
    })),
    rules: {
      shiftLengthsMinutes: [240],
      startGranularityMinutes: 15,
      earliestStart: '07:00',
      latestEnd: '13:00',
      lunchMinutes: 30,
      lunchRequiredAboveMinutes: 360,
      breakMinutes: 15,
      ...WORKING_HOURS_ACT,
      maxDaysPerWeek: 5,
      contractToleranceMinutes: 0,
    },
  };
}

/**
 * Per agent, a column (0..1) per combination of lengths its contract allows, summing to 1:
 * the share of its week on that combination. `visit` adds each column to the caller's rows.
 */
function addWeekChoices(
  model: MipModel,
  context: PlanningContext,
  agents: number[],
  visit: (column: number, counts: number[]) => void,
): void {
  for (const a of agents) {
    const choice = new Map<number, number>();
    const minutes = context.scenario.agents[a]!.contractMinutesPerWeek;
    for (const counts of lengthCombinations(context, minutes)) {
      const v = model.addColumn(0, 1, 0);
      choice.set(v, 1);
      visit(v, counts);
    }
    model.addRow(choice, 1, 1);
  }
}

describe(concaveHullSegments.name, () => {
  it('should majorise an S-shaped curve with decreasing slopes', () => {
    // Zero until the queue is stable, then rising and flattening, like calls * SL(n).
    const values = [0, 0, 0, 6, 9, 10, 10.5];
    const segments = concaveHullSegments(values);
    expect(segments.map((s) => s.width).reduce((x, y) => x + y)).toBe(6);
    expect(segments[0]).toEqual({ width: 4, slope: 2.25 }); // the chord to (4, 9) passes above (3, 6)
    const slopes = segments.map((s) => s.slope);
    expect([...slopes].sort((x, y) => y - x)).toEqual(slopes);
    let n = 0;
    let hull = 0;
    for (const { width, slope } of segments) {
      for (let i = 1; i <= width; i++)
        expect(hull + i * slope).toBeGreaterThanOrEqual(values[n + i]! - 1e-12);
      hull += width * slope;
      n += width;
    }
  });
});

describe(solveStaffingLp.name, () => {
  jest.setTimeout(60_000);

  it('should tighten the bound with the cliff MIP in a tight week, never loosen it', async () => {
    const context = buildPlanningContext(
      syntheticScenario({ agents: 10, answerGroups: 2, load: 0.9 }),
    );
    const lp = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 0 });
    const tightened = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 5 });
    expect(lp.status).toBe('Optimal');
    expect(tightened.boundAnswered!).toBeLessThan(lp.boundAnswered!);
    expect(lp.boundServiceLevel!).toBeLessThanOrEqual(1);
  });

  it('should stay above the best schedule found by trying every one (tiny cliff week)', async () => {
    const scenario = tinyCliffScenario();
    const context = buildPlanningContext(scenario);
    const roster = new Roster(context, { intervalBelowGoal: 0, fairness: 0, preference: 0 });
    // Every shift an agent can work: Monday's starts with the break anywhere with work on
    // both sides, or a shift away from the open hours (Tuesday), which answers nothing.
    const options = context.catalogue.byDayAndLength[0]![0]!.flatMap((type) =>
      Array.from({ length: 14 }, (_, i) => ({
        day: 0,
        shift: {
          type,
          layout: { lunch: -1, breaks: [i + 1], meeting: -1, meetingLength: 0 },
        },
      })),
    );
    const away = context.catalogue.byDayAndLength[1]![0]![0]!;
    options.push({
      day: 1,
      shift: { type: away, layout: { lunch: -1, breaks: [8], meeting: -1, meetingLength: 0 } },
    });
    const place = (a: number, option: (typeof options)[number]) => {
      roster.replace(a, [
        { day: 0, shift: null },
        { day: 1, shift: null },
      ]);
      roster.replace(a, [option]);
    };
    // The agents are interchangeable: i <= j <= k covers every schedule.
    let best = -1;
    let bestChoice = [0, 0, 0];
    for (let i = 0; i < options.length; i++) {
      place(0, options[i]!);
      for (let j = i; j < options.length; j++) {
        place(1, options[j]!);
        for (let k = j; k < options.length; k++) {
          place(2, options[k]!);
          if (roster.serviceValue > best) [best, bestChoice] = [roster.serviceValue, [i, j, k]];
        }
      }
    }
    bestChoice.forEach((i, a) => {
      place(a, options[i]!);
    });
    const report = evaluateSchedule(scenario, roster.toSchedule());
    expect(report.brokenRules).toEqual([]);
    const bestLevel = best / context.table.totalCalls;
    expect(report.week.serviceLevel).toBeCloseTo(bestLevel, 9);

    const lp = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 0 });
    for (const cliffMip of ['week', 'days'] as const) {
      const mip = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 5, cliffMip });
      expect(mip.boundServiceLevel!).toBeLessThanOrEqual(lp.boundServiceLevel! + 1e-12);
      expect(mip.boundServiceLevel!).toBeGreaterThanOrEqual(bestLevel - 1e-9);
      expect(mip.boundServiceLevel!).toBeLessThan(lp.boundServiceLevel!);
    }
  });

  it('should bound a tight week day by day below the LP and above a generated schedule', async () => {
    const scenario = syntheticScenario({ agents: 10, answerGroups: 2, load: 0.9 });
    const context = buildPlanningContext(scenario);
    const lp = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 0 });
    const byDays = await solveStaffingLp(context, {
      timeLimitSeconds: 30,
      mipSeconds: 10,
      cliffMip: 'days',
    });
    const generated = await generateSchedule(scenario, { timeLimitMs: 3000 });
    expect(byDays.boundAnswered!).toBeLessThan(lp.boundAnswered! - 1);
    expect(byDays.boundServiceLevel!).toBeGreaterThanOrEqual(generated.report.week.serviceLevel);
  });

  it("should plan per skill set only shift lengths its agents' contracts can hold", async () => {
    // 40-hour agents (5 days, 30 minutes' tolerance) can work only 8.5-hour shifts and one
    // 8-hour one; a skill set's contract total alone let the plan give them 7-hour shifts.
    const scenario = syntheticScenario({ agents: 12, answerGroups: 1, load: 0.9 });
    const context = buildPlanningContext(scenario);
    const lp = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 0 });
    expect(lp.status).toBe('Optimal');
    const { rules } = scenario;
    const highs = await loadSolver();
    context.skillSets.forEach((set, k) => {
      // Is there a way to split the plan's shifts per length among the set's agents, each
      // agent's lengths one of its contract's combinations (fractions allowed)?
      const totals = rules.shiftLengthsMinutes.map(() => 0);
      context.catalogue.types.forEach((type, s) => {
        totals[type.lengthIndex]! += lp.shiftCounts[k]![s]!;
      });
      const model = new MipModel();
      const perLength = totals.map(() => new Map<number, number>());
      addWeekChoices(model, context, set.agents, (v, counts) => {
        counts.forEach((n, l) => {
          perLength[l]!.set(v, n);
        });
      });
      perLength.forEach((terms, l) => {
        model.addRow(terms, totals[l]! - 1e-6, totals[l]! + 1e-6);
      });
      expect(model.maximise(highs, { timeLimitSeconds: 5 })).not.toBeNull();
    });
  });

  it("should give a day no more shifts of a length than agents whose week's lengths hold it", async () => {
    // Each agent works one shift a day, and only lengths of the combination its week has: the
    // contracts alone let the tight week's plan put 6.2 long Monday shifts on a skill set whose
    // weeks, by the plan's own weekly counts, held at most 3.2 long shifts a day.
    const scenario = syntheticScenario({ agents: 40, answerGroups: 3, load: 0.85, teamSize: 10 });
    const context = buildPlanningContext(scenario);
    const lp = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 0 });
    const { rules } = scenario;
    const highs = await loadSolver();
    context.skillSets.forEach((set, k) => {
      // Fractions of each agent's week on each of its combinations that give the plan's weekly
      // counts per length and, per day and length, at least as many holders as shifts.
      const perDay = Array.from({ length: 7 }, () => rules.shiftLengthsMinutes.map(() => 0));
      context.catalogue.types.forEach((type, s) => {
        perDay[type.day]![type.lengthIndex]! += lp.shiftCounts[k]![s]!;
      });
      const model = new MipModel();
      const weekly = rules.shiftLengthsMinutes.map(() => new Map<number, number>());
      const holders = rules.shiftLengthsMinutes.map(() => new Map<number, number>());
      addWeekChoices(model, context, set.agents, (v, counts) => {
        counts.forEach((n, l) => {
          if (n === 0) return;
          weekly[l]!.set(v, n);
          holders[l]!.set(v, 1);
        });
      });
      weekly.forEach((terms, l) => {
        const total = perDay.reduce((sum, day) => sum + day[l]!, 0);
        model.addRow(terms, total - 1e-6, total + 1e-6);
      });
      for (const day of perDay) {
        holders.forEach((terms, l) => {
          if (day[l]! > 1e-9) model.addRow(terms, day[l]! - 1e-6, Number.POSITIVE_INFINITY);
        });
      }
      expect(model.maximise(highs, { timeLimitSeconds: 5 })).not.toBeNull();
    });
  });

  it('should give a day no more shifts of part-time lengths than the part-timers', async () => {
    // Full-timers' weeks hold only 8- and 8.5-hour shifts; the weekly counts per length alone
    // let the plan put every part-timer's short shift of the week on the busiest day.
    const scenario = syntheticScenario({ agents: 12, answerGroups: 1, load: 0.9 });
    const context = buildPlanningContext(scenario);
    const lp = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 0 });
    const { rules } = scenario;
    const fullTimeLengths = new Set(
      lengthCombinations(context, 2400).flatMap((counts) =>
        counts.flatMap((n, l) => (n > 0 ? [rules.shiftLengthsMinutes[l]] : [])),
      ),
    );
    expect([...fullTimeLengths].sort()).toEqual([480, 510]);
    const partTimers = scenario.agents.filter((a) => a.contractMinutesPerWeek < 2400).length;
    expect(partTimers).toBeGreaterThan(0);
    for (let day = 0; day < 7; day++) {
      let short = 0;
      context.catalogue.types.forEach((type, s) => {
        if (type.day === day && !fullTimeLengths.has(type.lengthMinutes))
          short += lp.shiftCounts[0]![s]!;
      });
      expect(short).toBeLessThanOrEqual(partTimers + 1e-6);
    }
  });

  it('should bound a skill set whose agents all have different contracts', async () => {
    // Contracts are net of planned absence, so every agent may have their own; the LP's
    // per-day rows must not grow with subsets of contracts (2^30 here).
    const base = syntheticScenario({ agents: 30, answerGroups: 1, load: 0.8 });
    const scenario = {
      ...base,
      agents: base.agents.map((agent, i) => ({ ...agent, contractMinutesPerWeek: 1800 + 13 * i })),
    };
    const context = buildPlanningContext(scenario);
    for (const agent of scenario.agents)
      expect(lengthCombinations(context, agent.contractMinutesPerWeek).length).toBeGreaterThan(0);
    const lp = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 0 });
    expect(lp.status).toBe('Optimal');
    expect(lp.boundServiceLevel!).toBeGreaterThan(0);
    expect(lp.boundServiceLevel!).toBeLessThanOrEqual(1);
  });

  it("should charge a team member's meeting to a shift: inside the open hours it costs its quietest hour", async () => {
    // One agent, one 4-hour shift that can only lie inside Monday's open hours 08:00-12:00,
    // no breaks: without a meeting the bound credits every interval the hull's value at one
    // agent, and the meeting must take four of them off the phone.
    const calls = new Array(7 * 96).fill(0);
    const monday = [1, 2, 3, 2, 1, 2, 3, 3, 2, 1, 1, 2, 3, 2, 2, 1];
    monday.forEach((n, i) => {
      calls[32 + i] = n;
    });
    const scenario: Scenario = {
      ...tinyCliffScenario(),
      answerGroups: [
        {
          id: 'g',
          name: 'G',
          ahtSeconds: 240,
          open: [['08:00', '12:00'], null, null, null, null, null, null],
          calls,
        },
      ],
      agents: [{ id: 'a', name: 'a', contractMinutesPerWeek: 240, skills: ['g'], teamId: 't' }],
      rules: {
        ...tinyCliffScenario().rules,
        earliestStart: '08:00',
        latestEnd: '12:00',
        breakMinutes: 0,
      },
    };
    const withMeeting = { ...scenario, meetings: [{ teamId: 't', durationMinutes: 60 }] };
    const limits = { timeLimitSeconds: 10, mipSeconds: 0 };
    const without = await solveStaffingLp(buildPlanningContext(scenario), limits);
    const context = buildPlanningContext(withMeeting);
    const withIt = await solveStaffingLp(context, limits);
    const answered = monday.map((_, i) => {
      const [first] = concaveHullSegments(context.table.answeredWithinTarget[0]![32 + i]!);
      expect(first!.width).toBeGreaterThanOrEqual(1);
      return first!.slope;
    });
    const total = answered.reduce((x, y) => x + y);
    const quietest = [...answered].sort((x, y) => x - y).slice(0, 4);
    expect(without.boundAnswered!).toBeCloseTo(total, 6);
    expect(withIt.boundAnswered!).toBeCloseTo(total - quietest.reduce((x, y) => x + y), 6);
  });

  it('should bound a week with calls and no agents at 0, and a week without calls at 1', async () => {
    const scenario = syntheticScenario({ agents: 2, answerGroups: 1, load: 0.5 });
    const nobody = await solveStaffingLp(buildPlanningContext({ ...scenario, agents: [] }), {
      timeLimitSeconds: 10,
    });
    expect(nobody.boundServiceLevel).toBe(0);
    const quiet = {
      ...scenario,
      answerGroups: scenario.answerGroups.map((g) => ({ ...g, calls: g.calls.map(() => 0) })),
    };
    expect(
      (await solveStaffingLp(buildPlanningContext(quiet), { timeLimitSeconds: 10 }))
        .boundServiceLevel,
    ).toBe(1);
  });
});
