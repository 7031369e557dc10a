import { buildPlanningContext, isFree } from './planning-context';
import { Roster } from './roster';
import type { ShiftType } from './shift-types';
import type { Scenario, Schedule } from './types';
import { intervalAtLocalMinute } from './week-grid';
import { placeWrittenWork } from './written-work';

/**
 * The traditional schedule issue 6 compares against: everyone Monday to Friday 08:00-16:30,
 * lunch at 12:00 (`lunchMinutes`), breaks at 10:00 and 14:30; part-time agents work as many
 * of those days as their contract fills (rounded), skipping days they are unavailable. Phone
 * time of multi-skilled agents is allocated per interval as in generated schedules, so the
 * comparison measures only when people work. It is a baseline, not a plan: it places no team
 * meetings and may miss contracts by more than the tolerance. Written queues' cases get the
 * same placement as in generated schedules (`placeWrittenWork`), so both pay for them alike.
 */
export function traditionalSchedule(scenario: Scenario): Schedule {
  const context = buildPlanningContext(scenario);
  const { grid } = context;
  const step = scenario.intervalMinutes;
  const types: ShiftType[] = [];
  for (let day = 0; day < 5; day++) {
    const start = intervalAtLocalMinute(grid, day, 8 * 60);
    const end = intervalAtLocalMinute(grid, day, 16 * 60 + 30);
    if (start < 0 || end < 0) continue;
    types.push({
      day,
      start,
      length: end - start,
      lengthIndex: scenario.rules.shiftLengthsMinutes.indexOf((end - start) * step),
      lengthMinutes: (end - start) * step,
      hasLunch: true,
      paidMinutes: (end - start) * step - scenario.rules.lunchMinutes,
      workIntervals: 0,
    });
  }
  const roster = new Roster({
    ...context,
    catalogue: { types, byDayAndLength: [], dayWindow: [] },
  });
  const offset = (minute: number) => (minute - 8 * 60) / step;
  const breaks = scenario.rules.breakMinutes > 0 ? [offset(10 * 60), offset(14 * 60 + 30)] : [];
  scenario.agents.forEach((agent, a) => {
    const paidPerDay = types[0]?.paidMinutes ?? 1;
    let days = Math.min(types.length, Math.round(agent.contractMinutesPerWeek / paidPerDay));
    types.forEach((type, s) => {
      if (days <= 0 || !isFree(context, a, type.start, type.start + type.length)) return;
      roster.plans[a]![type.day] = {
        type: s,
        layout: { lunch: offset(12 * 60), breaks, meeting: -1, meetingLength: 0 },
      };
      days--;
    });
  });
  roster.recomputeAll();
  return placeWrittenWork(scenario, roster.toSchedule(), context);
}
