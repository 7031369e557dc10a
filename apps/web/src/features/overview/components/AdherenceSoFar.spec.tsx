import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { initI18n } from '../../../lib/i18n';
import { REPORT } from '../../adherence/adherence.fixture';
import { AdherenceSoFar } from './AdherenceSoFar';

describe(AdherenceSoFar.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const renderWith = (report: unknown) => {
    const get = jest
      .spyOn(apiClient, 'GET')
      .mockImplementation((() => Promise.resolve(answer(200, report))) as never);
    const { container } = render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <MemoryRouter>
          <AdherenceSoFar weekStart="2026-11-23" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return { get, container };
  };

  it("should link the week's adherence so far, and what it did to the service level", async () => {
    const { get } = renderWith(REPORT);
    const link = await screen.findByRole('link', { name: /^Följsamhet hittills i veckan: 89,6/ });
    expect(link.getAttribute('href')).toBe('/adherence?week=2026-11-23');
    expect(link.parentElement?.textContent).toContain(
      'Servicenivå med dem som var i telefon: 88,4\u00a0%, mot 92,6\u00a0% med schemat.',
    );
    expect(get).toHaveBeenCalledWith('/api/adherence', {
      params: { query: { from: '2026-11-23', to: '2026-11-29' } },
    });
  });

  it('should say nothing before any state of the week is imported', async () => {
    const { get, container } = renderWith({ ...REPORT, coveredUntil: null });
    // Let the report arrive and render, as in the test above.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(get).toHaveBeenCalled();
    expect(container.textContent).toBe('');
  });
});
