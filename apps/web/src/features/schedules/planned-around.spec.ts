import { plannedAround } from './planned-around';
import { bygglovScenario } from './scenario.fixture';

describe(plannedAround.name, () => {
  const agent = (id: string, name: string, teamId: string) => ({
    id,
    name,
    contractMinutesPerWeek: 2400,
    skills: ['bygglov'],
    teamId,
  });
  const monday = { start: '2026-11-23T00:00:00+01:00', end: '2026-11-24T00:00:00+01:00' };

  it('should count the agents with days they could not work and name those excused from meetings', () => {
    const scenario = {
      ...bygglovScenario([
        { ...agent('a-1', 'Anna Andersson', 't-n'), unavailable: [monday] },
        { ...agent('a-2', 'Bo Berg', 't-n'), unavailable: [] },
        agent('a-3', 'Cecilia Ek', 't-n'),
        { ...agent('a-4', 'David Lind', 't-s'), unavailable: [monday, monday] },
      ]),
      meetings: [
        { teamId: 't-n', durationMinutes: 60, excused: ['a-1'] },
        { teamId: 't-s', durationMinutes: 60 },
      ],
    };
    expect(plannedAround(scenario)).toEqual({ agentsWithDaysOff: 2, excused: ['Anna Andersson'] });
  });

  it('should not count the days the centre is closed to everyone as planned around', () => {
    const christmas = { start: '2026-12-25T00:00:00+01:00', end: '2026-12-26T00:00:00+01:00' };
    const scenario = bygglovScenario([
      { ...agent('a-1', 'Anna Andersson', 't-n'), unavailable: [christmas] },
      { ...agent('a-2', 'Bo Berg', 't-n'), unavailable: [christmas, monday] },
    ]);
    const closedDays = [{ date: '2026-12-25', name: 'juldagen' }];
    expect(plannedAround(scenario, closedDays).agentsWithDaysOff).toBe(1);
    expect(plannedAround(scenario).agentsWithDaysOff).toBe(2);
  });

  it('should find nothing in a week without absences or meetings', () => {
    expect(plannedAround(bygglovScenario([agent('a-1', 'Anna Andersson', 't-n')]))).toEqual({
      agentsWithDaysOff: 0,
      excused: [],
    });
  });
});
