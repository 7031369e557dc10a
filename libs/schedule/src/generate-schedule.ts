import { constructRoster, chooseMeetingSlots, initialDemand } from './construct';
import { evaluateSchedule } from './evaluate-schedule';
import { improveRoster } from './local-search';
import { loadSolver, type MipSolution } from './mip-model';
import { buildDayModel, optimiseDay } from './day-mip';
import { MipThread } from './mip-thread';
import { placeMeetingsWhereCheapest } from './meeting-moves';
import { buildPlanningContext } from './planning-context';
import { seededRandom } from './random';
import { DEFAULT_WEIGHTS, type ObjectiveWeights, Roster } from './roster';
import { solveStaffingLp } from './staffing-lp';
import { assignWeekPatterns } from './week-patterns';
import { placeWrittenWork } from './written-work';
import type { Scenario, Schedule, ScheduleReport } from './types';

export interface GenerateProgress {
  /** `lp`: the LP's bound, before the cliff MIP tightens it; `bound`: the bound to report. */
  phase: 'lp' | 'bound' | 'construct' | 'improve' | 'done';
  elapsedMs: number;
  /** Weekly call-weighted service level of the best roster so far (from `construct` on). */
  serviceLevel?: number;
  /** Upper bound on the weekly service level (from `bound` on), null when the LP gave none. */
  bound?: number | null;
}

/** Longest each skill set's week-pattern MIP may run (all sets: 0.2 s tight week, 1.3 s demo). */
const PATTERN_SECONDS = 2;

/**
 * Most of the budget the LP may take. It usually needs far less, but without it there is
 * neither bound nor plan: the demo centre's planning week (90 agents, seven shift lengths)
 * needs 13 s, and in a 20-s run a 12-s cap (60%) left 97.3% and no bound, against 98.1% and
 * a bound of 99.5% with the LP done and 6 s for the rest.
 */
const LP_SHARE = 0.85;

export interface GenerateOptions {
  /** Wall-clock budget for the whole run, default 20 s; the LP gets at most 85% of it. */
  timeLimitMs?: number;
  /** Stop the local search after this many moves (for reproducible tests); default no limit. */
  maxIterations?: number;
  /** Seed of the local search; the same scenario and seed give the same schedule. */
  seed?: number;
  onProgress?: (progress: GenerateProgress) => void;
  weights?: ObjectiveWeights;
  /**
   * Share of the local search that scores with hull-smoothed curves (see `Roster.setSmoothing`),
   * default 0: it kept breaks from piling before the day MIPs did that, and after them it
   * undoes their work (tight synthetic week: 72.5% -> 70.5% with 0.5).
   */
  smoothingShare?: number;
  /**
   * Longest the branch and bound that tightens the bound may run, default 20% of the budget
   * within 5-10 s; 0 skips it.
   */
  boundMipSeconds?: number;
  /**
   * Share of the time after construction for the day MIPs (`optimiseDay`), half before the
   * local search and half after, default 0.75 (what they leave unused goes to the search); 0
   * skips them. With 90 agents every day's MIP runs to its time limit and gains more than the
   * search would (tight synthetic week at demo size, 45 s: 78.1% at 0.5, 78.4-78.7% at
   * 0.7-0.85); with 40 agents the days finish early and the share makes no difference.
   */
  dayMipShare?: number;
  /**
   * How far a day MIP may also move a shift's start, default 0 (pauses only): with starts the
   * MIP is several times larger, and in a few seconds per day HiGHS found nothing better on the
   * tight synthetic week; given a minute, it nearly solves a day (Monday: 63.2% reached, at
   * most 63.6% possible with those agents and lengths).
   */
  dayMipStartWindowMinutes?: number;
  /** Time source, injectable for tests; default `Date.now`. */
  now?: () => number;
  /**
   * Asked between steps of the improvement: once true, the rest of the time is skipped and the
   * best schedule found so far returned (a planner who has seen enough). The bound and the
   * first schedule are made first whatever it says, or there would be nothing to return.
   */
  shouldFinish?: () => boolean;
}

export interface GenerateResult {
  schedule: Schedule;
  report: ScheduleReport;
  /** Upper bound on the weekly call-weighted service level (LP relaxation), null if unproven. */
  bound: number | null;
  /** (bound - achieved) / bound, null without a bound; 0 when the bound is reached. */
  gap: number | null;
  stats: { lpStatus: string; lpSeconds: number; moves: number; seconds: number };
}

/**
 * Builds the week's schedule for a validated scenario.
 *
 * 1. Bound: the aggregate staffing LP (`solveStaffingLp`) over shift types per skill set,
 *    with the concave hull of the Erlang C curves, solved by HiGHS, then tightened by the
 *    Erlang C cliff (binaries, over the week or day by day). Its optimum bounds the weekly
 *    service level of any schedule; its shift counts are the demand to cover.
 * 2. Construct: team meetings go to the quietest common slot; each agent's days and lengths
 *    come from one small MIP per skill set matching the plan (`assignWeekPatterns`), and agents
 *    are named one by one to starts that cover the most remaining demand keeping every rule.
 * 3. Improve: simulated annealing over rule-keeping moves (`improveRoster`), scored by table
 *    look-ups of the Erlang C curves, placing breaks, lunches and meetings where they cost
 *    least and spreading early, late and Friday shifts.
 * 4. Re-plan days: per day, a MIP moves everyone's lunches and breaks (and, when asked,
 *    starts) at once (`optimiseDay`), which single moves cannot do once breaks pile below the
 *    cliff.
 * 5. Written queues (extension): phone time becomes backoffice where it costs the fewest calls
 *    answered in time, until every case due this week is answered by its deadline
 *    (`placeWrittenWork`). The bound does not count this work, so it stays an upper bound but
 *    is looser by what the cases take.
 * The returned report is `evaluateSchedule` of the result, so its broken rules are checked
 * independently of the optimiser (and are empty unless something is wrong).
 */
export async function generateSchedule(
  scenario: Scenario,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const now = options.now ?? Date.now;
  const began = now();
  const timeLimitMs = options.timeLimitMs ?? 20_000;
  const elapsed = () => now() - began;
  const finishing = options.shouldFinish ?? (() => false);
  const context = buildPlanningContext(scenario);
  // The LP gets up to `LP_SHARE` of the budget; the cliff MIP runs only when the LP left time,
  // and the search takes whatever remains.
  const lp = await solveStaffingLp(context, {
    timeLimitSeconds: Math.max(1, (timeLimitMs * LP_SHARE) / 1000),
    mipStartBySeconds: (timeLimitMs * 0.3) / 1000,
    mipSeconds: options.boundMipSeconds ?? Math.min(10, Math.max(5, (timeLimitMs * 0.2) / 1000)),
    onLpBound: (bound) => options.onProgress?.({ phase: 'lp', elapsedMs: elapsed(), bound }),
  });
  options.onProgress?.({ phase: 'bound', elapsedMs: elapsed(), bound: lp.boundServiceLevel });

  const roster = new Roster(context, options.weights ?? DEFAULT_WEIGHTS);
  chooseMeetingSlots(roster);
  const highs = await loadSolver();
  const planned = lp.boundAnswered === null ? null : lp.shiftCounts;
  // Which days and lengths each agent works, as close to the plan as contracts allow (tight
  // synthetic week, three seeds: 73.6-73.8% -> 73.9-74.2%); construction picks the starts.
  const patterns = planned
    ? assignWeekPatterns(highs, context, planned, (a) => roster.meetingDayOf(a), PATTERN_SECONDS)
    : undefined;
  constructRoster(roster, initialDemand(context, planned), patterns);
  roster.recomputeAll();
  // Meetings to their cheapest slots given the named weeks, with at most 5% of the budget.
  const meetingsUntil = elapsed() + timeLimitMs * 0.05;
  placeMeetingsWhereCheapest(roster, {
    step: 2,
    rounds: 2,
    shouldStop: () => elapsed() > meetingsUntil || finishing(),
  });
  const totalCalls = context.table.totalCalls;
  const serviceLevel = () => (totalCalls > 0 ? roster.answeredWithinTarget() / totalCalls : 1);
  options.onProgress?.({
    phase: 'construct',
    elapsedMs: elapsed(),
    serviceLevel: serviceLevel(),
    bound: lp.boundServiceLevel,
  });

  // After construction: day MIPs, the search, day MIPs again, and the search on whatever the
  // MIPs left. Construction gives each shift a centred layout, so agents on the same shift
  // pause together; the first day MIPs spread those pauses to where the plan wants them
  // (tight synthetic week: 65.8% -> 72.5%), which the search alone does not find.
  const startWindow = Math.round(
    (options.dayMipStartWindowMinutes ?? 0) / scenario.intervalMinutes,
  );
  const dayMipShare = options.dayMipShare ?? 0.75;
  const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
  const phasesStart = elapsed();
  const phasesBudget = Math.max(0, timeLimitMs - 500 - phasesStart);
  // A second HiGHS in a worker thread takes every other day, so each day's MIP gets twice the
  // time in the same wall-clock (they are independent while starts are kept).
  const mipThread = dayMipShare > 0 && startWindow === 0 ? MipThread.start() : null;
  let threadWorks = mipThread !== null;
  const reportDay = () =>
    options.onProgress?.({
      phase: 'improve',
      elapsedMs: elapsed(),
      serviceLevel: serviceLevel(),
      bound: lp.boundServiceLevel,
    });
  const replanDays = async (budgetMs: number) => {
    if (dayMipShare <= 0) return;
    const until = elapsed() + budgetMs;
    // Each day's loss once, not once per comparison. Days that lose no calls (a closed
    // weekend) cannot gain, and would otherwise hold a share of the time until their turn.
    const lost = [0, 1, 2, 3, 4, 5, 6].map((day) => lostCalls(roster, day));
    const days = [0, 1, 2, 3, 4, 5, 6]
      .filter((day) => lost[day]! > 1e-9)
      .sort((x, y) => lost[y]! - lost[x]!);
    for (let i = 0; i < days.length; ) {
      const left = (until - elapsed()) / 1000;
      if (left <= 0.1 || finishing()) return;
      const lanes = threadWorks ? 2 : 1;
      const timeLimitSeconds = left / Math.ceil((days.length - i) / lanes);
      const there =
        lanes > 1 && i + 1 < days.length ? buildDayModel(roster, days[i + 1]!, 0) : null;
      const solvedThere = there
        ? mipThread!.maximise(there.problem, { timeLimitSeconds, start: there.start })
        : null;
      optimiseDay(highs, roster, days[i]!, { timeLimitSeconds, startWindow });
      reportDay();
      i++;
      if (!there || !solvedThere) continue;
      let solution: MipSolution | null;
      try {
        solution = await solvedThere;
      } catch {
        // The thread failed (out of memory, say): that day goes again in this thread, and so
        // do the days after it.
        threadWorks = false;
        continue;
      }
      there.apply(solution);
      reportDay();
      i++;
    }
  };
  let lastReport = now();
  const search = (budgetMs: number, seed: number, iterations: number) => {
    const searchStart = elapsed();
    return improveRoster(roster, {
      random: seededRandom(seed),
      smoothingShare: options.smoothingShare ?? 0,
      shouldStop: (i) =>
        i >= iterations ||
        ((i & 255) === 0 && (elapsed() - searchStart >= budgetMs || finishing())),
      progress: (i) =>
        Number.isFinite(iterations)
          ? i / iterations
          : budgetMs > 0
            ? (elapsed() - searchStart) / budgetMs
            : 1,
      onImprovement: (objective) => {
        if (!options.onProgress || now() - lastReport < 1000) return;
        lastReport = now();
        options.onProgress({
          phase: 'improve',
          elapsedMs: elapsed(),
          serviceLevel: totalCalls > 0 ? Math.min(1, objective / totalCalls) : 1,
          bound: lp.boundServiceLevel,
        });
      },
    });
  };
  let moves: number;
  try {
    await replanDays((phasesBudget * dayMipShare) / 2);
    moves = search(
      Math.max(0, phasesStart + phasesBudget * (1 - dayMipShare / 2) - elapsed()),
      options.seed ?? 1,
      maxIterations,
    );
    await replanDays(Math.max(0, phasesStart + phasesBudget - elapsed()));
    // Days the MIPs finished early leave time: the search goes on from their result (the best
    // roster seen is kept, so this cannot lose).
    const leftMs = phasesStart + phasesBudget - elapsed();
    if (!Number.isFinite(maxIterations) && leftMs > 1000 && !finishing())
      moves += search(leftMs, (options.seed ?? 1) + 1, maxIterations);
  } finally {
    await mipThread?.close();
  }

  // Written cases last: the shifts and pauses are set, and phone time where it is least
  // missed becomes backoffice.
  const schedule = placeWrittenWork(scenario, roster.toSchedule(), context);
  const report = evaluateSchedule(scenario, schedule, { grid: context.grid, table: context.table });
  const bound = lp.boundServiceLevel;
  const gap =
    bound === null ? null : bound > 0 ? Math.max(0, (bound - report.week.serviceLevel) / bound) : 0;
  options.onProgress?.({
    phase: 'done',
    elapsedMs: elapsed(),
    serviceLevel: report.week.serviceLevel,
    bound,
  });
  return {
    schedule,
    report,
    bound,
    gap,
    stats: { lpStatus: lp.status, lpSeconds: lp.seconds, moves, seconds: elapsed() / 1000 },
  };
}

/** Calls of `day` not answered within target in the roster (where a day's MIP may gain). */
function lostCalls(roster: Roster, day: number): number {
  const { grid, table } = roster.context;
  const from = grid.dayStart[day]!;
  const to = grid.dayStart[day + 1]!;
  let calls = 0;
  for (const groupCalls of table.calls) for (let t = from; t < to; t++) calls += groupCalls[t]!;
  return calls - roster.answeredWithinTarget(from, to);
}
