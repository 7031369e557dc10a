import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { apiClient } from '../api/client';
import { answer } from '../api/client.fixture';
import { jobFixture } from '../api/job.fixture';
import type { Job } from '../api/types';
import { initI18n, setLanguage } from '../lib/i18n';
import { JobStatus } from './JobStatus';

const NBSP = '\u00a0';

const MESSAGES = { running: 'Schemat skapas …', done: 'Klart', failed: 'Misslyckades' };

/** A job's status cancels through the API, so it renders with a query client. */
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);

const runningJob = (overrides: Partial<Job>): Job =>
  jobFixture({ message: 'Improving: 91.2% (bound –)', ...overrides });

describe(JobStatus.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => act(() => setLanguage('sv')));

  const show = (job: Job) =>
    render(<JobStatus job={job} running error={null} messages={MESSAGES} />, { wrapper });

  it('should word the API’s step in the user’s language, shares as percentages', () => {
    show(
      runningJob({
        step: { key: 'scheduleImproving', values: { serviceLevel: 0.912, bound: null } },
      }),
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe(
      `Förbättrar: 91,2${NBSP}% (gräns –)`,
    );
    act(() => setLanguage('en'));
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe(
      'Improving: 91.2% (bound –)',
    );
  });

  it('should say a queued job waits for another', () => {
    show(runningJob({ status: 'queued', startedAt: null, progress: 0 }));
    expect(screen.getByText('I kö: väntar på att ett annat jobb blir klart')).toBeTruthy();
  });

  it('should count down the time left of a job that runs for a known time, and move its bar by the clock', () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-24T05:00:21.000Z') });
    try {
      render(
        <JobStatus
          job={runningJob({ progress: 0.05, step: { key: 'scheduleBounding', values: {} } })}
          running
          error={null}
          messages={MESSAGES}
          expectedSeconds={45}
        />,
        { wrapper },
      );
      const bar = () => screen.getByRole('progressbar');
      expect(bar().getAttribute('aria-label')).toBe(
        'Räknar ut den övre gränsen för servicenivån · ca 25 sekunder kvar',
      );
      expect(Number(bar().getAttribute('value'))).toBeCloseTo(20 / 45, 6);
      act(() => jest.advanceTimersByTime(24_000));
      expect(bar().getAttribute('aria-label')).toMatch(/ca 1 sekund kvar$/);
      // Past the time (evaluation and saving take a moment): never done before the job says so.
      act(() => jest.advanceTimersByTime(10_000));
      expect(bar().getAttribute('aria-label')).toMatch(/ · avslutar …$/);
      expect(Number(bar().getAttribute('value'))).toBe(0.95);
    } finally {
      jest.useRealTimers();
    }
  });

  it('should count answer groups in Swedish with the right plural', () => {
    show(runningJob({ step: { key: 'forecastFitting', values: { count: 1 } } }));
    expect(screen.getByText('Anpassar och backtestar 1 svarsgrupp')).toBeTruthy();
  });

  it('should show the page’s own words before the first step, the API’s for a step it does not know', () => {
    const { unmount } = show(runningJob({ message: 'Started' }));
    expect(screen.getByText(MESSAGES.running)).toBeTruthy();
    unmount();
    show(runningJob({ message: 'Warming up', step: { key: 'somethingNew', values: {} } }));
    expect(screen.getByText('Warming up')).toBeTruthy();
  });

  it('should cancel a queued or running job through the API, and say so once it is', async () => {
    const post = jest
      .spyOn(apiClient, 'POST')
      .mockResolvedValue(answer(200, runningJob({ status: 'cancelled' })) as never);
    const { unmount } = show(runningJob({}));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Avbryt' })));
    expect(post).toHaveBeenCalledWith('/api/jobs/{id}/cancel', { params: { path: { id: 7 } } });
    unmount();
    render(
      <JobStatus
        job={runningJob({ status: 'cancelled' })}
        running={false}
        error={null}
        messages={MESSAGES}
      />,
      { wrapper },
    );
    expect(screen.getByRole('status').textContent).toBe('Avbrutet: inget sparades.');
    expect(screen.queryByRole('button')).toBeNull();
    post.mockRestore();
  });

  it('should offer to finish a running generation now, not a queued one nor another kind', async () => {
    const post = jest
      .spyOn(apiClient, 'POST')
      .mockResolvedValue(answer(200, runningJob({})) as never);
    const view = (job: Job, finishable: boolean) =>
      render(
        <JobStatus job={job} running error={null} messages={MESSAGES} finishable={finishable} />,
        { wrapper },
      );
    const queued = view(runningJob({ status: 'queued' }), true);
    expect(screen.queryByRole('button', { name: 'Avsluta nu' })).toBeNull();
    queued.unmount();
    const other = view(runningJob({}), false);
    expect(screen.queryByRole('button', { name: 'Avsluta nu' })).toBeNull();
    other.unmount();
    view(runningJob({}), true);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Avsluta nu' })));
    expect(post).toHaveBeenCalledWith('/api/jobs/{id}/finish', { params: { path: { id: 7 } } });
    // Asked, it says so until the job has finished.
    expect(
      (await screen.findByRole('button', { name: 'Avslutar …' })).hasAttribute('disabled'),
    ).toBe(true);
    post.mockRestore();
  });

  it('should say why a job failed in the user’s language, the API’s words for a reason it does not know', () => {
    const failed = (overrides: Partial<Job>) =>
      render(
        <JobStatus
          job={runningJob({ status: 'failed', error: 'no week for agent "a-1"', ...overrides })}
          running={false}
          error={null}
          messages={MESSAGES}
        />,
        { wrapper },
      );
    const { unmount } = failed({
      errorDetail: {
        key: 'noRuleKeepingWeek',
        values: { agent: 'Agnes Berg', contractMinutes: 2400 },
      },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'Misslyckades: Ingen vecka håller reglerna för Agnes Berg: 2400 avtalade minuter går inte att lägga med de tillåtna passlängderna, dagarna, vilan, frånvaron och APT. Ändra passlängderna eller avtalet.',
    );
    act(() => setLanguage('en'));
    expect(screen.getByRole('alert').textContent).toContain(
      'No week keeps the rules for Agnes Berg: 2400 contract minutes',
    );
    unmount();
    failed({ errorDetail: { key: 'somethingNew', values: {} } });
    expect(screen.getByRole('alert').textContent).toBe('Misslyckades: no week for agent "a-1"');
  });
});
