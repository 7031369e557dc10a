import { localDateOf, localMinuteOfDay } from '@bemanna/calendar';
import type { Scenario, Schedule } from '@bemanna/schedule';
import { stringify } from 'csv-stringify/sync';

export const SCHEDULE_CSV_COLUMNS = [
  'agent_id',
  'agent_name',
  'team_id',
  'date',
  'shift_start',
  'shift_end',
  'activity',
  'start',
  'end',
  'minutes',
  'answer_group',
  'overtime',
  'written_queue',
] as const;

/** Local `HH:MM` of an ISO instant; a shift ending at midnight ends at 24:00 of its day. */
function localTime(iso: string, timeZone: string, isEnd: boolean): string {
  const ms = Date.parse(iso);
  const minute = isEnd ? localMinuteOfDay(ms - 1, timeZone) + 1 : localMinuteOfDay(ms, timeZone);
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * A week's schedule as CSV, one row per activity, for a spreadsheet or a payroll or time
 * system: agents by name, then shifts and activities in time order, in local dates and
 * `HH:MM`. Semicolons and a byte-order mark, as Excel with Swedish settings opens a file
 * without asking; `minutes` are whole (activities lie on the minute). Backoffice for a
 * written queue names it last, after the columns a payroll import already maps.
 */
export function scheduleCsv(scenario: Scenario, schedule: Schedule): string {
  const timeZone = scenario.timezone ?? 'Europe/Stockholm';
  const agents = new Map(scenario.agents.map((agent) => [agent.id, agent]));
  const shifts = [...schedule.shifts].sort(
    (a, b) =>
      (agents.get(a.agentId)?.name ?? a.agentId).localeCompare(
        agents.get(b.agentId)?.name ?? b.agentId,
        'sv',
      ) || Date.parse(a.start) - Date.parse(b.start),
  );
  const rows = shifts.flatMap((shift) => {
    const agent = agents.get(shift.agentId);
    return shift.activities.map((activity) => [
      shift.agentId,
      agent?.name ?? '',
      agent?.teamId ?? '',
      localDateOf(Date.parse(shift.start), timeZone),
      localTime(shift.start, timeZone, false),
      localTime(shift.end, timeZone, true),
      activity.type,
      localTime(activity.start, timeZone, false),
      localTime(activity.end, timeZone, true),
      Math.round((Date.parse(activity.end) - Date.parse(activity.start)) / 60_000),
      activity.answerGroup ?? '',
      shift.overtime ? 'yes' : '',
      activity.writtenQueue ?? '',
    ]);
  });
  return stringify(rows, {
    bom: true,
    delimiter: ';',
    header: true,
    columns: [...SCHEDULE_CSV_COLUMNS],
    record_delimiter: 'windows',
  });
}
