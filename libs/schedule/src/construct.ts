import { weekIsFeasible } from './agent-week';
import { InfeasibleScenarioError } from './infeasible-scenario-error';
import { relayout } from './meeting-moves';
import { isFree, meetingAllowedOn, type PlanningContext } from './planning-context';
import type { PlannedShift, Roster } from './roster';
import { describeShift } from './shift-types';
import type { WeekPattern } from './week-patterns';

/** Combinations per planning context and contract: construction asks once per agent. */
const combinationsByContext = new WeakMap<PlanningContext, Map<number, number[][]>>();

/**
 * Multisets of allowed shift lengths (as counts per length) whose paid minutes meet a contract
 * within tolerance in at most `maxDaysPerWeek` shifts. Cost: the number of multisets, small;
 * the same arrays are returned for the same context and contract (callers only read them).
 */
export function lengthCombinations(context: PlanningContext, contractMinutes: number): number[][] {
  let byContract = combinationsByContext.get(context);
  if (!byContract) {
    byContract = new Map();
    combinationsByContext.set(context, byContract);
  }
  let combinations = byContract.get(contractMinutes);
  if (!combinations) {
    combinations = enumerateCombinations(context, contractMinutes);
    byContract.set(contractMinutes, combinations);
  }
  return combinations;
}

function enumerateCombinations(context: PlanningContext, contractMinutes: number): number[][] {
  const { rules } = context.scenario;
  const paid = rules.shiftLengthsMinutes.map(
    (length) => describeShift(context.scenario, length).paidMinutes,
  );
  const combinations: number[][] = [];
  const counts = paid.map(() => 0);
  const walk = (index: number, days: number, minutes: number) => {
    if (index === paid.length) {
      if (Math.abs(minutes - contractMinutes) <= rules.contractToleranceMinutes)
        combinations.push([...counts]);
      return;
    }
    for (let n = 0; days + n <= rules.maxDaysPerWeek; n++) {
      counts[index] = n;
      walk(index + 1, days + n, minutes + n * paid[index]!);
    }
    counts[index] = 0;
  };
  walk(0, 0, 0);
  return combinations;
}

/**
 * What is still wanted per skill set and interval while agents are placed one by one: the LP's
 * agents on shift (sum of its fractional shift counts covering the interval), or, when the LP
 * gave nothing, the Erlang C required agents of the set's groups shared between the sets that
 * serve them.
 */
export function initialDemand(
  context: PlanningContext,
  shiftCounts: Float64Array[] | null,
): Float64Array[] {
  const { grid, table, skillSets, catalogue } = context;
  if (shiftCounts) {
    return skillSets.map((_, k) => {
      const demand = new Float64Array(grid.size);
      catalogue.types.forEach((type, s) => {
        const x = shiftCounts[k]![s]!;
        if (x > 1e-9) for (let t = type.start; t < type.start + type.length; t++) demand[t]! += x;
      });
      return demand;
    });
  }
  const sharers = context.scenario.answerGroups.map(
    (_, g) => skillSets.filter((set) => set.groups.includes(g)).length,
  );
  return skillSets.map((set) => {
    const demand = new Float64Array(grid.size);
    for (const g of set.groups) {
      for (let t = 0; t < grid.size; t++) demand[t]! += table.requiredAgents[g]![t]! / sharers[g]!;
    }
    return demand;
  });
}

/**
 * The slot of each team meeting to start from: on a full working day of the team's groups, the
 * time between two hours after the earliest start and two hours before the latest end with the
 * fewest calls on the team's groups, when every member is free. The local search moves it.
 */
export function chooseMeetingSlots(roster: Roster): void {
  const { context } = roster;
  const { grid, table } = context;
  context.meetingTeams.forEach((_, m) => {
    const members = context.meetingMembers[m]!;
    if (members.length === 0) return;
    const length = context.meetingOf[members[0]!]!.length;
    const groups = [
      ...new Set(members.flatMap((a) => context.skillSets[context.setOfAgent[a]!]!.groups)),
    ];
    // Only full working days: a meeting on a short weekend day would make the whole team
    // work it, taking a weekday from each of them.
    const openIntervals = (day: number) => {
      let count = 0;
      for (let t = grid.dayStart[day]!; t < grid.dayStart[day + 1]!; t++) {
        if (groups.some((g) => grid.open[g]![t])) count++;
      }
      return count;
    };
    const longestDay = Math.max(...[0, 1, 2, 3, 4, 5, 6].map(openIntervals));
    let best = { day: -1, start: -1, calls: Infinity };
    for (let day = 0; day < 7; day++) {
      if (openIntervals(day) < 0.8 * longestDay || !meetingAllowedOn(context, m, day)) continue;
      const window = context.catalogue.dayWindow[day];
      if (!window) continue;
      const types = context.catalogue.byDayAndLength[day]!.flat().map(
        (s) => context.catalogue.types[s]!,
      );
      const first = window.from + Math.round(120 / grid.intervalMinutes);
      const last = window.to - Math.round(120 / grid.intervalMinutes) - length;
      for (let start = first; start <= last; start++) {
        const everyoneFree = members.every((a) =>
          types.some(
            (type) =>
              type.start < start &&
              start + length < type.start + type.length &&
              isFree(context, a, type.start, type.start + type.length),
          ),
        );
        if (!everyoneFree) continue;
        let calls = 0;
        for (const g of groups)
          for (let t = start; t < start + length; t++) calls += table.calls[g]![t]!;
        if (calls < best.calls) best = { day, start, calls };
      }
    }
    roster.meetings[m] = { day: best.day, start: best.start };
  });
}

/**
 * Names the agents: one by one (least available first, then longest contract), each agent
 * gets the week (working days, shift lengths meeting the contract, starts) that covers the
 * most remaining demand, starts chosen day by day so that daily rest holds, and the first
 * few weeks that keep every rule are compared. The demand of the agent's skill set then drops
 * by one over each shift placed. Cost O(agents * candidate weeks * shift starts).
 * With `patterns` (days and lengths per agent, `assignWeekPatterns`) an agent's pattern is
 * its week when starts keeping the rules exist for it; only the starts are chosen then.
 * Throws when an agent cannot be given any week that keeps the rules.
 */
export function constructRoster(
  roster: Roster,
  demand: Float64Array[],
  patterns?: WeekPattern[],
): void {
  const { context } = roster;
  const { scenario, catalogue, grid } = context;
  const { rules, intervalMinutes } = scenario;
  const freeIntervals = scenario.agents.map(
    (_, a) => grid.size - context.blockedPrefix[a]![grid.size]!,
  );
  const order = scenario.agents
    .map((_, a) => a)
    .sort(
      (x, y) =>
        freeIntervals[x]! - freeIntervals[y]! ||
        scenario.agents[y]!.contractMinutesPerWeek - scenario.agents[x]!.contractMinutesPerWeek,
    );

  for (const a of order) {
    const agent = scenario.agents[a]!;
    const k = context.setOfAgent[a]!;
    const wanted = demand[k]!;
    const prefix = new Float64Array(grid.size + 1);
    for (let t = 0; t < grid.size; t++) prefix[t + 1] = prefix[t]! + wanted[t]!;
    const scoreOf = (s: number) => {
      const type = catalogue.types[s]!;
      return prefix[type.start + type.length]! - prefix[type.start]!;
    };
    const meetingDay = roster.meetingDayOf(a);
    // Usable shifts per day and length, with their scores, best first.
    const options = catalogue.byDayAndLength.map((byLength) =>
      byLength.map((ids) =>
        ids
          .filter((s) => relayout(roster, a, s, null) !== null)
          .filter((s) =>
            isFree(
              context,
              a,
              catalogue.types[s]!.start,
              catalogue.types[s]!.start + catalogue.types[s]!.length,
            ),
          )
          .map((s) => ({ s, score: scoreOf(s) }))
          .sort((x, y) => y.score - x.score),
      ),
    );
    // A week from lengths per day (-1: off), starts day by day keeping daily rest; null when
    // a day has no start left or the week breaks a rule.
    const realise = (
      lengths: number[],
    ): { week: (PlannedShift | null)[]; score: number } | null => {
      const week: (PlannedShift | null)[] = new Array(7).fill(null);
      let score = 0;
      let previousEnd = -Infinity;
      for (let day = 0; day < 7; day++) {
        const li = lengths[day]!;
        if (li < 0) continue;
        const pick = options[day]![li]!.find(
          ({ s }) =>
            (catalogue.types[s]!.start - previousEnd) * intervalMinutes >=
            rules.minDailyRestMinutes,
        );
        if (!pick) return null;
        week[day] = relayout(roster, a, pick.s, null);
        score += pick.score;
        const type = catalogue.types[pick.s]!;
        previousEnd = type.start + type.length;
      }
      return weekIsFeasible(roster, a, week) ? { week, score } : null;
    };
    // `realise` refuses a pattern without the meeting's day (`weekIsFeasible` checks it).
    const pattern = patterns?.[a];
    let chosen = pattern ? realise(pattern) : null;
    chosen ??= bestCandidateWeek(
      lengthCombinations(context, agent.contractMinutesPerWeek),
      options,
      meetingDay,
      realise,
    );
    if (!chosen) {
      throw new InfeasibleScenarioError(
        `$.agents[${a}]`,
        `no week for agent "${agent.id}" keeps the rules: ${agent.contractMinutesPerWeek} contract minutes in the allowed shift lengths, days, rests, availability and meeting`,
        {
          key: 'noRuleKeepingWeek',
          values: { agent: agent.name, contractMinutes: agent.contractMinutesPerWeek },
        },
      );
    }
    roster.replace(
      a,
      chosen.week.map((shift, day) => ({ day, shift })),
    );
    for (const shift of chosen.week) {
      if (!shift) continue;
      const type = catalogue.types[shift.type]!;
      for (let t = type.start; t < type.start + type.length; t++) wanted[t]! -= 1;
    }
  }
}

/**
 * Of the weeks whose lengths meet one of the contract's `combinations`, ranked by the best
 * score of each day alone, the best of the first few that `realise` turns into rule-keeping
 * weeks (starts keeping daily rest); null when none does.
 */
function bestCandidateWeek(
  combinations: number[][],
  options: { s: number; score: number }[][][],
  meetingDay: number,
  realise: (lengths: number[]) => { week: (PlannedShift | null)[]; score: number } | null,
): { week: (PlannedShift | null)[]; score: number } | null {
  const candidates: { lengths: number[]; estimate: number }[] = [];
  for (const counts of combinations) {
    const assign = (day: number, left: number[], lengths: number[], estimate: number) => {
      const remaining = left.reduce((x, y) => x + y, 0);
      if (remaining === 0) {
        if (meetingDay < 0 || lengths[meetingDay]! >= 0)
          candidates.push({ lengths: [...lengths], estimate });
        return;
      }
      if (7 - day < remaining) return;
      left.forEach((n, li) => {
        if (n === 0) return;
        const best = options[day]![li]![0];
        if (!best) return;
        left[li]!--;
        lengths[day] = li;
        assign(day + 1, left, lengths, estimate + best.score);
        lengths[day] = -1;
        left[li]!++;
      });
      if (day !== meetingDay) assign(day + 1, left, lengths, estimate);
    };
    assign(0, [...counts], new Array(7).fill(-1), 0);
  }
  candidates.sort((x, y) => y.estimate - x.estimate);
  let chosen: { week: (PlannedShift | null)[]; score: number } | null = null;
  let feasibleFound = 0;
  for (const candidate of candidates) {
    if (feasibleFound >= 5) break;
    const week = realise(candidate.lengths);
    if (!week) continue;
    feasibleFound++;
    if (!chosen || week.score > chosen.score) chosen = week;
  }
  return chosen;
}
