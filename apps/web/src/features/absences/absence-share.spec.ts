import type { Agent } from '../../api/types';
import { absenceShare } from './absence-share';
import type { Absence } from './types';

const agent = (
  id: string,
  contractMinutesPerWeek: number,
  endDate: string | null = null,
): Agent => ({
  id,
  name: id,
  teamId: null,
  contractMinutesPerWeek,
  employmentPercent: (contractMinutesPerWeek / 2400) * 100,
  startDate: '2020-01-01',
  endDate,
  skills: [],
  preferences: null,
});

const absence = (
  agentId: string,
  kind: Absence['kind'],
  fromDate: string,
  toDate: string,
): Absence => ({
  id: 1,
  agentId,
  agentName: agentId,
  teamId: null,
  kind,
  fromDate,
  toDate,
  note: null,
  createdAt: '2026-11-20T08:00:00.000Z',
});

describe(absenceShare.name, () => {
  it('should weigh each weekday away by the agent’s contract, over those employed that day', () => {
    // Contracted: 5 days x (480 + 480 + 240) = 6,000 minutes; a-3 left on Wednesday, so
    // Thursday and Friday count 960 each: 6,000 - 2 x 240 = 5,520.
    const agents = [agent('a-1', 2400), agent('a-2', 2400), agent('a-3', 1200, '2026-11-25')];
    const shares = absenceShare(
      [
        // Sunday to Tuesday: Monday and Tuesday count, 2 x 480.
        absence('a-1', 'sick', '2026-11-22', '2026-11-24'),
        // Friday and the weekend after: Friday, 480.
        absence('a-2', 'vacation', '2026-11-27', '2026-11-30'),
        // Away after leaving: Thursday does not count.
        absence('a-3', 'childCare', '2026-11-25', '2026-11-26'),
        absence('someone-else', 'training', '2026-11-23', '2026-11-27'),
      ],
      agents,
      '2026-11-23',
    );
    expect(shares).toEqual([
      { kind: 'vacation', share: 480 / 5520 },
      { kind: 'sick', share: 960 / 5520 },
      { kind: 'childCare', share: 240 / 5520 },
    ]);
  });

  it('should find nothing in a week nobody is away', () => {
    expect(absenceShare([], [agent('a-1', 2400)], '2026-11-23')).toEqual([]);
  });
});
