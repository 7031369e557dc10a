import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { initI18n } from '../../../lib/i18n';
import { NightlyForecastNote } from './NightlyForecastNote';

describe(NightlyForecastNote.name, () => {
  beforeAll(() => initI18n('sv'));
  afterEach(() => jest.restoreAllMocks());

  const show = (next: string | null) => {
    jest.spyOn(apiClient, 'GET').mockResolvedValue(
      answer(200, {
        schedule: next ? '0 2 * * *' : null,
        timeZone: 'Europe/Stockholm',
        next,
      }) as never,
    );
    return render(
      <QueryClientProvider client={new QueryClient()}>
        <NightlyForecastNote />
      </QueryClientProvider>,
    );
  };

  it('should say when the forecast is redone next, in Stockholm time', async () => {
    show('2026-11-25T02:00:00.000+01:00');
    expect(
      (await screen.findByText(/^Prognosen görs också om av sig själv varje natt/)).textContent,
    ).toMatch(/nästa gång 25 nov\. 2026 02:00\.$/);
  });

  it('should say nothing when the nightly forecast is off', async () => {
    const { container } = show(null);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(container.textContent).toBe('');
  });
});
