import { fewestPausesInside } from './break-placement';
import { concaveHullSegments } from './concave-hull';
import { lengthCombinations } from './construct';
import { dayDecomposedBound } from './day-decomposed-bound';
import { loadSolver } from './mip-model';
import { isFree, isFreeFor, type PlanningContext } from './planning-context';
import type { ShiftType } from './shift-types';
import { writtenQueueReport } from './written-work';

/**
 * The week's cliff MIP runs when the LP took at most this share of its time (its root LP takes
 * about as long as the LP); else the bound comes day by day.
 */
const WEEK_TREE_LP_SHARE = 0.4;

/** Block of the columns that belong to the whole week rather than one day. */
const WEEK = 7;

/**
 * The rows on lengths the agents' combinations hold cover sets of at most this many lengths:
 * with pairs the comfortable synthetic week's LP bound falls 91.19% -> 90.62% (all sets: the
 * same), while all 63 sets of the demo centre's six lengths take its LP from 9 to 13 s (pairs:
 * 10.6 s).
 */
const MAX_HELD_MASK_LENGTHS = 2;

/** Beyond this many allowed lengths the per-day rows by sets of lengths are left out (2^n sets). */
const MAX_LENGTHS_FOR_DAY_ROWS = 8;

/** What the LP relaxation says: an upper bound and the shift counts that reach it. */
export interface StaffingLpResult {
  /** Upper bound on answered-within-target calls of any schedule; null when not proven. */
  boundAnswered: number | null;
  /** The bound as a weekly call-weighted service level. */
  boundServiceLevel: number | null;
  /**
   * Per skill set, per shift type: agents on that shift; whole numbers from the cliff MIP when
   * it found a solution, else the LP's fractional counts.
   */
  shiftCounts: Float64Array[];
  status: string;
  seconds: number;
}

/**
 * The aggregate staffing LP: how many agents of each skill set work each legal shift, and
 * where their phone time goes, to maximise answered-within-target calls.
 *
 *   max  sum_{g,t,j} slope_{g,t,j} y_{g,t,j}                 (concave hull of calls * SL_g,t(n))
 *   s.t. sum_j y_{g,t,j} <= sum_{k has g} a_{k,g,t}            (staffing of group g)
 *        sum_g a_{k,g,t} <= p_{k,t} <= sum_{s covers t} x_{k,s} (phone within shifts)
 *        sum_{t in day d} p_{k,t} <= sum_{s on d} phone_{k,s} x_{k,s}
 *          (phone_{k,s}: intervals of s when k's groups take calls, less the lunch and breaks
 *          every rule-keeping layout puts there, at most the shift's work time)
 *        sum_s paid_s x_{k,s} within contracts +- tolerance of skill set k
 *        sum_{s on d} x_{k,s} <= agents of k free on day d;  sum_s x_{k,s} <= maxDays |k|
 *        sum_s h_{k,s} = team-meeting attendees of k, h_{k,s} <= x_{k,s}, and the day's
 *          phone above less loss_{k,s} h_{k,s} (what hosting a meeting costs that shift)
 *        0 <= y_{g,t,j} <= width_{g,t,j}, everything else >= 0
 *
 * Every schedule that keeps the rules gives a feasible point with objective >= its own
 * answered calls (the hull lies above the curve), so the LP optimum bounds what any
 * schedule can reach. It omits per-agent structure (rest, day patterns, exact contracts, a
 * team's meeting at one time), which is what makes it small: about 10^4 columns for the demo
 * centre, solved by HiGHS in seconds. Its shift counts guide the construction of named shifts.
 */
export async function solveStaffingLp(
  context: PlanningContext,
  limits: {
    /** For the LP and the cliff MIP together. */
    timeLimitSeconds: number;
    /** Run the cliff MIP only when the LP finished within this many seconds. */
    mipStartBySeconds?: number;
    /** Longest the cliff MIP may run; 0 skips it. */
    mipSeconds?: number;
    /**
     * The cliff MIP over the whole week (which also gives the plan) or day by day (a bound
     * only); by default the week's when the LP was quick enough for its root to fit.
     */
    cliffMip?: 'week' | 'days';
    /** Told the LP's bound on the weekly service level before the cliff MIP starts. */
    onLpBound?: (boundServiceLevel: number) => void;
  },
): Promise<StaffingLpResult> {
  const { timeLimitSeconds, mipStartBySeconds = timeLimitSeconds, mipSeconds = 5 } = limits;
  const began = Date.now();
  const { scenario, grid, table, catalogue, skillSets } = context;
  const { types } = catalogue;
  const rules = scenario.rules;
  const rows: string[] = [];
  const fmt = (v: number) => {
    const text = v.toPrecision(12);
    return text.includes('e') ? text : String(Number(text));
  };
  const sum = (terms: string[]) => {
    const lines: string[] = [];
    for (let i = 0; i < terms.length; i += 8) lines.push(terms.slice(i, i + 8).join(' '));
    return lines.join('\n  ');
  };

  // Which groups count at t: open with calls.
  const counted = (g: number, t: number) => table.calls[g]![t]! > 0;
  const staffTerms: string[][][] = scenario.answerGroups.map(() =>
    Array.from({ length: grid.size }, () => []),
  );
  // Per written queue and day, the backoffice columns working it.
  const writtenTerms: string[][][] = (scenario.writtenQueues ?? []).map(() =>
    Array.from({ length: 7 }, () => []),
  );

  // Phone intervals a shift can give while the set's groups take calls (`takesCalls`): those
  // it covers less the lunch and breaks the rules force into them (and never more than its
  // work time).
  const phoneCapacity = (type: ShiftType, takesCalls: Uint8Array) => {
    const inside = (offset: number) => takesCalls[type.start + offset] === 1;
    let covered = 0;
    for (let offset = 0; offset < type.length; offset++) if (inside(offset)) covered++;
    const forced = fewestPausesInside(scenario, type.length, type.hasLunch, inside);
    return Math.min(type.workIntervals, covered - forced);
  };

  // Phone intervals a shift of phone `capacity` loses at least when it hosts a meeting of
  // `length` intervals: its capacity less the most it keeps, which is below both its work time
  // less the meeting and its capacity less the fewest intervals with calls any placement of
  // the meeting covers (pauses cannot share them); null when the meeting does not fit.
  const meetingLoss = (
    type: ShiftType,
    takesCalls: Uint8Array,
    capacity: number,
    length: number,
  ): number | null => {
    if (type.length < length) return null;
    // The meeting's intervals with calls, window by window along the shift.
    let inside = 0;
    for (let i = 0; i < length; i++) inside += takesCalls[type.start + i]!;
    let fewest = inside;
    for (let offset = 1; offset + length <= type.length; offset++) {
      inside +=
        takesCalls[type.start + offset + length - 1]! - takesCalls[type.start + offset - 1]!;
      fewest = Math.min(fewest, inside);
    }
    return Math.max(0, capacity - Math.min(type.workIntervals - length, capacity - fewest));
  };

  // Whether agent a is free for some shift on day d.
  const freeOn = (a: number, d: number) =>
    rules.shiftLengthsMinutes.some((_, l) => isFreeFor(context, a, d, l));

  skillSets.forEach((set, k) => {
    const agents = set.agents.filter((a) => scenario.agents[a]!.contractMinutesPerWeek > 0);
    if (agents.length === 0) return;
    const usable = types.map((type) =>
      agents.some((a) => isFree(context, a, type.start, type.start + type.length)),
    );
    const takesCalls = Uint8Array.from({ length: grid.size }, (_, t) =>
      set.groups.some((g) => counted(g, t)) ? 1 : 0,
    );
    const capacity = new Float64Array(types.length);
    // Per agent (as in `agents`) and day, whether the agent is free for some shift then.
    const freeDays = agents.map((a) => [0, 1, 2, 3, 4, 5, 6].map((d) => freeOn(a, d)));
    const freeCount = (d: number, include: (i: number) => boolean = () => true) =>
      freeDays.filter((days, i) => days[d] && include(i)).length;
    // Agents on shift per interval, w_t = w_{t-1} + starts at t - ends at t, keeps each shift
    // column in two rows instead of one per interval it covers: a far sparser LP.
    const starting: string[][] = Array.from({ length: grid.size + 1 }, () => []);
    const ending: string[][] = Array.from({ length: grid.size + 1 }, () => []);
    const dayWork: string[][] = Array.from({ length: 7 }, () => []);
    const dayCount: string[][] = Array.from({ length: 7 }, () => []);
    const paid: string[] = [];
    types.forEach((type, s) => {
      if (!usable[s]) return;
      const x = `x${k}_${s}`;
      starting[type.start]!.push(x);
      ending[type.start + type.length]!.push(x);
      capacity[s] = phoneCapacity(type, takesCalls);
      dayWork[type.day]!.push(`- ${fmt(capacity[s]!)} ${x}`);
      dayCount[type.day]!.push(`+ ${x}`);
      paid.push(`+ ${fmt(type.paidMinutes)} ${x}`);
    });
    // Team meetings: each member's meeting sits in one of the set's shifts (h <= x per type),
    // and a shift hosting one gives up the meeting's intervals while the set's groups take
    // calls, at least where the meeting costs least in that shift, and never less work time.
    const members = agents.filter((a) => context.meetingOf[a] !== null);
    if (members.length > 0) {
      const hosts: string[] = [];
      const freeHosts: string[] = [];
      // Teams may differ in meeting length; the shortest keeps the loss a lower bound for all.
      const length = Math.min(...members.map((a) => context.meetingOf[a]!.length));
      types.forEach((type, s) => {
        if (!usable[s]) return;
        const loss = meetingLoss(type, takesCalls, capacity[s]!, length);
        if (loss === null) return;
        const x = `x${k}_${s}`;
        if (loss === 0) {
          freeHosts.push(`- ${x}`);
          return;
        }
        const h = `h${k}_${s}`;
        hosts.push(`+ ${h}`);
        rows.push(`host${k}_${s}: ${h} - ${x} <= 0`);
        dayWork[type.day]!.push(`+ ${fmt(loss)} ${h}`);
      });
      if (freeHosts.length > 0) {
        hosts.push(`+ h${k}_free`);
        rows.push(`hostfree${k}: h${k}_free ${sum(freeHosts)} <= 0`);
      }
      if (hosts.length > 0) rows.push(`meet${k}: ${sum(hosts)} = ${members.length}`);
    }
    const onShift = new Uint8Array(grid.size);
    let activeTypes = 0;
    for (let t = 0; t < grid.size; t++) {
      activeTypes += starting[t]!.length - ending[t]!.length;
      if (activeTypes === 0 && starting[t]!.length === 0 && ending[t]!.length === 0) continue;
      onShift[t] = 1;
      const previous = t > 0 && onShift[t - 1] ? ` - w${k}_${t - 1}` : '';
      const flow = [...starting[t]!.map((x) => `- ${x}`), ...ending[t]!.map((x) => `+ ${x}`)];
      rows.push(`flow${k}_${t}: w${k}_${t}${previous} ${sum(flow)} = 0`);
    }
    const dayPhone: string[][] = Array.from({ length: 7 }, () => []);
    for (let t = 0; t < grid.size; t++) {
      const groups = set.groups.filter((g) => counted(g, t));
      if (groups.length === 0 || !onShift[t]) continue;
      const p = `p${k}_${t}`;
      rows.push(`cov${k}_${t}: ${p} - w${k}_${t} <= 0`);
      dayPhone[grid.dayOf[t]!]!.push(`+ ${p}`);
      if (groups.length === 1) {
        staffTerms[groups[0]!]![t]!.push(p);
      } else {
        const allocation = groups.map((g) => `a${k}_${g}_${t}`);
        rows.push(`alloc${k}_${t}: ${allocation.map((a) => `+ ${a}`).join(' ')} - ${p} <= 0`);
        groups.forEach((g, i) => {
          staffTerms[g]![t]!.push(allocation[i]!);
        });
      }
    }
    // Written cases: backoffice while the set's groups take calls (b) shares the phone
    // capacity; the rest (o) fits in the shifts' other work time.
    const dayWritten: string[][] = Array.from({ length: 7 }, () => []);
    const dayAllWork: string[][] = Array.from({ length: 7 }, () => []);
    types.forEach((type, s) => {
      if (usable[s] && set.writtenQueues.length > 0)
        dayAllWork[type.day]!.push(`- ${type.workIntervals} x${k}_${s}`);
    });
    for (const q of set.writtenQueues) {
      for (let d = 0; d < 7; d++) {
        if (dayCount[d]!.length === 0) continue;
        const inside = `b${k}_${q}_${d}`;
        const outside = `o${k}_${q}_${d}`;
        writtenTerms[q]![d]!.push(`+ ${inside}`, `+ ${outside}`);
        dayWritten[d]!.push(`+ ${inside}`);
        dayAllWork[d]!.push(`+ ${inside}`, `+ ${outside}`);
      }
    }
    for (let d = 0; d < 7; d++) {
      if (dayPhone[d]!.length + dayWritten[d]!.length > 0)
        rows.push(
          `work${k}_${d}: ${sum([...dayPhone[d]!, ...dayWritten[d]!, ...dayWork[d]!])} <= 0`,
        );
      if (dayWritten[d]!.length > 0)
        rows.push(`allwork${k}_${d}: ${sum([...dayPhone[d]!, ...dayAllWork[d]!])} <= 0`);
      if (dayCount[d]!.length === 0) continue;
      rows.push(`days${k}_${d}: ${sum(dayCount[d]!)} <= ${freeCount(d)}`);
    }
    if (paid.length === 0) return;
    // Contracts by the shift lengths that meet them: per contract, how many of the set's
    // agents work each combination of lengths (v), and per length the set's shifts equal what
    // those combinations hold. Any schedule gives such counts, so the bound stays valid; a
    // skill set's contract total alone let the plan give full-timers lengths no full-time
    // week can hold (tight synthetic week: 6.7 agents of a 10-agent set on 7-hour Monday
    // shifts, with two part-timers in the set).
    const contracts = [...new Set(agents.map((a) => scenario.agents[a]!.contractMinutesPerWeek))];
    const combinations = contracts.map((minutes) => lengthCombinations(context, minutes));
    if (combinations.every((list) => list.length > 0)) {
      const byLength: string[][] = rules.shiftLengthsMinutes.map(() => []);
      types.forEach((type, s) => {
        if (usable[s]) byLength[type.lengthIndex]!.push(`+ x${k}_${s}`);
      });
      contracts.forEach((minutes, c) => {
        const members = agents.filter(
          (a) => scenario.agents[a]!.contractMinutesPerWeek === minutes,
        );
        const v = combinations[c]!.map((_, i) => `v${k}_${c}_${i}`);
        rows.push(`class${k}_${c}: ${sum(v.map((name) => `+ ${name}`))} = ${members.length}`);
        combinations[c]!.forEach((counts, i) => {
          counts.forEach((n, l) => {
            if (n > 0) byLength[l]!.push(`- ${n} ${v[i]}`);
          });
        });
      });
      byLength.forEach((terms, l) => {
        if (terms.length > 0) rows.push(`length${k}_${l}: ${sum(terms)} = 0`);
      });
      // Per day, shifts of a set of lengths are at most the agents whose week's combination
      // holds one of them (each works one shift a day): the contracts alone let the tight
      // week's plan put 6.2 long Monday shifts on a set where 3.2 agents' weeks held any.
      // Per day and length the set's shifts are summed once (n), which keeps the rows short.
      const dayLength = (d: number, l: number) => `n${k}_${d}_${l}`;
      const hasDayLength = (d: number, l: number) =>
        catalogue.byDayAndLength[d]![l]!.some((s) => usable[s]);
      for (let d = 0; d < 7; d++) {
        rules.shiftLengthsMinutes.forEach((_, l) => {
          if (!hasDayLength(d, l)) return;
          const terms = catalogue.byDayAndLength[d]![l]!.filter((s) => usable[s]).map(
            (s) => `- x${k}_${s}`,
          );
          rows.push(`daylen${k}_${d}_${l}: ${dayLength(d, l)} ${sum(terms)} = 0`);
        });
      }
      const lengthCount = rules.shiftLengthsMinutes.length;
      for (
        let mask = 1;
        lengthCount <= MAX_LENGTHS_FOR_DAY_ROWS && mask < 1 << lengthCount;
        mask++
      ) {
        if (bitCount(mask) > MAX_HELD_MASK_LENGTHS) continue;
        const holders: string[] = [];
        let all = true;
        contracts.forEach((_, c) => {
          combinations[c]!.forEach((counts, i) => {
            if (lengthMask(counts) & mask) holders.push(`- v${k}_${c}_${i}`);
            else all = false;
          });
        });
        if (all) continue;
        const held = `held${k}_${mask}`;
        rows.push(`holders${k}_${mask}: ${held} ${sum(holders)} = 0`);
        for (let d = 0; d < 7; d++) {
          const terms: string[] = [];
          for (let l = 0; l < lengthCount; l++)
            if (mask & (1 << l) && hasDayLength(d, l)) terms.push(`+ ${dayLength(d, l)}`);
          if (terms.length > 0) rows.push(`held${k}_${mask}_${d}: ${sum(terms)} - ${held} <= 0`);
        }
      }
      // Per day, shifts of a set of lengths are at most the agents free that day whose
      // contracts hold one of them: the weekly counts above alone let a day take all of the
      // week's short shifts (tight synthetic week: 13 short Monday shifts for 8 part-timers).
      // Every set of lengths (a handful of lengths, so few sets); only rows tighter than the
      // day's count of free agents.
      const holds = combinations.map((list) =>
        list.reduce((mask, counts) => mask | lengthMask(counts), 0),
      );
      const holdsOf = agents.map(
        (a) => holds[contracts.indexOf(scenario.agents[a]!.contractMinutesPerWeek)]!,
      );
      for (
        let mask = 1;
        lengthCount <= MAX_LENGTHS_FOR_DAY_ROWS && mask < 1 << lengthCount;
        mask++
      ) {
        if (holdsOf.every((held) => held & mask)) continue;
        for (let d = 0; d < 7; d++) {
          const terms: string[] = [];
          for (let l = 0; l < lengthCount; l++) {
            if (!(mask & (1 << l))) continue;
            for (const s of catalogue.byDayAndLength[d]![l]!)
              if (usable[s]) terms.push(`+ x${k}_${s}`);
          }
          if (terms.length > 0)
            rows.push(
              `only${k}_${mask}_${d}: ${sum(terms)} <= ${freeCount(d, (i) => (holdsOf[i]! & mask) !== 0)}`,
            );
        }
      }
      return;
    }
    // A contract no combination of lengths meets: construction reports it; the LP keeps to
    // the set's contract total so that it still gives a bound.
    const contract = agents.reduce(
      (total, a) => total + scenario.agents[a]!.contractMinutesPerWeek,
      0,
    );
    const slack = agents.length * rules.contractToleranceMinutes;
    rows.push(`paidmax${k}: ${sum(paid)} <= ${fmt(contract + slack)}`);
    rows.push(`paidmin${k}: ${sum(paid)} >= ${fmt(Math.max(0, contract - slack))}`);
    rows.push(
      `shifts${k}: ${sum(paid.map((term) => `+ ${term.split(' ').pop()}`))} <= ${rules.maxDaysPerWeek * agents.length}`,
    );
  });

  // Every case due this week answered by its deadline: by each day's end at least the work of
  // the cases due so far. The bound is then one on schedules that answer them all, as
  // generated schedules do when the skilled agents' time allows; when it does not, the LP is
  // infeasible and there is no bound. A queue nobody is skilled in cannot be answered at all
  // and is left out.
  (scenario.writtenQueues ?? []).forEach((queue, q) => {
    const due = writtenQueueReport(queue, grid.dates, []).days;
    let required = 0;
    const done: string[] = [];
    due.forEach((day, d) => {
      done.push(...writtenTerms[q]![d]!);
      required += day.requiredMinutes / scenario.intervalMinutes;
      if (day.requiredMinutes > 0 && done.length > 0)
        rows.push(`written${q}_${d}: ${sum(done)} >= ${fmt(required)}`);
    });
  });

  const valueRows: string[] = [];
  const valueBounds: string[] = [];
  const valueObjective: string[] = [];
  const cliffs: { g: number; t: number; staff: string[] }[] = [];
  scenario.answerGroups.forEach((_, g) => {
    for (let t = 0; t < grid.size; t++) {
      const curve = table.answeredWithinTarget[g]![t];
      const staff = staffTerms[g]![t]!;
      if (!curve || staff.length === 0) continue;
      const segments = concaveHullSegments(curve).filter((segment) => segment.slope > 1e-9);
      if (segments.length === 0) continue;
      cliffs.push({ g, t, staff });
      const ys = segments.map((segment, j) => {
        const y = `y${g}_${t}_${j}`;
        valueObjective.push(`+ ${fmt(segment.slope)} ${y}`);
        valueBounds.push(`0 <= ${y} <= ${segment.width}`);
        return `+ ${y}`;
      });
      valueRows.push(`staff${g}_${t}: ${sum(ys)} ${sum(staff.map((v) => `- ${v}`))} <= 0`);
    }
  });

  const empty = { shiftCounts: skillSets.map(() => new Float64Array(types.length)) };
  if (valueObjective.length === 0) {
    // Nobody can answer any call: the bound is 0, or 1 for a week without calls.
    const boundServiceLevel = table.totalCalls > 0 ? 0 : 1;
    return { ...empty, boundAnswered: 0, boundServiceLevel, status: 'Optimal', seconds: 0 };
  }
  const model = [
    'Maximize',
    ` obj: ${sum(valueObjective)}`,
    'Subject To',
    ...[...rows, ...valueRows].map((row) => ` ${row}`),
    'Bounds',
    ...valueBounds.map((b) => ` ${b}`),
    'End',
  ].join('\n');
  const highs = await loadSolver();
  const solution = highs.solve(model, {
    output_flag: false,
    solver: 'ipm',
    time_limit: timeLimitSeconds,
  });
  const seconds = (Date.now() - began) / 1000;
  if (solution.Status !== 'Optimal') {
    return {
      ...empty,
      boundAnswered: null,
      boundServiceLevel: null,
      status: solution.Status,
      seconds,
    };
  }
  /**
   * The hull credits staffing below the Erlang C cliff (agents <= traffic answer nothing in
   * time) as if it were on the line to the first good staffing, which makes the LP loose where
   * the LP staffs a group near its traffic. For every interval with a cliff a binary z says
   * whether the queue is stable: value = A(n0) z + hull above n0, staffing >= n0 z, which is
   * exact below the cliff (any schedule staffs an integer n: n < n0 answers nothing in time).
   * All of them, not only those the LP staffed near the cliff: once some are tightened the
   * optimum moves staffing to others (tight synthetic week: bound 80.4% -> 79.3% in 5 s).
   * HiGHS branch and bound then proves a lower upper bound (its dual bound), within what is
   * left of the time budget. Any dual bound is valid, so stopping early is safe.
   */
  let mipShiftCounts: Float64Array[] | null = null;
  function tightenWithCliffs(lpBound: number): number {
    const extra = {
      objective: [] as string[],
      rows: [] as string[],
      bounds: [] as string[],
      binaries: [] as string[],
    };
    const cliffRows = new Set<string>();
    for (const { g, t, staff } of cliffs) {
      const curve = table.answeredWithinTarget[g]![t]!;
      const stable = table.stableAgents[g]![t]!;
      if (stable >= curve.length) continue;
      cliffRows.add(`staff${g}_${t}`);
      const z = `z${g}_${t}`;
      extra.binaries.push(z);
      extra.objective.push(`+ ${fmt(curve[stable]!)} ${z}`);
      const above = concaveHullSegments(curve.subarray(stable)).filter(
        (segment) => segment.slope > 1e-9,
      );
      const ys = above.map((segment, j) => {
        const y = `u${g}_${t}_${j}`;
        extra.objective.push(`+ ${fmt(segment.slope)} ${y}`);
        extra.rows.push(`cap${g}_${t}_${j}: ${y} - ${segment.width} ${z} <= 0`);
        return `+ ${y}`;
      });
      extra.rows.push(
        `cliff${g}_${t}: ${sum(ys)} + ${stable} ${z} ${sum(staff.map((v) => `- ${v}`))} <= 0`,
      );
    }
    // Branch and bound gets what is left of the budget, at most `mipSeconds`: its dual bound
    // improves fast at first and slowly after.
    const secondsLeft = Math.min(mipSeconds, timeLimitSeconds - (Date.now() - began) / 1000);
    const lpSeconds = (Date.now() - began) / 1000;
    if (extra.binaries.length === 0 || secondsLeft < 0.5 || lpSeconds > mipStartBySeconds)
      return lpBound;
    // The cliff intervals drop their hull terms (objective, rows and bounds of y).
    const keep = (line: string) =>
      ![...line.matchAll(/y(\d+)_(\d+)_/g)].some((m) => cliffRows.has(`staff${m[1]}_${m[2]}`));
    const text = [
      'Maximize',
      ` obj: ${sum([...valueObjective.filter(keep), ...extra.objective])}`,
      'Subject To',
      ...[
        ...rows,
        ...valueRows.filter((row) => !cliffRows.has(row.slice(0, row.indexOf(':')))),
        ...extra.rows,
      ].map((row) => ` ${row}`),
      'Bounds',
      ...valueBounds.filter(keep).map((b) => ` ${b}`),
      'Binaries',
      ...extra.binaries.map((z) => ` ${z}`),
      'End',
    ].join('\n');
    // The week's tree first solves its root LP, which takes about as long as the LP did: when
    // that would not fit (the demo centre when its LP is slow), the bound comes from the days'
    // trees alone, whose dual bounds come in time there; else the week's tree, which also
    // gives the plan.
    const byDays = limits.cliffMip
      ? limits.cliffMip === 'days'
      : lpSeconds > secondsLeft * WEEK_TREE_LP_SHARE;
    if (byDays) {
      try {
        const { bound } = dayDecomposedBound(highs, text, {
          blockOf: dayOfColumn,
          price: (row) => rowDuals.get(row) ?? 0,
          seconds: secondsLeft,
        });
        return Math.min(bound ?? lpBound, lpBound);
      } catch {
        return lpBound;
      }
    }
    const mip = highs.createModel({ format: 'lp', data: text });
    try {
      // The root LP by interior point: dual simplex does not finish the demo centre's root
      // within 25 s (no dual bound at all), interior point does in about 7.
      mip.options.set({
        output_flag: false,
        time_limit: secondsLeft,
        mip_rel_gap: 1e-4,
        mip_lp_solver: 'ipm',
      });
      mip.run();
      if (Number(mip.info.get('primal_solution_status')) === 2) {
        // The MIP's whole shifts respect the cliff (which intervals to staff fully, which to
        // give up): a better plan to name weeks from than the LP's fractional one.
        const values = mip.getSolution().colValue;
        mipShiftCounts = skillSets.map((_, k) => {
          const counts = new Float64Array(types.length);
          types.forEach((_, s) => {
            const column = shiftColumn(mip, `x${k}_${s}`);
            if (column >= 0) counts[s] = values[column]!;
          });
          return counts;
        });
      }
      const dual = Number(mip.info.get('mip_dual_bound'));
      return Number.isFinite(dual) && dual < lpBound ? dual : lpBound;
    } catch {
      return lpBound;
    } finally {
      mip.dispose();
    }
  }

  const rowDuals = new Map<string, number>();
  for (const row of solution.Rows as { Name: string; Dual: number }[])
    rowDuals.set(row.Name, row.Dual);
  /**
   * The day a column belongs to, from its name (WEEK: the whole week's, the contracts'
   * combinations and meeting hosts without a shift), for `dayDecomposedBound`. Names:
   * x{set}_{type}, h{set}_{type}, h{set}_free, v{set}_{contract}_{combination},
   * b{set}_{queue}_{day}, o{set}_{queue}_{day},
   * held{set}_{lengths}, n{set}_{day}_{length}, w{set}_{t}, p{set}_{t}, a{set}_{group}_{t},
   * y{group}_{t}_{segment}, u{group}_{t}_{segment}, z{group}_{t}.
   * A column put in the wrong block only leaves more rows linking, which keeps the bound valid.
   */
  const dayOfColumn = (name: string): number => {
    // held{set}_{lengths} starts like a meeting host h{set}_{type}, but belongs to the week.
    if (name.startsWith('held')) return WEEK;
    const [head, ...rest] = name.split('_');
    switch (head![0]) {
      case 'x':
      case 'h':
        return rest[0] === 'free' ? WEEK : (types[Number(rest[0])]?.day ?? WEEK);
      case 'a':
        return grid.dayOf[Number(rest[1])] ?? WEEK;
      case 'n':
        return Number(rest[0]);
      case 'b':
      case 'o':
        return Number(rest[1]);
      case 'w':
      case 'p':
      case 'y':
      case 'u':
      case 'z':
        return grid.dayOf[Number(rest[0])] ?? WEEK;
      default:
        return WEEK;
    }
  };
  const shiftCounts = skillSets.map((_, k) => {
    const counts = new Float64Array(types.length);
    types.forEach((_, s) => {
      counts[s] = solution.Columns[`x${k}_${s}`]?.Primal ?? 0;
    });
    return counts;
  });
  const serviceLevelOf = (answered: number) =>
    table.totalCalls > 0 ? Math.min(1, answered / table.totalCalls) : 1;
  limits.onLpBound?.(serviceLevelOf(solution.ObjectiveValue));
  const boundAnswered = tightenWithCliffs(solution.ObjectiveValue);
  const planned = mipShiftCounts ?? shiftCounts;
  return {
    boundAnswered,
    boundServiceLevel: serviceLevelOf(boundAnswered),
    shiftCounts: planned,
    status: solution.Status,
    seconds,
  };
}

/** Index of a named column in a HiGHS model, or -1 when it has none by that name. */
function shiftColumn(model: { getColByName(name: string): number }, name: string): number {
  try {
    return model.getColByName(name);
  } catch {
    return -1;
  }
}

/** The lengths a combination (counts per length) holds, as bits by length index. */
function lengthMask(counts: number[]): number {
  return counts.reduce((mask, n, l) => (n > 0 ? mask | (1 << l) : mask), 0);
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m > 0; m >>= 1) count += m & 1;
  return count;
}
