import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { jobFixture } from '../../../api/job.fixture';
import type { Job } from '../../../api/types';
import { initI18n } from '../../../lib/i18n';
import { JobsSettings } from './JobsSettings';

/** A job that ran for 12 s; the spec overrides the rest. */
const job = (overrides: Partial<Job>): Job =>
  jobFixture({
    kind: 'forecast-run',
    status: 'succeeded',
    progress: 1,
    startedAt: '2026-11-24T05:00:00.000Z',
    finishedAt: '2026-11-24T05:00:12.000Z',
    ...overrides,
  });

describe(JobsSettings.name, () => {
  beforeAll(() => initI18n('sv'));
  afterEach(() => jest.restoreAllMocks());

  it('should list the jobs with their state, time and result, and cancel one under way', async () => {
    const jobs = [
      job({
        id: 3,
        kind: 'schedule-generation',
        status: 'running',
        progress: 0.5,
        parameters: { weekStart: '2026-11-30', name: 'Vecka 49' },
        finishedAt: null,
      }),
      job({
        id: 2,
        kind: 'schedule-generation',
        parameters: { weekStart: '2026-11-23' },
        result: { scheduleVersionId: 7 },
      }),
      job({
        id: 1,
        parameters: { name: 'Nightly forecast 2026-11-26, 42 days (auto)' },
        result: { forecastVersionId: 4 },
      }),
    ];
    jest.spyOn(apiClient, 'GET').mockResolvedValue(answer(200, jobs) as never);
    const post = jest
      .spyOn(apiClient, 'POST')
      .mockResolvedValue(answer(200, { ...jobs[0], status: 'running' }) as never);
    render(
      <MemoryRouter>
        <QueryClientProvider client={new QueryClient()}>
          <JobsSettings />
        </QueryClientProvider>
      </MemoryRouter>,
    );
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^3Schema · Vecka 49Pågår 50\s%.*–Avbryt$/),
      expect.stringMatching(/^2SchemaKlart.*12Schema #7$/),
      expect.stringMatching(
        /^1Prognos · Nightly forecast 2026-11-26, 42 days \(auto\)Klart.*12Prognos #4$/,
      ),
    ]);
    expect(within(rows[1]!).getByRole('link').getAttribute('href')).toBe(
      '/schedule?week=2026-11-23&version=7',
    );
    await act(async () =>
      fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Avbryt' })),
    );
    expect(post).toHaveBeenCalledWith('/api/jobs/{id}/cancel', { params: { path: { id: 3 } } });
  });
});
