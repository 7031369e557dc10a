import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n, setLanguage } from '../../../lib/i18n';
import { bygglovScenario } from '../scenario.fixture';
import type { AbsenceLoss, BrokenRule, Schedule, ScheduleEdit } from '../types';
import { ScheduleTimeline } from './ScheduleTimeline';

const scenario = bygglovScenario([
  {
    id: 'a-1',
    name: 'Anna Andersson',
    contractMinutesPerWeek: 2400,
    skills: ['bygglov'],
    teamId: 't-n',
  },
  { id: 'a-2', name: 'Bo Berg', contractMinutesPerWeek: 2400, skills: ['bygglov'] },
]);

const schedule: Schedule = {
  shifts: [
    {
      agentId: 'a-1',
      start: '2026-11-23T08:00:00+01:00',
      end: '2026-11-23T16:30:00+01:00',
      activities: [
        {
          type: 'phone',
          start: '2026-11-23T08:00:00+01:00',
          end: '2026-11-23T16:30:00+01:00',
          answerGroup: 'bygglov',
        },
      ],
    },
    {
      agentId: 'a-2',
      start: '2026-11-23T09:00:00+01:00',
      end: '2026-11-23T17:00:00+01:00',
      activities: [
        {
          type: 'phone',
          start: '2026-11-23T09:00:00+01:00',
          end: '2026-11-23T17:00:00+01:00',
          answerGroup: 'bygglov',
        },
      ],
    },
  ],
};

describe(ScheduleTimeline.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  const renderTimeline = (
    onEdit: (edit: ScheduleEdit) => void,
    brokenRules: BrokenRule[] = [],
    absences: AbsenceLoss[] = [],
  ) =>
    render(
      <ScheduleTimeline
        scenario={scenario}
        schedule={schedule}
        teams={[{ id: 't-n', name: 'Team Norr', unitId: null, managerName: null }]}
        dates={['2026-11-23']}
        window={{ fromMinutes: 6 * 60, toMinutes: 19 * 60 }}
        pixelsPerMinute={1}
        brokenRules={brokenRules}
        absences={absences}
        onEdit={onEdit}
      />,
    );

  it('should group agents by team, those without one last, and name each shift', () => {
    renderTimeline(() => {});
    expect(screen.getByText('Team Norr')).toBeTruthy();
    expect(screen.getByText('Utan team')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Anna Andersson, mån 23 nov. 2026 08:00–16:30' }),
    ).toBeTruthy();
  });

  it('should move a focused shift a quarter hour with the arrow keys and its end with Shift', () => {
    const edits: ScheduleEdit[] = [];
    renderTimeline((edit) => edits.push(edit));
    const shift = screen.getByRole('button', { name: /^Anna Andersson/ });
    fireEvent.keyDown(shift, { key: 'ArrowRight' });
    fireEvent.keyDown(shift, { key: 'ArrowLeft', shiftKey: true });
    expect(edits).toEqual([
      { type: 'move', agentId: 'a-1', date: '2026-11-23', start: '2026-11-23T08:15:00+01:00' },
      { type: 'resize', agentId: 'a-1', date: '2026-11-23', end: '2026-11-23T16:15:00+01:00' },
    ]);
  });

  it('should name the broken rules on the shift they concern', () => {
    renderTimeline(() => {}, [
      { rule: 'latestEnd', agentId: 'a-2', path: '$.shifts[1]', message: 'ends after 18:00' },
    ]);
    const shift = screen.getByRole('button', { name: /^Bo Berg/ });
    expect(shift.getAttribute('aria-label')).toContain('Bruten regel: Senaste slut');
    expect(shift.className).toContain('broken');
  });

  it('should mark a shift lost to an absence registered since, and only that one', () => {
    renderTimeline(
      () => {},
      [],
      [
        {
          id: 7,
          agentId: 'a-2',
          agentName: 'Bo Berg',
          teamId: null,
          kind: 'sick',
          fromDate: '2026-11-22',
          toDate: '2026-11-23',
          note: null,
          createdAt: '2026-11-23T07:10:00.000Z',
          lostShifts: [],
        },
      ],
    );
    const lost = screen.getByRole('button', { name: /^Bo Berg/ });
    expect(lost.getAttribute('aria-label')).toBe(
      'Bo Berg, mån 23 nov. 2026 09:00–17:00. Frånvarande: Sjuk',
    );
    expect(lost.className).toContain('absent');
    expect(screen.getByRole('button', { name: /^Anna Andersson/ }).className).not.toContain(
      'absent',
    );
  });
});
