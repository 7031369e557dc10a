import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n, setLanguage } from '../../../lib/i18n';
import { bygglovScenario, phoneShift } from '../scenario.fixture';
import type { AgentDay } from '../agent-day';
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
    phoneShift('a-1', '2026-11-23T08:00:00+01:00', '2026-11-23T16:30:00+01:00'),
    phoneShift('a-2', '2026-11-23T09:00:00+01:00', '2026-11-23T17:00:00+01:00'),
  ],
};

describe(ScheduleTimeline.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  const renderTimeline = ({
    onEdit = () => {},
    onSelect = () => {},
    brokenRules = [],
    absences = [],
    selected,
    dates = ['2026-11-23'],
    shown = schedule,
    closedDays = [],
  }: {
    onEdit?: (edit: ScheduleEdit) => void;
    onSelect?: (agentDay: AgentDay | undefined, byKeyboard: boolean) => void;
    brokenRules?: BrokenRule[];
    absences?: AbsenceLoss[];
    selected?: AgentDay;
    dates?: string[];
    shown?: Schedule;
    closedDays?: { date: string; name: string }[];
  } = {}) =>
    render(
      <ScheduleTimeline
        scenario={scenario}
        schedule={shown}
        teams={[{ id: 't-n', name: 'Team Norr', unitId: null, managerName: null }]}
        dates={dates}
        window={{ fromMinutes: 6 * 60, toMinutes: 19 * 60 }}
        pixelsPerMinute={1}
        brokenRules={brokenRules}
        absences={absences}
        closedDays={closedDays}
        selected={selected}
        onSelect={onSelect}
        onEdit={onEdit}
      />,
    );

  it('should group agents by team, those without one last, and name each shift', () => {
    renderTimeline();
    expect(screen.getByText('Team Norr')).toBeTruthy();
    expect(screen.getByText('Utan team')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Anna Andersson, mån 23 nov. 2026 08:00–16:30' }),
    ).toBeTruthy();
  });

  it('should mark a holiday red in the header and name it on hover, and only that day', () => {
    const { container } = renderTimeline({
      dates: ['2026-11-23', '2026-11-24'],
      closedDays: [{ date: '2026-11-24', name: 'juldagen' }],
    });
    const titles = [...container.querySelectorAll('.timeline-day-title')];
    expect(
      titles.map((title) => [title.textContent, title.getAttribute('title'), title.className]),
    ).toEqual([
      ['mån 23 nov. 2026', null, 'timeline-day-title'],
      ['tis 24 nov. 2026', 'juldagen', 'timeline-day-title closed'],
    ]);
  });

  it('should move a focused shift a quarter hour with the arrow keys and its end with Shift', () => {
    const edits: ScheduleEdit[] = [];
    renderTimeline({ onEdit: (edit) => edits.push(edit) });
    const shift = screen.getByRole('button', { name: /^Anna Andersson/ });
    fireEvent.keyDown(shift, { key: 'ArrowRight' });
    fireEvent.keyDown(shift, { key: 'ArrowLeft', shiftKey: true });
    expect(edits).toEqual([
      { type: 'move', agentId: 'a-1', date: '2026-11-23', start: '2026-11-23T08:15:00+01:00' },
      { type: 'resize', agentId: 'a-1', date: '2026-11-23', end: '2026-11-23T16:15:00+01:00' },
    ]);
  });

  it('should name the broken rules on the shift they concern', () => {
    renderTimeline({
      brokenRules: [
        { rule: 'latestEnd', agentId: 'a-2', path: '$.shifts[1]', message: 'ends after 18:00' },
      ],
    });
    const shift = screen.getByRole('button', { name: /^Bo Berg/ });
    expect(shift.getAttribute('aria-label')).toContain('Bruten regel: Senaste slut');
    expect(shift.className).toContain('broken');
  });

  it('should mark a shift lost to an absence registered since, and only that one', () => {
    renderTimeline({
      absences: [
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
    });
    const lost = screen.getByRole('button', { name: /^Bo Berg/ });
    expect(lost.getAttribute('aria-label')).toBe(
      'Bo Berg, mån 23 nov. 2026 09:00–17:00. Frånvarande: Sjuk',
    );
    expect(lost.className).toContain('absent');
    expect(screen.getByRole('button', { name: /^Anna Andersson/ }).className).not.toContain(
      'absent',
    );
  });

  it('should mark a shift paid beyond the contract as extra hours', () => {
    const [anna, bo] = schedule.shifts;
    renderTimeline({ shown: { shifts: [anna!, { ...bo!, overtime: true }] } });
    const extra = screen.getByRole('button', { name: /^Bo Berg/ });
    expect(extra.getAttribute('aria-label')).toBe(
      'Bo Berg, mån 23 nov. 2026 09:00–17:00. Extra tid',
    );
    expect(extra.className).toContain('overtime');
    expect(screen.getByRole('button', { name: /^Anna Andersson/ }).className).not.toContain(
      'overtime',
    );
  });

  it('should select a shift with Enter or Space (a click without a pointer), and let go of it with Escape', () => {
    const onSelect = jest.fn();
    renderTimeline({ onSelect });
    const shift = screen.getByRole('button', { name: /^Anna Andersson/ });
    fireEvent.click(shift, { detail: 0 });
    fireEvent.keyDown(shift, { key: 'Escape' });
    expect(onSelect.mock.calls).toEqual([
      [{ agentId: 'a-1', date: '2026-11-23' }, true],
      [undefined, true],
    ]);
  });

  it('should select a shift pressed and let go of without moving, and move one dragged instead', () => {
    // jsdom has neither pointer events nor capture: mouse events with a pointer's names do.
    window.PointerEvent ??= MouseEvent as typeof PointerEvent;
    HTMLElement.prototype.setPointerCapture ??= () => {};
    const onSelect = jest.fn();
    const onEdit = jest.fn();
    renderTimeline({ onSelect, onEdit });
    const shift = screen.getByRole('button', { name: /^Bo Berg/ });
    fireEvent.pointerDown(shift, { button: 0, clientX: 100 });
    fireEvent.pointerUp(shift, { clientX: 100 });
    // The pointer's click event follows; it is not a second selection.
    fireEvent.click(shift, { detail: 1 });
    fireEvent.pointerDown(shift, { button: 0, clientX: 100 });
    fireEvent.pointerMove(shift, { clientX: 130 });
    fireEvent.pointerUp(shift, { clientX: 130 });
    expect(onSelect.mock.calls).toEqual([[{ agentId: 'a-2', date: '2026-11-23' }, false]]);
    expect(onEdit).toHaveBeenCalledWith({
      type: 'move',
      agentId: 'a-2',
      date: '2026-11-23',
      start: '2026-11-23T09:30:00+01:00',
    });
  });

  it('should mark the selected shift', () => {
    renderTimeline({ selected: { agentId: 'a-2', date: '2026-11-23' } });
    const selected = screen.getByRole('button', { name: /^Bo Berg/ });
    expect(selected.getAttribute('aria-current')).toBe('true');
    expect(selected.className).toContain('selected');
    const other = screen.getByRole('button', { name: /^Anna Andersson/ });
    expect(other.getAttribute('aria-current')).toBeNull();
  });

  it('should select a day off clicked, and mark it, but not a day with a shift', () => {
    const onSelect = jest.fn();
    const { container } = renderTimeline({
      onSelect,
      dates: ['2026-11-23', '2026-11-24'],
      selected: { agentId: 'a-2', date: '2026-11-24' },
    });
    const [annaMonday, annaTuesday, boMonday, boTuesday] = container.querySelectorAll(
      '.timeline-day',
    ) as unknown as HTMLElement[];
    fireEvent.click(annaMonday as HTMLElement);
    fireEvent.click(annaTuesday as HTMLElement);
    expect(onSelect.mock.calls).toEqual([[{ agentId: 'a-1', date: '2026-11-24' }, false]]);
    expect(boTuesday?.className).toContain('selected');
    expect(boMonday?.className).not.toContain('selected');
  });
});
