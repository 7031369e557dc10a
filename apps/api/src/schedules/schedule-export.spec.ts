import type { Scenario, Schedule } from '@bemanna/schedule';
import { parse } from 'csv-parse/sync';
import { SCHEDULE_CSV_COLUMNS, scheduleCsv } from './schedule-export';

// 2025-10-26: clocks go back at 03:00, so the offset changes inside the week's last day.
const scenario = {
  timezone: 'Europe/Stockholm',
  agents: [
    { id: 'a-2', name: 'Örjan Åberg', teamId: 'norr', skills: ['bygglov'] },
    { id: 'a-1', name: 'Anna Berg', skills: ['bygglov'] },
  ],
} as unknown as Scenario;

const schedule: Schedule = {
  shifts: [
    {
      agentId: 'a-2',
      start: '2025-10-20T08:00:00+02:00',
      end: '2025-10-20T14:00:00+02:00',
      activities: [
        {
          type: 'phone',
          start: '2025-10-20T08:00:00+02:00',
          end: '2025-10-20T10:10:00+02:00',
          answerGroup: 'bygglov',
        },
        { type: 'break', start: '2025-10-20T10:10:00+02:00', end: '2025-10-20T10:20:00+02:00' },
        {
          type: 'backoffice',
          start: '2025-10-20T10:20:00+02:00',
          end: '2025-10-20T12:00:00+02:00',
          writtenQueue: 'epost',
        },
        {
          type: 'backoffice',
          start: '2025-10-20T12:00:00+02:00',
          end: '2025-10-20T14:00:00+02:00',
        },
      ],
    },
    {
      agentId: 'a-1',
      start: '2025-10-26T18:00:00+01:00',
      end: '2025-10-27T00:00:00+01:00',
      overtime: true,
      activities: [
        { type: 'training', start: '2025-10-26T18:00:00+01:00', end: '2025-10-27T00:00:00+01:00' },
      ],
    },
  ],
};

describe(scheduleCsv.name, () => {
  const csv = scheduleCsv(scenario, schedule);
  const rows: Record<string, string>[] = parse(csv, { bom: true, delimiter: ';', columns: true });

  it('should open in Excel with Swedish settings: a byte-order mark, semicolons, CRLF', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${SCHEDULE_CSV_COLUMNS.join(';')}`);
  });

  it('should give one row per activity, agents by name, in local dates and times', () => {
    expect(rows).toEqual([
      {
        agent_id: 'a-1',
        agent_name: 'Anna Berg',
        team_id: '',
        date: '2025-10-26',
        shift_start: '18:00',
        shift_end: '24:00',
        activity: 'training',
        start: '18:00',
        end: '24:00',
        minutes: '360',
        answer_group: '',
        overtime: 'yes',
        written_queue: '',
      },
      ...[
        ['phone', '08:00', '10:10', '130', 'bygglov', ''],
        ['break', '10:10', '10:20', '10', '', ''],
        ['backoffice', '10:20', '12:00', '100', '', 'epost'],
        ['backoffice', '12:00', '14:00', '120', '', ''],
      ].map(([activity, start, end, minutes, group, queue]) => ({
        agent_id: 'a-2',
        agent_name: 'Örjan Åberg',
        team_id: 'norr',
        date: '2025-10-20',
        shift_start: '08:00',
        shift_end: '14:00',
        activity,
        start,
        end,
        minutes,
        answer_group: group,
        overtime: '',
        written_queue: queue,
      })),
    ]);
  });
});
