import { render, screen, within } from '@testing-library/react';
import { initI18n } from '../../../lib/i18n';
import type { Scenario, ScheduleReport } from '../types';
import { WrittenWorkTable } from './WrittenWorkTable';

const scenario = {
  writtenQueues: [
    {
      id: 'epost',
      name: 'E-post',
      handleMinutes: 6,
      cases: [10, 10, 10, 10, 10, 5, 5],
      answerWithinWorkingDays: 1,
    },
  ],
} as Scenario;

const dates = [
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-28',
  '2026-11-29',
];
const due = [10, 20, 10, 10, 10, 0, 0];
const inTime = [10, 10, 0, 0, 0, 0, 0];

const report = {
  writtenQueues: [
    {
      writtenQueue: 'epost',
      days: dates.map((date, day) => ({
        date,
        working: day < 5,
        cases: scenario.writtenQueues![0]!.cases[day]!,
        casesDue: due[day]!,
        answeredInTime: inTime[day]!,
        scheduledMinutes: day < 5 ? 60 : 0,
        requiredMinutes: due[day]! * 6,
        backlog: 20,
      })),
      casesDue: 60,
      answeredInTime: 20,
      shareInTime: 1 / 3,
      requiredMinutes: 360,
      scheduledMinutes: 300,
    },
  ],
} as unknown as ScheduleReport;

describe(WrittenWorkTable.name, () => {
  beforeAll(() => initI18n('sv'));

  it("should show the queue's share in time and mark the days that answer late", () => {
    render(<WrittenWorkTable scenario={scenario} report={report} />);
    const table = screen.getByRole('table', { name: /E-post: 33,3\s% av ärendena besvaras i tid/ });
    const rows = within(table).getAllByRole('row');
    // Header, seven days, the week.
    expect(rows).toHaveLength(9);
    expect(rows[2]?.className).toBe('late');
    expect(rows[1]?.className).toBe('');
    expect(
      within(rows[2] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['10', '20', '10', '2', '1', '20']);
    expect(
      within(rows[8] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['60', '60', '20', '6', '5', '']);
  });

  it('should show nothing for a report without written queues', () => {
    const { container } = render(
      <WrittenWorkTable scenario={scenario} report={{} as ScheduleReport} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
