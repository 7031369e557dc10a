import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { initI18n } from '../../../lib/i18n';
import type { ScheduleRules, ScheduleRulesView } from '../api/get-schedule-rules';
import { ScheduleRulesSettings } from './ScheduleRulesSettings';

const DEFAULTS: ScheduleRules = {
  shiftLengthsMinutes: [360, 420, 480, 510],
  startGranularityMinutes: 15,
  earliestStart: '07:30',
  latestEnd: '18:00',
  lunchMinutes: 30,
  lunchRequiredAboveMinutes: 360,
  breakMinutes: 15,
  maxWorkWithoutBreakMinutes: 300,
  minWorkBetweenBreaksMinutes: 60,
  minDailyRestMinutes: 660,
  minWeeklyRestMinutes: 2160,
  maxDaysPerWeek: 5,
  contractToleranceMinutes: 60,
};

const VIEW: ScheduleRulesView = {
  rules: { ...DEFAULTS, breakMinutes: 10 },
  defaults: DEFAULTS,
  changed: ['breakMinutes'],
};

function renderRules() {
  jest
    .spyOn(apiClient, 'GET')
    .mockImplementation((() => Promise.resolve(answer(200, VIEW))) as never);
  // The server answers with what it stored: the defaults with the rules sent.
  const put = jest.spyOn(apiClient, 'PUT').mockImplementation(((
    _path: string,
    { body }: { body: ScheduleRules },
  ) =>
    Promise.resolve(
      answer(200, {
        rules: { ...DEFAULTS, ...body },
        defaults: DEFAULTS,
        changed: Object.keys(body),
      }),
    )) as never);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ScheduleRulesSettings />
    </QueryClientProvider>,
  );
  return put;
}

describe(ScheduleRulesSettings.name, () => {
  beforeAll(() => initI18n('sv'));
  afterEach(() => jest.restoreAllMocks());

  it("should show the centre's rules, mark those off the default, and save only those", async () => {
    const put = renderRules();
    const pause = (await screen.findByLabelText(/Rast \(min, betald\)/)) as HTMLInputElement;
    expect(pause.value).toBe('10');
    expect(screen.getByText('standard: 15')).toBeTruthy();
    expect((screen.getByLabelText(/Passlängder/) as HTMLInputElement).value).toBe(
      '360, 420, 480, 510',
    );

    fireEvent.change(screen.getByLabelText(/Lunch \(min, obetald\)/), { target: { value: '45' } });
    fireEvent.change(screen.getByLabelText(/Passlängder/), { target: { value: '420 480, 510' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara regler' }));
    await waitFor(() => expect(put).toHaveBeenCalled());
    expect(put.mock.calls[0]?.[1]).toEqual({
      body: { breakMinutes: 10, lunchMinutes: 45, shiftLengthsMinutes: [420, 480, 510] },
    });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('should put every rule back to its default', async () => {
    const put = renderRules();
    fireEvent.click(await screen.findByRole('button', { name: 'Återställ standard' }));
    await waitFor(() => expect(put).toHaveBeenCalled());
    expect(put.mock.calls[0]?.[1]).toEqual({ body: {} });
    await screen.findByRole('status');
    expect((screen.getByLabelText(/Rast \(min, betald\)/) as HTMLInputElement).value).toBe('15');
    expect(screen.queryByText(/^standard:/)).toBeNull();
  });
});
