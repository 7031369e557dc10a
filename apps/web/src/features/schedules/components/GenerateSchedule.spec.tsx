import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { jobFixture } from '../../../api/job.fixture';
import type { Job } from '../../../api/types';
import { initI18n } from '../../../lib/i18n';
import { GenerateSchedule } from './GenerateSchedule';
import { MemoryRouter } from 'react-router-dom';

const WEEK = '2026-11-30';

/** A generation job of `weekStart`, started 10 s before the clock the spec sets. */
function generation(
  id: number,
  weekStart: string,
  status: Job['status'],
  timeLimitSeconds = 45,
): Job {
  return jobFixture({
    id,
    status,
    progress: 0.25,
    message: 'Staffing bound: at most 99.1%',
    step: { key: 'scheduleBound', values: { bound: 0.991 } },
    parameters: { weekStart, forecastVersionId: 1, timeLimitSeconds },
    createdAt: '2026-11-24T09:59:50.000Z',
    startedAt: status === 'queued' ? null : '2026-11-24T09:59:50.000Z',
  });
}

describe(GenerateSchedule.name, () => {
  beforeAll(() => initI18n('sv'));
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00.000Z') }));
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  /**
   * The form for WEEK while the API has `jobs` of schedule generation, after its answers (the
   * week's jobs, then the followed job itself) have come.
   */
  async function showWhileJobs(jobs: Job[]) {
    jest.spyOn(apiClient, 'GET').mockImplementation((async (
      path: string,
      init?: { params?: { path?: { id?: number } } },
    ) => {
      if (path === '/api/answer-groups') return answer(200, []);
      if (path === '/api/calendar/closed-days') return answer(200, []);
      if (path === '/api/jobs') return answer(200, jobs);
      if (path === '/api/jobs/{id}')
        return answer(
          200,
          jobs.find((job) => job.id === init?.params?.path?.id),
        );
      throw new Error(`unexpected GET ${path}`);
    }) as never);
    render(
      <MemoryRouter>
        <QueryClientProvider client={new QueryClient()}>
          <GenerateSchedule weekStart={WEEK} forecastVersionId={1} onCreated={() => {}} />
        </QueryClientProvider>
      </MemoryRouter>,
    );
    for (let i = 0; i < 3; i++) await act(() => jest.advanceTimersByTimeAsync(10));
  }

  it('should follow the generation of its week already under way, with the time left', async () => {
    await showWhileJobs([generation(8, '2026-12-07', 'running'), generation(7, WEEK, 'running')]);
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe(
      'Övre gräns: högst 99,1\u00a0% · ca 35 sekunder kvar',
    );
    expect(screen.getByRole('button', { name: 'Skapa schema' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it("should show the followed generation's own time limit, not the field's default", async () => {
    await showWhileJobs([generation(7, WEEK, 'running', 60)]);
    const field = screen.getByLabelText('Tidsgräns (s)') as HTMLInputElement;
    expect([field.value, field.disabled]).toEqual(['60', true]);
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe(
      'Övre gräns: högst 99,1\u00a0% · ca 50 sekunder kvar',
    );
  });

  it('should leave the form free when no generation of its week is under way', async () => {
    await showWhileJobs([generation(8, '2026-12-07', 'running')]);
    expect(screen.getByRole('button', { name: 'Skapa schema' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const field = screen.getByLabelText('Tidsgräns (s)') as HTMLInputElement;
    expect([field.value, field.disabled]).toEqual(['45', false]);
  });
});
