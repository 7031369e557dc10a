import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { writtenQueue } from '../../../api/written-queue.fixture';
import type { AnswerGroup, WrittenQueue } from '../../../api/types';
import { initI18n } from '../../../lib/i18n';
import { weeklyHours } from '../../../lib/written-queues';
import { WrittenQueuesSettings } from './WrittenQueuesSettings';

const INBOX = writtenQueue({ answerGroupIds: ['allmanna-fragor'] });

const GROUPS = [
  { id: 'allmanna-fragor', name: 'Allmänna frågor' },
  { id: 'aldre-direkt', name: 'Äldre Direkt' },
] as AnswerGroup[];

const FORECAST = {
  weekStart: '2026-11-30',
  casesPerWeekday: [171, 140, 131, 120, 109, 30, 25],
  method: 'same-weekday-mean',
  chosenBy: 'backtest',
  dailyWape: 0.083,
  historyDays: 728,
};

function renderQueues() {
  jest
    .spyOn(apiClient, 'GET')
    .mockImplementation(((path: string) =>
      Promise.resolve(
        answer(
          200,
          path === '/api/written-queues'
            ? [INBOX]
            : path === '/api/written-queues/{id}/forecast'
              ? FORECAST
              : GROUPS,
        ),
      )) as never);
  const post = jest
    .spyOn(apiClient, 'POST')
    .mockImplementation(((_path: string, { body }: { body: WrittenQueue }) =>
      Promise.resolve(answer(201, body))) as never);
  const patch = jest
    .spyOn(apiClient, 'PATCH')
    .mockImplementation(((_path: string, { body }: { body: Partial<WrittenQueue> }) =>
      Promise.resolve(answer(200, { ...INBOX, ...body }))) as never);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <WrittenQueuesSettings />
    </QueryClientProvider>,
  );
  return { post, patch };
}

describe(WrittenQueuesSettings.name, () => {
  beforeAll(() => initI18n('sv'));
  afterEach(() => jest.restoreAllMocks());

  it("should list each queue with its week's cases, hours and who answers it", async () => {
    renderQueues();
    const row = (await screen.findByRole('rowheader', { name: /E-post och webbformulär/ }))
      .parentElement as HTMLElement;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    // 725 cases x 7 minutes = 84.6 hours.
    expect(cells.slice(0, 6)).toEqual([
      '725',
      '7',
      '84,6',
      'inom 1 arbetsdag',
      'mån, tis, ons, tor, fre',
      'Allmänna frågor',
    ]);
    expect(weeklyHours(INBOX)).toBeCloseTo(84.583, 3);
  });

  it('should create a queue with its cases per weekday, working days and answering groups', async () => {
    const { post } = renderQueues();
    fireEvent.click(await screen.findByRole('button', { name: 'Ny kö' }));
    const form = screen.getByRole('form', { name: 'Ny kö' });
    fireEvent.change(within(form).getByLabelText('Id'), { target: { value: 'aldre-epost' } });
    fireEvent.change(within(form).getByLabelText('Namn'), { target: { value: 'Äldreomsorg' } });
    fireEvent.change(within(form).getByLabelText(/Minuter per ärende/), { target: { value: '6' } });
    fireEvent.change(within(form).getByLabelText('mån'), { target: { value: '45' } });
    fireEvent.change(within(form).getByLabelText('tis'), { target: { value: '35' } });
    fireEvent.click(within(form).getByLabelText('Fredag'));
    fireEvent.click(within(form).getByLabelText('Äldre Direkt'));
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(post).toHaveBeenCalled());
    expect(post.mock.calls[0]?.[1]).toEqual({
      body: {
        id: 'aldre-epost',
        name: 'Äldreomsorg',
        handleMinutes: 6,
        casesPerWeekday: [45, 35, 0, 0, 0, 0, 0],
        workingDays: [0, 1, 2, 3],
        answerWithinWorkingDays: 1,
        answerGroupIds: ['aldre-direkt'],
      },
    });
  });

  it('should change a queue without sending its id in the body', async () => {
    const { patch } = renderQueues();
    fireEvent.click(await screen.findByRole('button', { name: 'Ändra' }));
    const form = screen.getByRole('form', { name: 'Ändra' });
    fireEvent.change(within(form).getByLabelText(/Besvaras inom/), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(patch).toHaveBeenCalled());
    const { id: _id, ...rest } = INBOX;
    expect(patch.mock.calls[0]?.[1]).toEqual({
      params: { path: { id: 'epost' } },
      body: { ...rest, answerWithinWorkingDays: 2 },
    });
  });

  it("should import a history file and fill the cases per weekday from the history's forecast", async () => {
    const { patch } = renderQueues();
    // What fetch answers a stored file (jsdom has no Response of its own).
    const upload = jest.fn(() =>
      Promise.resolve({
        ok: true,
        status: 201,
        json: async () => ({ days: 728, from: '2024-11-23', to: '2026-11-22', changedDays: 728 }),
      }),
    );
    globalThis.fetch = upload as never;
    fireEvent.click(await screen.findByRole('button', { name: 'Ändra' }));
    const form = screen.getByRole('form', { name: 'Ändra' });
    const file = new File(['interval_start,answer_group,offered\n'], 'epost.csv');
    fireEvent.change(within(form).getByLabelText(/Importera ärenden per dag/), {
      target: { files: [file] },
    });
    await within(form).findByText(/^728 dagar importerade .*, 728 ändrade\.$/);
    expect(upload).toHaveBeenCalledWith('/api/written-queues/epost/history', expect.anything());

    fireEvent.click(within(form).getByRole('button', { name: 'Föreslå från historiken' }));
    await within(form).findByText(
      /med Medel av samma veckodag på 728 dagars historik \(fel per dag i backtest 8,3\s%\)/,
    );
    expect((within(form).getByLabelText('mån') as HTMLInputElement).value).toBe('171');
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(patch).toHaveBeenCalled());
    expect(
      (patch.mock.calls[0]![1] as unknown as { body: WrittenQueue }).body.casesPerWeekday,
    ).toEqual(FORECAST.casesPerWeekday);
  });
});
