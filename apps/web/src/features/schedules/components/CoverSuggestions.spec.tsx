import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { initI18n, setLanguage } from '../../../lib/i18n';
import type { CoverOption, ScheduleEdit } from '../types';
import { CoverSuggestions } from './CoverSuggestions';

const AGENTS = [
  { id: 'a-1', name: 'Anna Andersson', contractMinutesPerWeek: 2400, skills: ['bygglov'] },
  { id: 'a-2', name: 'Bo Berg', contractMinutesPerWeek: 1800, skills: ['bygglov'] },
];
const OPTIONS: CoverOption[] = [
  {
    agentId: 'a-2',
    start: '2026-11-24T08:00:00+01:00',
    end: '2026-11-24T16:30:00+01:00',
    answeredGain: 14.2,
    serviceLevelGain: 0.0123,
  },
  {
    agentId: 'a-1',
    start: '2026-11-24T09:00:00+01:00',
    end: '2026-11-24T15:00:00+01:00',
    answeredGain: 0.6,
    serviceLevelGain: 0.0004,
  },
];
const SICK: ScheduleEdit = { type: 'remove', agentId: 'a-3', date: '2026-11-24' };

describe(CoverSuggestions.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => {
    jest.restoreAllMocks();
    act(() => setLanguage('sv'));
  });

  const renderSuggestions = (onEdit: (edit: ScheduleEdit) => void, busy = false) =>
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CoverSuggestions
          versionId={4}
          date="2026-11-24"
          edits={[SICK]}
          agents={AGENTS}
          busy={busy}
          onEdit={onEdit}
        />
      </QueryClientProvider>,
    );

  it('should ask for the day with the unsaved edits and list who helps most, each one click to add', async () => {
    const post = jest.spyOn(apiClient, 'POST').mockResolvedValue(answer(200, OPTIONS));
    const onEdit = jest.fn();
    renderSuggestions(onEdit);
    expect(screen.getByRole('heading', { name: 'Vem kan täcka tis 24 nov. 2026?' })).toBeTruthy();
    await screen.findByText(
      'Bo Berg 08:00–16:30 (+14,2 samtal besvarade i tid, +1,2 procentenheter)',
    );
    expect(
      screen.getByText('Anna Andersson 09:00–15:00 (+0,6 samtal besvarade i tid)'),
    ).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/schedules/{id}/cover', {
      params: { path: { id: 4 } },
      body: { date: '2026-11-24', edits: [SICK] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till passet för Bo Berg' }));
    expect(onEdit).toHaveBeenCalledWith({
      type: 'add',
      agentId: 'a-2',
      date: '2026-11-24',
      start: '2026-11-24T08:00:00+01:00',
      end: '2026-11-24T16:30:00+01:00',
      overtime: true,
    });
  });

  it('should say so when nobody can take an extra shift', async () => {
    jest.spyOn(apiClient, 'POST').mockResolvedValue(answer(200, []));
    renderSuggestions(jest.fn());
    await screen.findByText(
      'Ingen ledig medarbetare kan ta ett extra pass den dagen utan att bryta en regel.',
    );
  });

  it('should keep the add buttons disabled while the dry run is busy', async () => {
    jest.spyOn(apiClient, 'POST').mockResolvedValue(answer(200, OPTIONS));
    renderSuggestions(jest.fn(), true);
    const add = await screen.findByRole('button', { name: 'Lägg till passet för Bo Berg' });
    expect((add as HTMLButtonElement).disabled).toBe(true);
  });
});
