import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { initI18n, setLanguage } from '../../../lib/i18n';
import {
  BASELINE,
  BASELINE_SCENARIO,
  LOWER_SICK_LEAVE_PLAN,
  PLAN,
  SAVED,
} from '../finance.fixture';
import type { PlanRequest } from '../types';
import { FinancePage } from './FinancePage';

// The charts draw on a canvas jsdom does not have; their series have specs of their own.
jest.mock('../../../components/Chart', () => ({ Chart: () => null }));

/** Text as read, the non-breaking spaces of Swedish numbers as plain ones. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe(FinancePage.name, () => {
  let post: jest.SpyInstance;
  /** What the API has saved. */
  let saved = [SAVED];

  beforeAll(() => {
    initI18n('sv');
  });
  beforeEach(() => {
    saved = [SAVED];
    jest
      .spyOn(apiClient, 'GET')
      .mockImplementation(((path: string) =>
        Promise.resolve(
          answer(200, path === '/api/finance/baseline' ? BASELINE : saved),
        )) as never);
    post = jest
      .spyOn(apiClient, 'POST')
      .mockImplementation(((path: string, { body }: { body: PlanRequest }) =>
        Promise.resolve(
          path === '/api/finance/plan'
            ? answer(200, body.scenario.sickLeaveRate === 0.065 ? LOWER_SICK_LEAVE_PLAN : PLAN)
            : answer(201, SAVED),
        )) as never);
  });
  afterEach(() => {
    act(() => setLanguage('sv'));
    jest.restoreAllMocks();
  });

  const renderPage = () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={['/finance']}>
          <FinancePage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
  };
  // A field's help or error is part of its label, hence the label's start.
  const field = (label: string) =>
    screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
  /** A headline figure as read: its label, value, reference and comparison. */
  const figure = (label: string) =>
    [
      ...((screen.getByText(label, { selector: 'dt' }).closest('.figure') as HTMLElement)
        .children ?? []),
    ].map((part) => plain(part.textContent));
  const expectFigure = (label: string, parts: string[]) =>
    waitFor(() => expect(figure(label)).toEqual(parts));
  const planRequests = () =>
    post.mock.calls.filter(([path]) => path === '/api/finance/plan').map(([, { body }]) => body);

  it('should fill the form from today’s centre, percentages as percent, and plan the coming year', async () => {
    renderPage();
    expect(await screen.findByDisplayValue('2027-01')).toBe(field('Första månad'));
    expect(field('Andel inom måltiden (%)').value).toBe('80');
    expect(field('Måltid (sekunder)').value).toBe('60');
    expect(field('Tillväxt (% per år)').value).toBe('2');
    expect(field('Sjukfrånvaro (%)').value).toBe('8.5');
    expect(field('Personalomsättning (% per år)').value).toBe('21');
    expect(field('Tjänster (FTE)').value).toBe('84.5');
    expect(field('PO-pålägg (%)').value).toBe('42');
    expect(field('Antal månader').value).toBe('12');
    expect(screen.getByText('45 000 000 kr', { normalizer: plain })).toBeTruthy();
    expect(
      screen.getByText(/Dagens läge: 88 anställda medarbetare, historik till och med oktober 2026/),
    ).toBeTruthy();
    await screen.findByText('Behov av tjänster (medel)');
    expect(planRequests()).toEqual([{ from: '2027-01', months: 12, scenario: BASELINE_SCENARIO }]);
  });

  it('should show the period’s headline figures and the months of the plan, Swedish style', async () => {
    renderPage();
    await expectFigure('Behov av tjänster (medel)', [
      'Behov av tjänster (medel)',
      '87,2',
      'scenariot har 84,5',
    ]);
    expect(figure('Tjänster som budgeten räcker till')).toEqual([
      'Tjänster som budgeten räcker till',
      '84,5',
      'scenariot har 84,5',
    ]);
    expect(figure('Kostnad')).toEqual(['Kostnad', '7,5 mnkr', 'budget 7,5 mnkr']);
    expect(figure('Saldo mot budget')).toEqual(['Saldo mot budget', '−3 575 kr']);
    expect(figure('Förväntad servicenivå')).toEqual([
      'Förväntad servicenivå',
      '77,1 %',
      'mål 80 %',
    ]);
    const balance = (await screen.findByText('Saldo mot budget')).closest('.figure');
    expect(balance?.classList.contains('alarm')).toBe(true);
    expect(
      screen.getByRole('heading', { name: 'Perioden januari 2027 – februari 2027' }),
    ).toBeTruthy();

    const [, january, february, period] = within(
      screen.getByRole('table', { name: 'Per månad' }),
    ).getAllByRole('row') as HTMLElement[];
    const cells = (row: HTMLElement | undefined) => within(row as HTMLElement).getAllByRole('cell');
    const texts = (row: HTMLElement | undefined) =>
      cells(row).map((cell) => plain(cell.textContent));
    expect(within(january as HTMLElement).getByRole('rowheader').textContent).toBe('januari 2027');
    expect(texts(january)).toEqual([
      '52 000',
      '88,4',
      '77,1',
      '−3,6',
      '3 751 787',
      '3 750 000',
      '74,1 %',
    ]);
    // Short of staff in January (red), room in February.
    expect(cells(january)[3]?.classList.contains('error')).toBe(true);
    expect(cells(february)[3]?.classList.contains('error')).toBe(false);
    expect(texts(period)).toEqual([
      '100 000',
      '87,2',
      '77,1',
      '',
      '7 503 575',
      '7 500 000',
      '77,1 %',
    ]);
  });

  it('should send a percentage typed into the form as a share, once the typing settles', async () => {
    renderPage();
    await screen.findByText('Behov av tjänster (medel)');
    fireEvent.change(field('Sjukfrånvaro (%)'), { target: { value: '6' } });
    fireEvent.change(field('Sjukfrånvaro (%)'), { target: { value: '6.5' } });
    expect(await screen.findByText('Räknar om …')).toBeTruthy();
    await waitFor(() => expect(planRequests()).toHaveLength(2));
    expect(planRequests()[1]).toEqual({
      from: '2027-01',
      months: 12,
      scenario: { ...BASELINE_SCENARIO, sickLeaveRate: 0.065 },
    });
    await expectFigure('Behov av tjänster (medel)', [
      'Behov av tjänster (medel)',
      '85,3',
      'scenariot har 84,5',
    ]);
    await waitFor(() => expect(screen.queryByText('Räknar om …')).toBeNull());
  });

  it('should show a refused field by the field and keep the last plan on screen', async () => {
    renderPage();
    await screen.findByText('Behov av tjänster (medel)');
    post.mockResolvedValue(
      answer(400, {
        statusCode: 400,
        message: 'Validation failed',
        errors: [
          {
            field: 'scenario.serviceLevelGoal',
            messages: ['scenario.serviceLevelGoal must not be greater than 0.99'],
          },
        ],
      }),
    );
    fireEvent.change(field('Andel inom måltiden (%)'), { target: { value: '100' } });
    expect(await screen.findByText('Ange ett värde från 1 till 99.')).toBeTruthy();
    expect(field('Andel inom måltiden (%)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'Rätta de markerade fälten. Siffrorna nedan gäller det senaste scenario som gick att räkna på.',
    );
    expect(figure('Behov av tjänster (medel)')[1]).toBe('87,2');
  });

  it('should send finance to the import page when there is no call history', async () => {
    post.mockResolvedValue(
      answer(400, {
        statusCode: 400,
        message: 'A capacity plan needs call history; import some first',
        detail: { key: 'noHistory', values: {} },
      }),
    );
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Det finns ingen samtalshistorik att räkna på. Importera historik först. Importera samtalshistorik',
    );
    expect(within(alert).getByRole('link').getAttribute('href')).toBe('/import');
  });

  it('should save the form under a name, and say in Swedish when the name is taken', async () => {
    renderPage();
    await screen.findByText('Behov av tjänster (medel)');
    post.mockResolvedValueOnce(
      answer(409, {
        statusCode: 409,
        message: 'A scenario named "Sjukfrånvaro 6,5 %" already exists',
        detail: { key: 'scenarioNameTaken', values: { name: 'Sjukfrånvaro 6,5 %' } },
      }),
    );
    fireEvent.change(field('Namn'), { target: { value: ' Sjukfrånvaro 6,5 % ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara som nytt' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Det finns redan ett scenario som heter "Sjukfrånvaro 6,5 %". Välj ett annat namn.',
    );
    expect(post).toHaveBeenLastCalledWith('/api/finance/scenarios', {
      body: { name: 'Sjukfrånvaro 6,5 %', note: null, scenario: BASELINE_SCENARIO },
    });

    fireEvent.change(field('Namn'), { target: { value: 'Sjukfrånvaro 6,5 % – nytt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara som nytt' }));
    expect((await screen.findByRole('status')).textContent).toBe('Sparat: Sjukfrånvaro 6,5 %.');
  });

  it('should load a saved scenario into the form, save changes over it, and reset to today', async () => {
    const put = jest.spyOn(apiClient, 'PUT').mockResolvedValue(answer(200, SAVED));
    renderPage();
    const row = (await screen.findByText('Sjukfrånvaro 6,5 %', { selector: 'strong' })).closest(
      'li',
    ) as HTMLElement;
    expect(plain(row.textContent)).toContain('Om rehabiliteringsinsatsen ger effekt');
    fireEvent.click(within(row).getByRole('button', { name: 'Läs in' }));
    expect(field('Sjukfrånvaro (%)').value).toBe('6.5');
    expect(field('Namn').value).toBe('Sjukfrånvaro 6,5 %');
    expect(within(row).getByText('i formuläret')).toBeTruthy();

    fireEvent.change(field('Tjänster (FTE)'), { target: { value: '86' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() =>
      expect(put).toHaveBeenCalledWith('/api/finance/scenarios/{id}', {
        params: { path: { id: 4 } },
        body: {
          name: 'Sjukfrånvaro 6,5 %',
          note: 'Om rehabiliteringsinsatsen ger effekt',
          scenario: { ...SAVED.scenario, positions: 86 },
        },
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Återställ till dagens läge' }));
    expect(field('Sjukfrånvaro (%)').value).toBe('8.5');
    expect(field('Tjänster (FTE)').value).toBe('84.5');
    expect(field('Namn').value).toBe('');
    expect(screen.queryByRole('button', { name: 'Spara ändringar' })).toBeNull();
  });

  it('should delete a scenario only once confirmed, and stop comparing with it', async () => {
    const remove = jest.spyOn(apiClient, 'DELETE').mockImplementation((() => {
      saved = [];
      return Promise.resolve(answer(204));
    }) as never);
    renderPage();
    const item = (await screen.findByText('Sjukfrånvaro 6,5 %', { selector: 'strong' })).closest(
      'li',
    ) as HTMLElement;
    const compareWith = field('Jämför med') as unknown as HTMLSelectElement;
    fireEvent.change(compareWith, { target: { value: '4' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Läs in' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Ta bort' }));
    expect(within(item).getByText('Ta bort scenariot?')).toBeTruthy();
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(within(item).getByRole('button', { name: 'Ja, ta bort' }));
    expect(await screen.findByText('Inga sparade scenarier ännu.')).toBeTruthy();
    expect(remove).toHaveBeenCalledWith('/api/finance/scenarios/{id}', {
      params: { path: { id: 4 } },
    });
    expect(compareWith.value).toBe('');
    expect(screen.queryByRole('button', { name: 'Spara ändringar' })).toBeNull();
  });

  it('should compare with a saved scenario: both figures side by side with the difference', async () => {
    renderPage();
    await screen.findByText('Behov av tjänster (medel)');
    const compareWith = field('Jämför med') as unknown as HTMLSelectElement;
    await within(compareWith).findByRole('option', { name: 'Sjukfrånvaro 6,5 %' });
    expect([...compareWith.options].map((option) => option.text)).toEqual([
      'Ingen jämförelse',
      'Dagens läge',
      'Sjukfrånvaro 6,5 %',
    ]);
    fireEvent.change(compareWith, { target: { value: '4' } });
    await expectFigure('Behov av tjänster (medel)', [
      'Behov av tjänster (medel)',
      '87,2',
      'scenariot har 84,5',
      'Sjukfrånvaro 6,5 %: 85,3',
      'skillnad +1,9',
    ]);
    expect(figure('Förväntad servicenivå').slice(3)).toEqual([
      'Sjukfrånvaro 6,5 %: 79,2 %',
      'skillnad −2,1 p.e.',
    ]);
    expect(figure('Kostnad').slice(3)).toEqual(['Sjukfrånvaro 6,5 %: 7,5 mnkr', 'skillnad 0 kr']);
    expect(planRequests().at(-1)).toEqual({
      from: '2027-01',
      months: 12,
      scenario: SAVED.scenario,
    });

    act(() => setLanguage('en'));
    expect(figure('Positions needed (mean)').slice(1)).toEqual([
      '87.2',
      'the scenario has 84.5',
      'Sjukfrånvaro 6,5 %: 85.3',
      'difference +1.9',
    ]);
  });
});
