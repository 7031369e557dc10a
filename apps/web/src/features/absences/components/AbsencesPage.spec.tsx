import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import type { Agent, Team } from '../../../api/types';
import { initI18n, setLanguage } from '../../../lib/i18n';
import type { Absence } from '../types';
import { AbsencesPage } from './AbsencesPage';

/** Tuesday 24 November 2026, 10:00 in Stockholm: week 48. */
const NOW = new Date('2026-11-24T09:00:00Z');

const TEAMS: Team[] = [{ id: 'team-norr', name: 'Norr', unitId: null, managerName: null }];

const agent = (id: string, name: string, teamId: string | null): Agent => ({
  id,
  name,
  teamId,
  contractMinutesPerWeek: 2400,
  employmentPercent: 100,
  startDate: '2020-01-01',
  endDate: null,
  skills: [],
  preferences: null,
});
const AGENTS = [
  agent('a-2', 'Bo Berg', null),
  agent('a-1', 'Anna Andersson', 'team-norr'),
  { ...agent('a-3', 'Cecilia Ek', 'team-norr'), endDate: '2025-06-30' },
];

const absence = (overrides: Partial<Absence>): Absence => ({
  id: 7,
  agentId: 'a-1',
  agentName: 'Anna Andersson',
  teamId: 'team-norr',
  kind: 'sick',
  fromDate: '2026-11-23',
  toDate: '2026-11-24',
  note: null,
  createdAt: '2026-11-23T06:40:00.000Z',
  ...overrides,
});
const ABSENCES = [
  absence({
    id: 8,
    agentId: 'a-2',
    agentName: 'Bo Berg',
    teamId: null,
    kind: 'vacation',
    fromDate: '2026-11-20',
    toDate: '2026-11-27',
  }),
  absence({ id: 7, kind: 'childCare', note: 'Friskanmälan väntas onsdag' }),
];

describe(AbsencesPage.name, () => {
  let get: jest.SpyInstance;

  beforeAll(() => {
    initI18n('sv');
  });
  beforeEach(() => {
    // Only the clock is fixed; timers run, so the queries settle as in the browser.
    jest.useFakeTimers({ now: NOW, advanceTimers: true });
    const served: Record<string, unknown> = {
      '/api/absences': ABSENCES,
      '/api/agents': AGENTS,
      '/api/teams': TEAMS,
    };
    get = jest
      .spyOn(apiClient, 'GET')
      .mockImplementation(((path: string) => Promise.resolve(answer(200, served[path]))) as never);
  });
  afterEach(() => {
    act(() => setLanguage('sv'));
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  const renderPage = () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={['/absences']}>
          <AbsencesPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return queryClient;
  };

  const rowOf = async (agentName: string) =>
    (await screen.findByRole('rowheader', { name: agentName })).closest('tr') as HTMLElement;
  const cells = (row: HTMLElement) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);

  it('should list this week’s absences with their kinds and days in Swedish, and count those away per weekday', async () => {
    renderPage();
    expect(cells(await rowOf('Anna Andersson')).slice(0, 4)).toEqual([
      'Norr',
      'Vård av barn (VAB)',
      'mån 23 nov. 2026 – tis 24 nov. 2026',
      'Friskanmälan väntas onsdag',
    ]);
    expect(cells(await rowOf('Bo Berg')).slice(0, 4)).toEqual([
      '–',
      'Semester',
      'fre 20 nov. 2026 – fre 27 nov. 2026',
      '',
    ]);
    expect(get).toHaveBeenCalledWith('/api/absences', {
      params: { query: { from: '2026-11-23', to: '2026-11-29' } },
    });
    expect(screen.getByRole('heading', { name: 'Frånvarande v. 48' })).toBeTruthy();
    const perDay = screen.getByRole('table', { name: 'Frånvarande per dag' });
    expect(
      within(perDay)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '2', '1', '1', '1']);
    // Of two agents' 5 x 480 contracted minutes each: Bo all week, Anna two days.
    await screen.findByText(
      'Andel av veckans avtalade tid måndag–fredag: Semester 50 % · Vård av barn (VAB) 20 %',
      { normalizer: (text) => text.replace(/\s+/g, ' ') },
    );
    // Only sick leave and VAB end on a friskanmälan.
    expect(
      within(await rowOf('Anna Andersson')).queryByRole('button', { name: 'Friskanmäld' }),
    ).toBeTruthy();
    expect(
      within(await rowOf('Bo Berg')).queryByRole('button', { name: 'Friskanmäld' }),
    ).toBeNull();
    act(() => setLanguage('en'));
    expect(cells(await rowOf('Anna Andersson'))[1]).toBe('Care of a sick child');
  });

  it('should offer the agents still employed on the first day, by name, with their teams', async () => {
    renderPage();
    const select = await screen.findByLabelText('Medarbetare');
    await within(select).findByRole('option', { name: 'Anna Andersson (Norr)' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Välj medarbetare …', 'Anna Andersson (Norr)', 'Bo Berg']);
  });

  it('should say so when nobody is away', async () => {
    get.mockImplementation(((path: string) =>
      Promise.resolve(answer(200, path === '/api/agents' ? AGENTS : []))) as never);
    renderPage();
    expect(await screen.findByText('Ingen är frånvarande den här veckan.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Frånvarande per dag' })).toBeNull();
  });

  it('should refuse a last day before the first in Swedish, sending nothing', async () => {
    const post = jest.spyOn(apiClient, 'POST');
    renderPage();
    const first = (await screen.findByLabelText('Första dag')) as HTMLInputElement;
    const last = screen.getByLabelText('Sista dag') as HTMLInputElement;
    expect([first.value, last.value]).toEqual(['2026-11-24', '2026-11-24']);
    fireEvent.change(screen.getByLabelText('Medarbetare'), { target: { value: 'a-1' } });
    fireEvent.change(last, { target: { value: '2026-11-23' } });
    expect(last.validity.customError).toBe(true);
    expect(last.validationMessage).toBe(
      'Sista dagen mån 23 nov. 2026 är före första dagen tis 24 nov. 2026.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Registrera' }));
    expect(post).not.toHaveBeenCalled();
    // A later first day takes the last day along.
    fireEvent.change(first, { target: { value: '2026-11-26' } });
    expect(last.value).toBe('2026-11-26');
    expect(last.validity.valid).toBe(true);
  });

  it('should say in Swedish that the agent is already away when the API refuses an overlap', async () => {
    const post = jest.spyOn(apiClient, 'POST').mockResolvedValue(
      answer(409, {
        statusCode: 409,
        message: 'a-1 is already away 2026-11-23 to 2026-11-24 (absence 7)',
        detail: {
          key: 'absenceOverlaps',
          values: { agent: 'Anna Andersson', fromDate: '2026-11-23', toDate: '2026-11-24', id: 7 },
        },
      }),
    );
    renderPage();
    const agents = (await screen.findByLabelText('Medarbetare')) as HTMLSelectElement;
    expect([...agents.options].map((option) => option.text)).toEqual([
      'Välj medarbetare …',
      'Anna Andersson (Norr)',
      'Bo Berg',
    ]);
    fireEvent.change(agents, { target: { value: 'a-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Anna Andersson är redan frånvarande 2026-11-23 – 2026-11-24. Ändra den frånvaron i stället.',
    );
    expect(post).toHaveBeenCalledWith('/api/absences', {
      body: {
        agentId: 'a-1',
        kind: 'sick',
        fromDate: '2026-11-24',
        toDate: '2026-11-24',
        note: null,
      },
    });
  });

  it('should register an absence, refresh the list and the schedule’s absences, and clear the note only', async () => {
    const registered = absence({ id: 9, agentId: 'a-2', agentName: 'Bo Berg', kind: 'training' });
    jest.spyOn(apiClient, 'POST').mockResolvedValue(answer(201, registered));
    const invalidate = jest.spyOn(renderPage(), 'invalidateQueries');
    fireEvent.change(await screen.findByLabelText('Medarbetare'), { target: { value: 'a-2' } });
    fireEvent.change(screen.getByLabelText('Typ'), { target: { value: 'training' } });
    const note = screen.getByLabelText('Anteckning (frivillig)') as HTMLInputElement;
    fireEvent.change(note, { target: { value: 'Kurs i klarspråk' } });
    const listsBefore = get.mock.calls.filter(([path]) => path === '/api/absences').length;
    fireEvent.click(screen.getByRole('button', { name: 'Registrera' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Registrerat: Bo Berg, Utbildning mån 23 nov. 2026 – tis 24 nov. 2026.',
    );
    expect(note.value).toBe('');
    expect(screen.getByLabelText('Medarbetare')).toHaveProperty('value', 'a-2');
    expect(get.mock.calls.filter(([path]) => path === '/api/absences').length).toBe(
      listsBefore + 1,
    );
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['schedule-absences'] });
  });

  it('should end sick leave on the chosen last day, and remove an absence only once confirmed', async () => {
    const patch = jest
      .spyOn(apiClient, 'PATCH')
      .mockResolvedValue(answer(200, absence({ kind: 'childCare', toDate: '2026-11-25' })));
    const remove = jest.spyOn(apiClient, 'DELETE').mockResolvedValue(answer(204));
    renderPage();
    const anna = await rowOf('Anna Andersson');
    fireEvent.click(within(anna).getByRole('button', { name: 'Friskanmäld' }));
    const lastDay = within(anna).getByLabelText('Sista frånvarodag') as HTMLInputElement;
    expect(lastDay.value).toBe('2026-11-24');
    fireEvent.change(lastDay, { target: { value: '2026-11-25' } });
    fireEvent.click(within(anna).getByRole('button', { name: 'Spara' }));
    expect(await within(anna).findByRole('button', { name: 'Friskanmäld' })).toBeTruthy();
    expect(patch).toHaveBeenCalledWith('/api/absences/{id}', {
      params: { path: { id: 7 } },
      body: { toDate: '2026-11-25' },
    });

    const bo = await rowOf('Bo Berg');
    fireEvent.click(within(bo).getByRole('button', { name: 'Ta bort' }));
    expect(within(bo).getByText('Ta bort frånvaron?')).toBeTruthy();
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(within(bo).getByRole('button', { name: 'Ja, ta bort' }));
    await act(() => Promise.resolve());
    expect(remove).toHaveBeenCalledWith('/api/absences/{id}', { params: { path: { id: 8 } } });
  });
});
