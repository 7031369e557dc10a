import { localDateOf } from '@bemanna/calendar';
import { checkRules, phoneAgentsOf } from './evaluate-schedule';
import { planShift, skillsOf } from './lay-out-shift';
import { buildPlanningContext, isFree } from './planning-context';
import { activitiesOfLabels } from './shift-activities';
import type { RuleName, Scenario, Schedule, Shift } from './types';

/** An agent who could work an extra shift on a day, and what it would add. */
export interface CoverOption {
  agentId: string;
  /** The shift laid out as `layOutShift` would, paid as overtime. */
  shift: Shift;
  /** Calls answered within the target that the shift adds over the week. */
  answeredGain: number;
  /** The same as a change of the week's call-weighted service level. */
  serviceLevelGain: number;
}

/** At most this many of an agent's best shifts are checked against the rules. */
const SHIFTS_TRIED_PER_AGENT = 40;

/**
 * Who could cover a gap on `date` (a local date of the week), for example after sick leave: for
 * every agent without a shift that day, the allowed shift (length and start of the rules) that
 * adds the most calls answered in time, laid out as `layOutShift` would and paid as overtime,
 * among those that break no rule the agent's week did not already break (daily and weekly rest,
 * days per week, unavailability), the shortest of those that add as much; best first, at most
 * `limit`. An agent whose best shift adds
 * nothing is left out.
 *
 * Shifts are scored once per skill set and shift type (O(skill sets * types that day *
 * length^2)); each agent then has up to 40 of them checked, best first.
 */
export function coverOptions(
  scenario: Scenario,
  schedule: Schedule,
  date: string,
  limit = 5,
): CoverOption[] {
  const context = buildPlanningContext(scenario);
  const { grid, catalogue, table } = context;
  const day = grid.dates.indexOf(date);
  if (day < 0) throw new RangeError(`date: ${date} is not in the week of ${scenario.weekStart}`);
  const week = { grid, table, staffing: phoneAgentsOf(scenario, grid, schedule) };
  const typesOfDay = catalogue.byDayAndLength[day]!.flat();
  const scored = new Map<string, { type: number; plan: ReturnType<typeof planShift> }[]>();
  const shiftsOf = (agentId: string) => schedule.shifts.filter((s) => s.agentId === agentId);
  const brokenCounts = (agentScenario: Scenario, shifts: Shift[]) => {
    const counts = new Map<RuleName, number>();
    for (const broken of checkRules(agentScenario, grid, { shifts })) {
      counts.set(broken.rule, (counts.get(broken.rule) ?? 0) + 1);
    }
    return counts;
  };

  const options: CoverOption[] = [];
  scenario.agents.forEach((agent, a) => {
    const own = shiftsOf(agent.id);
    if (agent.contractMinutesPerWeek <= 0) return;
    if (own.some((shift) => localDateOf(Date.parse(shift.start), grid.timeZone) === date)) return;
    const skills = skillsOf(scenario, agent);
    const key = skills.join(',');
    let plans = scored.get(key);
    if (!plans) {
      plans = typesOfDay
        .map((type) => {
          const { start, length } = catalogue.types[type]!;
          return { type, plan: planShift(scenario, week, skills, start, length) };
        })
        .filter(({ plan }) => plan.answeredGain > 0)
        // Of shifts that add as much, the shortest: the rest of it is paid for nothing.
        .sort(
          (x, y) =>
            y.plan.answeredGain - x.plan.answeredGain ||
            catalogue.types[x.type]!.length - catalogue.types[y.type]!.length,
        );
      scored.set(key, plans);
    }
    // The agent's own week, without the team meeting, which a shift on another day cannot move.
    const alone: Scenario = { ...scenario, agents: [agent], meetings: [] };
    const before = brokenCounts(alone, own);
    let tried = 0;
    for (const { type, plan } of plans) {
      if (tried >= SHIFTS_TRIED_PER_AGENT) break;
      const { start, length } = catalogue.types[type]!;
      if (!isFree(context, a, start, start + length)) continue;
      tried++;
      const activities = activitiesOfLabels(scenario, grid, start, plan.labels);
      const shift: Shift = {
        agentId: agent.id,
        start: activities[0]!.start,
        end: activities[activities.length - 1]!.end,
        activities,
        overtime: true,
      };
      const after = brokenCounts(alone, [...own, shift]);
      if ([...after].every(([rule, count]) => count <= (before.get(rule) ?? 0))) {
        options.push({
          agentId: agent.id,
          shift,
          answeredGain: plan.answeredGain,
          serviceLevelGain: table.totalCalls > 0 ? plan.answeredGain / table.totalCalls : 0,
        });
        return;
      }
    }
  });
  return options.sort((x, y) => y.answeredGain - x.answeredGain).slice(0, limit);
}
