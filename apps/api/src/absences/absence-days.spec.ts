import { absenceDays, agentDayKey, splitAgentDayKey } from './absence-days';

describe('absenceDays', () => {
  const absences = [
    { agentId: 'a-1', kind: 'sick' as const, fromDate: '2026-11-20', toDate: '2026-11-24' },
    { agentId: 'a-2', kind: 'vacation' as const, fromDate: '2026-12-30', toDate: '2027-01-01' },
  ];

  it('lists every day of each absence, over the turn of the year too', () => {
    expect([...absenceDays(absences)]).toEqual([
      ...['20', '21', '22', '23', '24'].map((day) => [
        agentDayKey('a-1', `2026-11-${day}`),
        'sick',
      ]),
      ['a-2|2026-12-30', 'vacation'],
      ['a-2|2026-12-31', 'vacation'],
      ['a-2|2027-01-01', 'vacation'],
    ]);
  });

  it('keeps to the days asked for', () => {
    expect([...absenceDays(absences, { from: '2026-11-23', to: '2026-11-29' }).keys()]).toEqual([
      'a-1|2026-11-23',
      'a-1|2026-11-24',
    ]);
  });

  it('splits a key back into its agent and date, whatever the agent id holds', () => {
    expect(splitAgentDayKey(agentDayKey('team|x-1', '2026-11-23'))).toEqual({
      agentId: 'team|x-1',
      date: '2026-11-23',
    });
  });
});
