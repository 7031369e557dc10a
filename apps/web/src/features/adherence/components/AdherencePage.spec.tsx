import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import type { Team } from '../../../api/types';
import { FakeUploadRequest } from '../../../api/upload-file.fixture';
import { initI18n, setLanguage } from '../../../lib/i18n';
import { BO_MONDAY, REPORT } from '../adherence.fixture';
import type { AgentStateImport } from '../types';
import { AdherencePage } from './AdherencePage';

// ECharts draws on a canvas jsdom lacks; the charts' series are specified in chart-series.spec.
jest.mock('../../../components/Chart', () => ({ Chart: () => null }));

/** Sunday 29 November 2026, 13:00 in Stockholm: the last day of week 48. */
const NOW = new Date('2026-11-29T12:00:00Z');
const NBSP = '\u00a0';
const percent = (text: string) => `${text}${NBSP}%`;

const TEAMS: Team[] = [
  { id: 'team-norr', name: 'Norr', unitId: null, managerName: null },
  { id: 'team-syd', name: 'Syd', unitId: null, managerName: null },
];

const IMPORTED: AgentStateImport = {
  id: 4,
  fileName: 'status-v48.csv',
  fileSha256: 'ab12',
  rowCount: 1234,
  agentsChanged: 3,
  agentsUnchanged: 1,
  scope: 'agents',
  coveredFrom: '2026-11-23T07:00:00.000Z',
  coveredTo: '2026-11-28T17:00:00.000Z',
  createdAt: '2026-11-29T11:00:00.000Z',
};

describe(AdherencePage.name, () => {
  let get: jest.SpyInstance;

  beforeAll(() => {
    initI18n('sv');
  });
  beforeEach(() => {
    // Only the clock is fixed; timers run, so the queries settle as in the browser.
    jest.useFakeTimers({ now: NOW, advanceTimers: true });
    const served: Record<string, unknown> = {
      '/api/adherence': REPORT,
      '/api/adherence/imports': [],
      '/api/adherence/agents/{agentId}/days/{date}': BO_MONDAY,
      '/api/teams': TEAMS,
    };
    get = jest
      .spyOn(apiClient, 'GET')
      .mockImplementation(((path: string) => Promise.resolve(answer(200, served[path]))) as never);
    FakeUploadRequest.install();
  });
  afterEach(() => {
    act(() => setLanguage('sv'));
    FakeUploadRequest.uninstall();
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  const renderPage = () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={['/adherence']}>
          <AdherencePage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return queryClient;
  };

  const table = () => screen.findByRole('table', { name: 'Följsamhet per medarbetare och dag' });
  const rowOf = async (name: string) =>
    (await screen.findByRole('rowheader', { name })).closest('tr') as HTMLElement;
  const cells = (row: HTMLElement) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
  const reportCalls = () => get.mock.calls.filter(([path]) => path === '/api/adherence');

  it('should show the week’s agents by team, worst first, with each day’s adherence and absence', async () => {
    renderPage();
    const rows = within(await table())
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rows).toEqual([
      'Norr Hela teamet',
      'Bo Berg',
      'Anna Andersson',
      'Syd Hela teamet',
      'Cecilia Ek',
    ]);
    // Monday to Friday, Saturday (Cecilia worked), and the week.
    expect(cells(await rowOf('Bo Berg'))).toEqual([
      percent('75'),
      percent('95'),
      '–',
      '–',
      '–',
      '–',
      percent('85'),
    ]);
    const anna = await rowOf('Anna Andersson');
    expect(cells(anna)).toEqual([
      percent('90'),
      percent('85'),
      'Sjuk',
      '–',
      '–',
      '–',
      percent('87,5'),
    ]);
    expect(
      within(anna)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((cell) => cell.className),
    ).toEqual(['num band-good', 'num band-warn', 'num absence']);
    expect(cells(await rowOf('Cecilia Ek')).at(-2)).toBe(percent('100'));
    expect(get).toHaveBeenCalledWith('/api/adherence', {
      params: { query: { from: '2026-11-23', to: '2026-11-29' } },
    });

    act(() => setLanguage('en'));
    expect(cells(await rowOf('Anna Andersson'))[2]).toBe('Sick');
  });

  it('should give the week’s headline figures and how far the states reach', async () => {
    renderPage();
    await screen.findByRole('heading', { name: 'Vecka 48' });
    const figure = (label: string) =>
      screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    // 2,366 of 2,640 scheduled minutes kept to: 274 minutes out of adherence.
    expect(figure('Följsamhet')).toBe(percent('89,6'));
    expect(figure('Följsamhet i telefon')).toBe(percent('89,6'));
    expect(figure('Arbetad tid mot schema')).toBe(percent('100'));
    expect(figure('Avvikande tid')).toBe('4,6 h');
    expect(figure('Arbete utanför pass')).toBe('0 h');
    expect(
      screen.getByText(
        'Agentstatus är importerad till och med 28 nov. 2026 18:00; tid efter det räknas inte ännu.',
      ),
    ).toBeTruthy();
  });

  it('should say what adherence and absence did to the service level, for the whole centre only', async () => {
    renderPage();
    await screen.findByRole('heading', { name: 'Vad det gjorde med servicenivån' });
    expect(
      screen.getByText(
        // getByText collapses the non-breaking space before % into a plain one.
        'Veckans samtal enligt prognosen besvarade i tid: 92,6 % med schemats bemanning, 88,4 % med dem som var i telefon.',
      ),
    ).toBeTruthy();
    cleanup();
    get.mockImplementation(((path: string) =>
      Promise.resolve(
        answer(200, path === '/api/adherence' ? { ...REPORT, serviceLevel: null } : []),
      )) as never);
    renderPage();
    expect(
      await screen.findByText('Servicenivån beror på alla team: välj Alla team för att se den.'),
    ).toBeTruthy();
  });

  it('should say so when no states are imported yet', async () => {
    get.mockImplementation(((path: string) =>
      Promise.resolve(
        answer(200, path === '/api/adherence' ? { ...REPORT, coveredUntil: null } : []),
      )) as never);
    renderPage();
    expect(
      await screen.findByText(
        'Ingen agentstatus är importerad ännu. Importera en fil från telefonisystemet nedan, så räknas följsamheten.',
      ),
    ).toBeTruthy();
  });

  it('should ask for the week before and for one team', async () => {
    renderPage();
    await table();
    expect(screen.getByRole('button', { name: 'Veckan efter →' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: '← Veckan före' }));
    await screen.findByRole('heading', { name: 'Vecka 47' });
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: 'team-norr' } });
    await act(() => Promise.resolve());
    expect(reportCalls().at(-1)).toEqual([
      '/api/adherence',
      { params: { query: { from: '2026-11-16', to: '2026-11-22', teamId: 'team-norr' } } },
    ]);
  });

  it('should open an agent’s day from its cell, with the schedule against the states and the exceptions in words', async () => {
    renderPage();
    await table();
    const cell = screen.getByRole('button', { name: `Bo Berg, mån 23/11: ${percent('75')}` });
    fireEvent.click(cell);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    const day = await screen.findByRole('region', { name: 'Bo Berg, mån 23 nov. 2026' });
    // Under Bo's row, where the click was, not under the whole table.
    expect(day.closest('tr')?.previousElementSibling).toBe(await rowOf('Bo Berg'));
    expect(document.activeElement).toBe(within(day).getByRole('heading'));
    expect(get).toHaveBeenCalledWith('/api/adherence/agents/{agentId}/days/{date}', {
      params: { path: { agentId: 'a-2', date: '2026-11-23' } },
    });
    const exceptions = await within(day).findByRole('table', {
      name: 'Avvikelser (minst 5 minuter)',
    });
    expect(
      within(exceptions)
        .getAllByRole('row')
        .slice(1)
        .map((row) => cells(row)),
    ).toEqual([
      ['08:00–09:20', '80', 'Telefon', 'Utloggad'],
      ['14:00–14:40', '40', 'Telefon', 'Ej redo'],
    ]);
    expect(within(day).getByText(/^Följsamhet/).textContent).toBe(
      `Följsamhet ${percent('75')} · i telefon ${percent('75')} · arbetad tid mot schema ${percent('100')}`,
    );
    const timeline = within(day).getByRole('figure', {
      name: 'Schema och faktisk status över dagen',
    });
    expect(within(timeline).getByText('Telefon 08:00–12:00')).toBeTruthy();
    expect(within(timeline).getByText('Ej redo (Lunch) 12:00–12:45')).toBeTruthy();

    fireEvent.click(within(day).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('region', { name: 'Bo Berg, mån 23 nov. 2026' })).toBeNull();
  });

  const upload = async (name: string, correction = false) => {
    renderPage();
    const start = await screen.findByRole('button', { name: 'Importera' });
    expect(start).toHaveProperty('disabled', true);
    const file = new File(['agent_id,state,start,end,reason\n'], name, { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV-fil'), { target: { files: [file] } });
    if (correction) {
      fireEvent.click(screen.getByLabelText('Rättelse: filen gäller bara medarbetarna i den'));
    }
    fireEvent.click(start);
    // The mutation starts the upload a moment after the click.
    await waitFor(() => expect(FakeUploadRequest.last).toBeDefined());
    const request = FakeUploadRequest.last as FakeUploadRequest;
    expect([request.method, request.url]).toEqual(['POST', '/api/adherence/imports']);
    expect((request.body?.get('file') as File | undefined)?.name).toBe(name);
    // A full export speaks for every agent; a correction for its own agents only.
    expect(request.body?.get('scope')).toBe(correction ? 'agents' : null);
    act(() => request.progress(512, 1024));
    expect(await screen.findByRole('progressbar', { name: 'Skickar filen …' })).toBeTruthy();
    expect(start).toHaveProperty('disabled', true);
    act(() => request.progress(1024, 1024));
    expect(
      await screen.findByRole('progressbar', { name: 'Kontrollerar och sparar …' }),
    ).toBeTruthy();
    return request;
  };

  it('should list a refused file’s errors by line in Swedish', async () => {
    const request = await upload('status.csv');
    act(() =>
      request.answer(400, {
        statusCode: 400,
        message: 'The file has 2 bad rows; nothing was stored',
        errorCount: 2,
        errors: [
          {
            line: 3,
            field: 'agent_id',
            message: 'unknown agent "a-99" (agents are known by their id, e.g. a-1)',
            detail: { key: 'unknownAgent', values: { value: 'a-99', example: 'a-1' } },
          },
          {
            line: 5,
            field: 'start',
            message: "overlaps the same agent's state on line 4",
            detail: { key: 'overlapsLine', values: { line: 4 } },
          },
        ],
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Filen har 2 felaktiga rader\. Inget har sparats/)).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('row')
        .slice(1)
        .map((row) => cells(row)),
    ).toEqual([
      ['3', 'agent_id', 'okänd medarbetare "a-99" (medarbetare anges med sitt id, t.ex. a-1)'],
      ['5', 'start', 'överlappar samma medarbetares status på rad 4'],
    ]);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('should say what an import changed, and count the week again with the new states', async () => {
    const request = await upload('status-v48.csv', true);
    const before = reportCalls().length;
    get.mockImplementation(((path: string) =>
      Promise.resolve(
        answer(
          200,
          path === '/api/adherence/imports' ? [IMPORTED] : path === '/api/teams' ? TEAMS : REPORT,
        ),
      )) as never);
    act(() => request.answer(201, IMPORTED));
    expect((await screen.findByRole('status')).textContent).toBe(
      `Klart: 1${NBSP}234 rader, 3 agenter ändrade, 1 oförändrade.`,
    );
    expect(reportCalls().length).toBe(before + 1);
    const log = await screen.findByRole('table', { name: 'Senaste importerna' });
    expect(cells(within(log).getAllByRole('row')[1] as HTMLElement).slice(1, 5)).toEqual([
      'status-v48.csv',
      `1${NBSP}234`,
      '3',
      '1',
    ]);
  });
});
