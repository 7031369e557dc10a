import { erlangCServiceLevel } from '@bemanna/erlang';
import { serviceLevelEffect } from './service-level-effect';

const at = (time: string) => Date.parse(`2026-11-23T${time}:00+01:00`);
const QUARTER = 15 * 60_000;

describe('serviceLevelEffect', () => {
  // 30 calls a quarter at 300 s: 10 Erlangs.
  const demand = [
    {
      answerGroupId: 'g',
      ahtSeconds: 300,
      targetSeconds: 120,
      calls: new Map([
        [at('08:00'), 30],
        [at('08:15'), 30],
        [at('08:30'), 30],
      ]),
    },
  ];

  it('scores the scheduled and the actual phone agents of each covered interval by Erlang C', () => {
    const days = serviceLevelEffect(
      [
        { answerGroupId: 'g', startMs: at('08:00'), scheduledAgents: 13, phoneAgents: 13 },
        { answerGroupId: 'g', startMs: at('08:15'), scheduledAgents: 13, phoneAgents: 10.5 },
      ],
      demand,
      // 08:30 is not covered: the states end at 08:40, within the quarter.
      [{ startMs: at('07:00'), endMs: at('08:40') }],
      { intervalMinutes: 15, timeZone: 'Europe/Stockholm' },
    );
    const sl = (agents: number) => erlangCServiceLevel(10, agents, 300, 120);
    expect(days).toHaveLength(1);
    expect(days[0]?.date).toBe('2026-11-23');
    expect(days[0]?.calls).toBe(60);
    expect(days[0]?.scheduled).toBeCloseTo(sl(13), 12);
    // Half of 11 agents' service level for half the quarter: 10 agents answer nothing in time.
    expect(days[0]?.actual).toBeCloseTo((sl(13) + 0.5 * sl(11)) / 2, 12);
  });

  it('counts an interval without scheduled phone agents as answering nothing in time', () => {
    const [day] = serviceLevelEffect(
      [],
      demand,
      [{ startMs: at('08:00'), endMs: at('08:00') + QUARTER }],
      {
        intervalMinutes: 15,
        timeZone: 'Europe/Stockholm',
      },
    );
    expect(day).toEqual({ date: '2026-11-23', calls: 30, scheduled: 0, actual: 0 });
  });
});
