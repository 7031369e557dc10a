import { lengthCombinations } from './construct';
import { type Highs, MipModel } from './mip-model';
import { isFreeFor, type PlanningContext } from './planning-context';

/** Per agent, the index of the shift length worked each day (-1: a day off); null: no pattern. */
export type WeekPattern = number[] | null;

/**
 * Which days each agent works and at which length, so that per skill set, day and length the
 * named shifts come as close as they can to the plan's (`shiftCounts`, the bound's shift counts
 * per skill set and shift type). Per skill set one small MIP: y[a][d][l] = agent a works day d
 * at length l, the week's lengths one of the agent's contract combinations, a free agent only,
 * the team meeting's day a working day; minimised: the minutes by which the named shifts of
 * each day and length miss the plan.
 *
 * Why: construction names agents one by one, each to the week covering most of what is still
 * wanted. That is myopic about lengths: on the tight synthetic week's Monday the plan has every
 * agent of a set on long shifts and the part-timers' short shift on Tuesday, while the agents
 * named last, finding Monday's long-shift demand taken, got short Monday shifts (6 short shifts
 * on the Monday where the plan had none). The starts stay construction's choice.
 */
export function assignWeekPatterns(
  highs: Highs,
  context: PlanningContext,
  shiftCounts: Float64Array[],
  meetingDayOf: (agent: number) => number,
  timeLimitSeconds: number,
): WeekPattern[] {
  const { scenario, catalogue, skillSets } = context;
  const lengths = scenario.rules.shiftLengthsMinutes;
  const patterns: WeekPattern[] = scenario.agents.map(() => null);
  const days = [0, 1, 2, 3, 4, 5, 6];
  skillSets.forEach((set, k) => {
    const agents = set.agents.filter((a) => scenario.agents[a]!.contractMinutesPerWeek > 0);
    if (agents.length === 0) return;
    const model = new MipModel();
    // y[i][d][l]: column or -1 where the agent cannot work that day at that length.
    const y = agents.map((a) =>
      days.map((d) =>
        lengths.map((_, l) => (isFreeFor(context, a, d, l) ? model.addColumn(0, 1, 0, true) : -1)),
      ),
    );
    let possible = true;
    agents.forEach((a, i) => {
      const combinations = lengthCombinations(context, scenario.agents[a]!.contractMinutesPerWeek);
      if (combinations.length === 0) possible = false;
      const chosen = combinations.map(() => model.addColumn(0, 1, 0, true));
      model.addRow(new Map(chosen.map((c) => [c, 1])), 1, 1);
      lengths.forEach((_, l) => {
        const terms = new Map<number, number>();
        for (const d of days) if (y[i]![d]![l]! >= 0) terms.set(y[i]![d]![l]!, 1);
        combinations.forEach((counts, j) => {
          if (counts[l]! > 0) terms.set(chosen[j]!, -counts[l]!);
        });
        model.addRow(terms, 0, 0);
      });
      const meetingDay = meetingDayOf(a);
      for (const d of days) {
        const worked = new Map(y[i]![d]!.filter((c) => c >= 0).map((c) => [c, 1]));
        if (worked.size > 0) model.addRow(worked, d === meetingDay ? 1 : 0, 1);
        else if (d === meetingDay) possible = false;
      }
    });
    if (!possible) return;
    // Per day and length, the named shifts less the plan's, in both directions, by minutes.
    days.forEach((d) => {
      lengths.forEach((minutes, l) => {
        const planned = catalogue.byDayAndLength[d]![l]!.reduce(
          (total, s) => total + shiftCounts[k]![s]!,
          0,
        );
        const terms = new Map<number, number>();
        agents.forEach((_, i) => {
          if (y[i]![d]![l]! >= 0) terms.set(y[i]![d]![l]!, 1);
        });
        if (terms.size === 0 && planned < 1e-9) return;
        terms.set(model.addColumn(0, Number.POSITIVE_INFINITY, -minutes), -1);
        terms.set(model.addColumn(0, Number.POSITIVE_INFINITY, -minutes), 1);
        model.addRow(terms, planned, planned);
      });
    });
    const solution = model.maximise(highs, { timeLimitSeconds });
    if (!solution) return;
    agents.forEach((a, i) => {
      patterns[a] = days.map((d) =>
        y[i]![d]!.findIndex((c) => c >= 0 && solution.values[c]! > 0.5),
      );
    });
  });
  return patterns;
}
