import loadHighs from 'highs';
import { fewestPausesInside } from './break-placement';
import { concaveHullSegments } from './concave-hull';
import { isFree, type PlanningContext } from './planning-context';

/** What the LP relaxation says: an upper bound and the shift counts that reach it. */
export interface StaffingLpResult {
  /** Upper bound on answered-within-target calls of any schedule; null when not proven. */
  boundAnswered: number | null;
  /** The bound as a weekly call-weighted service level. */
  boundServiceLevel: number | null;
  /** Per skill set, per shift type: agents on that shift (fractional). */
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
 *        0 <= y_{g,t,j} <= width_{g,t,j}, everything else >= 0
 *
 * Every schedule that keeps the rules gives a feasible point with objective >= its own
 * answered calls (the hull lies above the curve), so the LP optimum bounds what any
 * schedule can reach. It omits per-agent structure (rest, day patterns, exact contracts,
 * meetings), which is what makes it small: about 10^4 columns for the demo centre, solved by
 * HiGHS simplex in seconds. Its shift counts guide the construction of named shifts.
 */
export async function solveStaffingLp(
  context: PlanningContext,
  timeLimitSeconds: number,
): Promise<StaffingLpResult> {
  const began = Date.now();
  const { scenario, grid, table, catalogue, skillSets } = context;
  const { types } = catalogue;
  const rules = scenario.rules;
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
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

  // Phone intervals a shift can give while the set's groups take calls: those it covers less
  // the lunch and breaks the rules force into them (and never more than its work time).
  const phoneCapacity = (k: number, s: number) => {
    const type = types[s]!;
    const groups = skillSets[k]!.groups;
    const inside = (offset: number) => groups.some((g) => counted(g, type.start + offset));
    let covered = 0;
    for (let offset = 0; offset < type.length; offset++) if (inside(offset)) covered++;
    const forced = fewestPausesInside(scenario, type.length, type.hasLunch, inside);
    return Math.min(type.workIntervals, covered - forced);
  };

  skillSets.forEach((set, k) => {
    const agents = set.agents.filter((a) => scenario.agents[a]!.contractMinutesPerWeek > 0);
    if (agents.length === 0) return;
    const usable = types.map((type) =>
      agents.some((a) => isFree(context, a, type.start, type.start + type.length)),
    );
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
      dayWork[type.day]!.push(`- ${fmt(phoneCapacity(k, s))} ${x}`);
      dayCount[type.day]!.push(`+ ${x}`);
      paid.push(`+ ${fmt(type.paidMinutes)} ${x}`);
    });
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
    for (let d = 0; d < 7; d++) {
      if (dayPhone[d]!.length > 0)
        rows.push(`work${k}_${d}: ${sum([...dayPhone[d]!, ...dayWork[d]!])} <= 0`);
      if (dayCount[d]!.length === 0) continue;
      const free = agents.filter((a) =>
        catalogue.byDayAndLength[d]!.some((ids) =>
          ids.some((s) => isFree(context, a, types[s]!.start, types[s]!.start + types[s]!.length)),
        ),
      ).length;
      rows.push(`days${k}_${d}: ${sum(dayCount[d]!)} <= ${free}`);
    }
    if (paid.length === 0) return;
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

  scenario.answerGroups.forEach((_, g) => {
    for (let t = 0; t < grid.size; t++) {
      const curve = table.answeredWithinTarget[g]![t];
      const staff = staffTerms[g]![t]!;
      if (!curve || staff.length === 0) continue;
      const segments = concaveHullSegments(curve).filter((segment) => segment.slope > 1e-9);
      if (segments.length === 0) continue;
      const ys = segments.map((segment, j) => {
        const y = `y${g}_${t}_${j}`;
        objective.push(`+ ${fmt(segment.slope)} ${y}`);
        bounds.push(`0 <= ${y} <= ${segment.width}`);
        return `+ ${y}`;
      });
      rows.push(`staff${g}_${t}: ${sum(ys)} ${sum(staff.map((v) => `- ${v}`))} <= 0`);
    }
  });

  const empty = { shiftCounts: skillSets.map(() => new Float64Array(types.length)) };
  if (objective.length === 0) {
    return { ...empty, boundAnswered: 0, boundServiceLevel: 1, status: 'Optimal', seconds: 0 };
  }
  const model = [
    'Maximize',
    ` obj: ${sum(objective)}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    'End',
  ].join('\n');
  const highs = await loadHighs();
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
  const shiftCounts = skillSets.map((_, k) => {
    const counts = new Float64Array(types.length);
    types.forEach((_, s) => {
      counts[s] = solution.Columns[`x${k}_${s}`]?.Primal ?? 0;
    });
    return counts;
  });
  const boundAnswered = solution.ObjectiveValue;
  return {
    boundAnswered,
    boundServiceLevel: table.totalCalls > 0 ? Math.min(1, boundAnswered / table.totalCalls) : 1,
    shiftCounts,
    status: solution.Status,
    seconds,
  };
}
