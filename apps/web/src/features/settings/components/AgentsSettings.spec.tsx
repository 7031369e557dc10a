import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import type { Agent } from '../../../api/types';
import { initI18n, setLanguage } from '../../../lib/i18n';
import { AgentsSettings } from './AgentsSettings';

const AGENT: Agent = {
  id: 'a-1',
  name: 'Anna Andersson',
  teamId: null,
  contractMinutesPerWeek: 2400,
  employmentPercent: 100,
  startDate: '2020-01-01',
  endDate: null,
  skills: [],
  preferences: { daysOff: [4], shiftTime: 'early' },
};

describe(AgentsSettings.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  beforeEach(() => {
    const served: Record<string, unknown> = {
      '/api/agents': [AGENT],
      '/api/teams': [],
      '/api/answer-groups': [],
    };
    jest
      .spyOn(apiClient, 'GET')
      .mockImplementation(((path: string) => Promise.resolve(answer(200, served[path]))) as never);
  });
  afterEach(() => {
    act(() => setLanguage('sv'));
    jest.restoreAllMocks();
  });

  it('should show an agent’s wishes and save changed ones', async () => {
    const patch = jest
      .spyOn(apiClient, 'PATCH')
      .mockImplementation((() => Promise.resolve(answer(200, AGENT))) as never);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AgentsSettings />
      </QueryClientProvider>,
    );
    const row = (await screen.findByRole('rowheader', { name: 'Anna Andersson' })).closest('tr');
    expect(within(row as HTMLElement).getByText('ledig fre · tidiga pass')).toBeTruthy();

    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Ändra' }));
    const friday = await screen.findByRole('checkbox', { name: 'Fredag' });
    expect((friday as HTMLInputElement).checked).toBe(true);
    fireEvent.click(friday);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Måndag' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Passtid' }), {
      target: { value: 'late' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(patch).toHaveBeenCalled());
    expect(patch.mock.calls[0]?.[1]).toMatchObject({
      params: { path: { id: 'a-1' } },
      body: { preferences: { daysOff: [0], shiftTime: 'late' } },
    });
  });
});
