import { placeBreaks } from './break-placement';
import { phoneAgentsOf } from './evaluate-schedule';
import { answeredAt, buildServiceLevelTable, type ServiceLevelTable } from './service-level-table';
import { activitiesOfLabels, type IntervalLabel, pauseAt } from './shift-activities';
import { describeShift } from './shift-types';
import type { Agent, Scenario, Schedule, Shift } from './types';
import { buildWeekGrid, intervalOfInstant, type WeekGrid } from './week-grid';
import { pauseSlots } from './pause-slots';

/** A shift the planner adds by hand: who, and from when to when (ISO 8601 with offset). */
export interface ShiftToLayOut {
  agentId: string;
  start: string;
  end: string;
}

/** A shift that cannot be laid out as asked; `field` names the part of the request at fault. */
export class ShiftLayoutError extends RangeError {
  override readonly name = 'ShiftLayoutError';
  constructor(
    readonly field: keyof ShiftToLayOut,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/**
 * Lays out a shift added to a schedule by hand, as the optimiser would have: each interval's
 * phone time goes to the agent's open answer group where one more agent answers the most
 * calls in time, given everyone else in `schedule`; lunch and breaks go where the agent is
 * worth least (`placeBreaks`, so they keep the lunch window and the longest stretch of work);
 * intervals where none of the agent's groups is open become backoffice. Meant for covering a
 * gap, for example after sick leave: the shift's place in the week (rest, contract, days) is
 * the planner's choice, and `evaluateSchedule` says which rules it breaks.
 *
 * Times must lie on the scenario's interval grid within the week. A length the rules give no
 * layout for (too short for a break before five hours of work, say) gets phone throughout,
 * which `evaluateSchedule` then names. Cost O(groups * intervals * agents) for the Erlang
 * table, then O(length^2) for the pauses.
 */
export function layOutShift(scenario: Scenario, schedule: Schedule, shift: ShiftToLayOut): Shift {
  const agent = scenario.agents.find((candidate) => candidate.id === shift.agentId);
  if (!agent) throw new ShiftLayoutError('agentId', `no agent "${shift.agentId}" in the scenario`);
  const grid = buildWeekGrid(scenario);
  const first = intervalOfInstant(grid, Date.parse(shift.start));
  const end = intervalOfInstant(grid, Date.parse(shift.end));
  if (first < 0 || end < 0 || end > grid.size) {
    throw new ShiftLayoutError(
      'start',
      `${shift.start}–${shift.end} must lie on the ${scenario.intervalMinutes}-minute grid of the week of ${scenario.weekStart}`,
    );
  }
  if (end <= first) throw new ShiftLayoutError('end', 'must be after start');
  const week = {
    grid,
    table: buildServiceLevelTable(scenario, grid),
    staffing: phoneAgentsOf(scenario, grid, schedule),
  };
  const { labels } = planShift(scenario, week, skillsOf(scenario, agent), first, end - first);
  const activities = activitiesOfLabels(scenario, grid, first, labels);
  return {
    agentId: agent.id,
    start: activities[0]!.start,
    end: activities[activities.length - 1]!.end,
    activities,
  };
}

/** The week a new shift meets: its grid, the Erlang C table and everyone's phone staffing. */
export interface WeekStaffing {
  grid: WeekGrid;
  table: ServiceLevelTable;
  /** Per answer group and interval, agents on the phone in the schedule. */
  staffing: Int32Array[];
}

/** Indices of the answer groups the agent is skilled in. */
export function skillsOf(scenario: Scenario, agent: Agent): number[] {
  return scenario.answerGroups.flatMap((group, g) => (agent.skills.includes(group.id) ? [g] : []));
}

/**
 * What an agent skilled in `skills` does in each interval of a shift of `length` intervals from
 * interval `first` (see `layOutShift`), and the calls answered in time it adds to the week.
 * Cost O(length * skills + length^2).
 */
export function planShift(
  scenario: Scenario,
  { grid, table, staffing }: WeekStaffing,
  skills: number[],
  first: number,
  length: number,
): { labels: IntervalLabel[]; answeredGain: number } {
  const best: IntervalLabel[] = [];
  const worth: number[] = [];
  for (let offset = 0; offset < length; offset++) {
    const t = first + offset;
    let label: IntervalLabel = { type: 'backoffice', group: -1 };
    let gain = -1;
    for (const g of skills) {
      if (!grid.open[g]![t]) continue;
      const n = staffing[g]![t]!;
      const more = answeredAt(table, g, t, n + 1) - answeredAt(table, g, t, n);
      if (more > gain) {
        gain = more;
        label = { type: 'phone', group: g };
      }
    }
    best.push(label);
    worth.push(Math.max(0, gain));
  }

  const { hasLunch } = describeShift(scenario, length * scenario.intervalMinutes);
  const layout = placeBreaks(scenario, length, hasLunch, null, (offset) => worth[offset]!);
  const { lunchLength, breakLength } = pauseSlots(scenario);
  let answeredGain = 0;
  const labels = best.map((label, offset): IntervalLabel => {
    const pause = layout && pauseAt(layout, offset, lunchLength, breakLength);
    if (pause) return { type: pause, group: -1 };
    answeredGain += worth[offset]!;
    return label;
  });
  return { labels, answeredGain };
}
