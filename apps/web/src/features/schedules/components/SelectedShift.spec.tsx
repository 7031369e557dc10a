import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { initI18n, setLanguage } from '../../../lib/i18n';
import type { AgentDay } from '../agent-day';
import { bygglovScenario, phoneShift } from '../scenario.fixture';
import type { Schedule, ScheduleEdit } from '../types';
import { SelectedShift } from './SelectedShift';

const agents = [
  {
    id: 'a-1',
    name: 'Anna Andersson',
    contractMinutesPerWeek: 2400,
    skills: ['bygglov'],
  },
  { id: 'a-2', name: 'Bo Berg', contractMinutesPerWeek: 2400, skills: ['bygglov', 'parkering'] },
  { id: 'a-3', name: 'Cecilia Ek', contractMinutesPerWeek: 2400, skills: ['bygglov'] },
  { id: 'a-4', name: 'Alva Dahl', contractMinutesPerWeek: 2400, skills: ['parkering'] },
];
const week = bygglovScenario(agents);
// A second group, which Anna is not skilled in.
const scenario = {
  ...week,
  answerGroups: [
    ...week.answerGroups,
    {
      ...(week.answerGroups[0] as (typeof week.answerGroups)[number]),
      id: 'parkering',
      name: 'Parkering',
    },
  ],
};

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
          end: '2026-11-23T12:00:00+01:00',
          answerGroup: 'bygglov',
        },
        { type: 'lunch', start: '2026-11-23T12:00:00+01:00', end: '2026-11-23T12:30:00+01:00' },
        {
          type: 'phone',
          start: '2026-11-23T12:30:00+01:00',
          end: '2026-11-23T16:30:00+01:00',
          answerGroup: 'bygglov',
        },
      ],
    },
    phoneShift('a-2', '2026-11-23T09:00:00+01:00', '2026-11-23T17:00:00+01:00', 'parkering'),
  ],
};

const ANNA_MONDAY = { agentId: 'a-1', date: '2026-11-23' };

describe(SelectedShift.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  const renderCard = ({
    agentDay = ANNA_MONDAY,
    busy = false,
    onEdit = () => {},
    onSelect = () => {},
    onClose = () => {},
  }: {
    agentDay?: AgentDay;
    busy?: boolean;
    onEdit?: (edit: ScheduleEdit) => void;
    onSelect?: (agentDay: AgentDay) => void;
    onClose?: () => void;
  } = {}) =>
    render(
      <SelectedShift
        ref={createRef<HTMLElement>()}
        scenario={scenario}
        schedule={schedule}
        agentDay={agentDay}
        agents={agents}
        dates={['2026-11-23', '2026-11-24']}
        busy={busy}
        onEdit={onEdit}
        onSelect={onSelect}
        onClose={onClose}
      />,
    );
  const optionsOf = (name: string) =>
    within(screen.getByRole('combobox', { name }))
      .getAllByRole('option')
      .map((option) => option.textContent);
  const choose = (name: string, label: string) => {
    const select = screen.getByRole('combobox', { name }) as HTMLSelectElement;
    const option = within(select).getByRole('option', { name: label }) as HTMLOptionElement;
    fireEvent.change(select, { target: { value: option.value } });
  };

  it('should name the agent, the day and the times, and list the activities in order', () => {
    renderCard();
    const card = screen.getByRole('region', { name: 'Valt pass' });
    expect(within(card).getByText('Anna Andersson, mån 23 nov. 2026 08:00–16:30')).toBeTruthy();
    const activities = within(card).getByRole('list', { name: 'Passets aktiviteter' });
    expect(
      within(activities)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '08:00–12:00 Telefon: Bygglov',
      '12:00–12:30 Lunch',
      '12:30–16:30 Telefon: Bygglov',
    ]);
    act(() => setLanguage('en'));
    expect(screen.getByRole('region', { name: 'Selected shift' })).toBeTruthy();
  });

  it('should change an hour inside the shift to training, in quarter hours, the end after the start', () => {
    const onEdit = jest.fn();
    renderCard({ onEdit });
    const from = optionsOf('Från');
    expect([from[0], from[1], from[from.length - 1]]).toEqual(['08:00', '08:15', '16:15']);
    choose('Från', '09:00');
    // The end was 09:00, an hour after the first start: it moves an hour after the new one.
    expect(optionsOf('Till')[0]).toBe('09:15');
    expect((screen.getByRole('combobox', { name: 'Till' }) as HTMLSelectElement).value).toBe(
      '2026-11-23T10:00:00+01:00',
    );
    choose('Aktivitet', 'Utbildning');
    expect(screen.queryByRole('combobox', { name: 'Svarsgrupp' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ändra' }));
    expect(onEdit).toHaveBeenCalledWith({
      type: 'changeActivity',
      agentId: 'a-1',
      date: '2026-11-23',
      start: '2026-11-23T09:00:00+01:00',
      end: '2026-11-23T10:00:00+01:00',
      activity: 'training',
    });
  });

  it("should offer phone only for the agent's answer groups", () => {
    const onEdit = jest.fn();
    renderCard({ onEdit });
    expect(optionsOf('Aktivitet')).toEqual([
      'Telefon',
      'Rast',
      'Lunch',
      'Möte',
      'Utbildning',
      'Övrigt arbete',
    ]);
    expect(optionsOf('Svarsgrupp')).toEqual(['Bygglov']);
    fireEvent.click(screen.getByRole('button', { name: 'Ändra' }));
    expect(onEdit.mock.calls[0]?.[0]).toMatchObject({ activity: 'phone', answerGroup: 'bygglov' });
  });

  it('should swap with another agent, named with what they have that day, the unskilled last', () => {
    const onEdit = jest.fn();
    renderCard({ onEdit });
    expect(optionsOf('Byt pass med')).toEqual([
      'Välj medarbetare',
      'Cecilia Ek (ledig)',
      // Anna cannot take Bo's parking calls; Alva cannot take Anna's bygglov calls.
      'Bo Berg (09:00–17:00, saknar kompetens)',
      'Alva Dahl (ledig, saknar kompetens)',
    ]);
    const swap = screen.getByRole('button', { name: 'Byt pass' }) as HTMLButtonElement;
    expect(swap.disabled).toBe(true);
    choose('Byt pass med', 'Cecilia Ek (ledig)');
    fireEvent.click(swap);
    expect(onEdit).toHaveBeenCalledWith({
      type: 'swap',
      agentId: 'a-1',
      date: '2026-11-23',
      otherAgentId: 'a-3',
    });
  });

  it('should remove the shift, and wait while the dry run is busy', () => {
    const onEdit = jest.fn();
    const { rerender } = renderCard({ onEdit });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort passet' }));
    expect(onEdit).toHaveBeenCalledWith({ type: 'remove', agentId: 'a-1', date: '2026-11-23' });
    rerender(
      <SelectedShift
        ref={createRef<HTMLElement>()}
        scenario={scenario}
        schedule={schedule}
        agentDay={ANNA_MONDAY}
        agents={agents}
        dates={['2026-11-23']}
        busy
        onEdit={onEdit}
        onSelect={() => {}}
        onClose={() => {}}
      />,
    );
    for (const name of ['Ändra', 'Ta bort passet'])
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('should close with its button or Escape', () => {
    const onClose = jest.fn();
    renderCard({ onClose });
    fireEvent.click(screen.getByRole('button', { name: 'Stäng' }));
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Från' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("should add a shift on a day off: the agent's days off, starts in the rules' hours, lengths that fit", () => {
    const onEdit = jest.fn();
    const onSelect = jest.fn();
    renderCard({ agentDay: { agentId: 'a-2', date: '2026-11-24' }, onEdit, onSelect });
    const card = screen.getByRole('region', { name: 'Nytt pass' });
    expect(within(card).getByRole('form', { name: 'Lägg till pass' })).toBeTruthy();
    expect(optionsOf('Medarbetare')).toEqual([
      'Anna Andersson',
      'Bo Berg',
      'Cecilia Ek',
      'Alva Dahl',
    ]);
    expect(optionsOf('Dag')).toEqual(['tis 24 nov. 2026']);
    const starts = optionsOf('Start');
    expect([starts[0], starts[starts.length - 1]]).toEqual(['07:30', '12:00']);
    expect(optionsOf('Längd')).toEqual(['6 h', '7 h', '8 h', '8 h 30 min']);
    choose('Start', '10:00');
    expect(optionsOf('Längd')).toEqual(['6 h', '7 h', '8 h']);
    choose('Längd', '7 h');
    fireEvent.click(within(card).getByRole('button', { name: 'Lägg till pass' }));
    expect(onEdit).toHaveBeenCalledWith({
      type: 'add',
      agentId: 'a-2',
      date: '2026-11-24',
      start: '2026-11-24T10:00:00+01:00',
      end: '2026-11-24T17:00:00+01:00',
      overtime: true,
    });
    // Within the contract when the planner says so (a part-timer's day moved, say).
    fireEvent.click(within(card).getByRole('checkbox', { name: /^Extra tid/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'Lägg till pass' }));
    expect(onEdit).toHaveBeenLastCalledWith(expect.not.objectContaining({ overtime: true }));
    choose('Medarbetare', 'Cecilia Ek');
    expect(onSelect).toHaveBeenCalledWith({ agentId: 'a-3', date: '2026-11-24' });
  });
});
