import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { EditCheck, ScheduleEdit } from '../types';
import { useLatestCheck } from './check-schedule-edits';

const remove: ScheduleEdit = { type: 'remove', agentId: 'a-1', date: '2026-11-23' };
const swap: ScheduleEdit = {
  type: 'swap',
  agentId: 'a-2',
  date: '2026-11-24',
  otherAgentId: 'a-3',
};
const move = (start: string): ScheduleEdit => ({
  type: 'move',
  agentId: 'a-2',
  date: '2026-11-24',
  start,
});

/** An answer of its own: the hook is told apart by which one it returns. */
const anAnswer = () => ({ schedule: { shifts: [] } }) as unknown as EditCheck;

describe(useLatestCheck.name, () => {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const latest = (edits: ScheduleEdit[]) =>
    renderHook(() => useLatestCheck(7, edits), { wrapper }).result.current;
  const answered = (edits: ScheduleEdit[], check: EditCheck) =>
    queryClient.setQueryData(['schedules', 'version', 7, 'edits', edits], check);

  afterEach(() => queryClient.clear());

  it('should take the answer of all the edits once it is there', () => {
    const all = anAnswer();
    answered([remove], anAnswer());
    answered([remove, swap], all);
    expect(latest([remove, swap])).toEqual({ check: all, covers: 2 });
  });

  it('should build on the answer of the most edits from the first while the rest are checked', () => {
    const first = anAnswer();
    answered([remove], first);
    // A move replaced by a later one: its answer no longer says what is asked.
    answered([remove, move('2026-11-24T09:15:00+01:00')], anAnswer());
    expect(latest([remove, move('2026-11-24T09:30:00+01:00')])).toEqual({
      check: first,
      covers: 1,
    });
  });

  it('should have nothing to build on before the first answer, nor for another version', () => {
    answered([remove], anAnswer());
    expect(latest([swap])).toEqual({ check: undefined, covers: 0 });
    expect(
      renderHook(() => useLatestCheck(8, [remove]), { wrapper }).result.current.check,
    ).toBeUndefined();
  });
});
