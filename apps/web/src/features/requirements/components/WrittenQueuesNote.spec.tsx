import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { apiClient } from '../../../api/client';
import { answer } from '../../../api/client.fixture';
import { writtenQueue } from '../../../api/written-queue.fixture';
import type { AnswerGroup, WrittenQueue } from '../../../api/types';
import { initI18n } from '../../../lib/i18n';
import { WrittenQueuesNote } from './WrittenQueuesNote';

const GROUPS = [
  { id: 'allmanna-fragor', name: 'Allmänna frågor' },
  { id: 'e-tjanstsupport', name: 'E-tjänstsupport' },
  { id: 'aldre-direkt', name: 'Äldre Direkt' },
] as AnswerGroup[];

function renderNote(group: AnswerGroup, queues: WrittenQueue[]) {
  jest
    .spyOn(apiClient, 'GET')
    .mockImplementation((() => Promise.resolve(answer(200, queues))) as never);
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <WrittenQueuesNote group={group} answerGroups={GROUPS} />
    </QueryClientProvider>,
  );
}

describe(WrittenQueuesNote.name, () => {
  beforeAll(() => initI18n('sv'));
  afterEach(() => jest.restoreAllMocks());

  it("should list the queues the group's agents answer, their week's work and who shares it", async () => {
    renderNote(GROUPS[0]!, [
      writtenQueue({}),
      writtenQueue({ id: 'aldre-epost', name: 'Äldreomsorg', answerGroupIds: ['aldre-direkt'] }),
      writtenQueue({
        id: 'webb',
        name: 'Synpunkter',
        answerGroupIds: [],
        answerWithinWorkingDays: 2,
      }),
    ]);
    await screen.findByRole('heading', {
      name: 'Skriftliga ärenden som medarbetarna i Allmänna frågor också besvarar',
    });
    // 725 cases x 7 minutes.
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'E-post och webbformulär: 725 ärenden i veckan, 84,6 h arbete, inom 1 arbetsdag (delas med E-tjänstsupport)',
      'Synpunkter: 725 ärenden i veckan, 84,6 h arbete, inom 2 arbetsdagar (alla medarbetare)',
    ]);
  });

  it('should show nothing for a group whose agents answer no queue', async () => {
    jest
      .spyOn(apiClient, 'GET')
      .mockImplementation((() => Promise.resolve(answer(200, [writtenQueue({})]))) as never);
    // Beside a group that answers the queue, so the queues are known when the other shows.
    render(
      <QueryClientProvider client={new QueryClient()}>
        <WrittenQueuesNote group={GROUPS[2]!} answerGroups={GROUPS} />
        <WrittenQueuesNote group={GROUPS[1]!} answerGroups={GROUPS} />
      </QueryClientProvider>,
    );
    await screen.findByRole('heading', { name: /i E-tjänstsupport också besvarar/ });
    expect(screen.getAllByRole('heading')).toHaveLength(1);
  });
});
