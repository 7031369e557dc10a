import { ANNA, CECILIA, REPORT } from './adherence.fixture';
import type { AgentAdherenceDay } from './types';
import { shownDates, weekTable } from './week-table';

const MONDAY = '2026-11-23';
const WEEKDAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];

describe(shownDates.name, () => {
  it('should show Monday to Friday, and a weekend day only when someone worked it', () => {
    // Cecilia worked Saturday.
    expect(shownDates(REPORT, MONDAY)).toEqual([...WEEKDAYS, '2026-11-28']);
    expect(shownDates({ ...REPORT, days: [] }, MONDAY)).toEqual(WEEKDAYS);
  });

  it('should not show a weekend day only because an absence runs over it', () => {
    const sick = ANNA.days[2] as AgentAdherenceDay;
    const away = { ...ANNA, days: [{ ...sick, date: '2026-11-29' }] };
    const weekdaysOnly = REPORT.days.filter((day) => day.date < '2026-11-28');
    expect(shownDates({ ...REPORT, days: weekdaysOnly, agents: [away] }, MONDAY)).toEqual(WEEKDAYS);
  });
});

describe(weekTable.name, () => {
  const dates = shownDates(REPORT, MONDAY);
  const table = weekTable(REPORT, dates);

  it('should group the agents by team in the report’s order, the lowest week first', () => {
    expect(
      table.map((group) => [group.team.teamName, group.agents.map((row) => row.agent.agentName)]),
    ).toEqual([
      // Bo kept to 816 of 960 minutes (85 %), Anna to 840 (87.5 %).
      ['Norr', ['Bo Berg', 'Anna Andersson']],
      ['Syd', ['Cecilia Ek']],
    ]);
  });

  it('should put each day under its date, the absence with it, and nothing where none is known', () => {
    const [norr, syd] = table;
    const anna = norr?.agents[1];
    expect(anna?.days.map((day) => day?.absence ?? day?.adherence)).toEqual([
      0.9,
      0.85,
      'sick',
      undefined,
      undefined,
      undefined,
    ]);
    expect(norr?.days.map((day) => day?.adherence)).toEqual([
      0.825,
      0.9,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(syd?.agents[0]?.days.map((day) => day?.date)).toEqual([
      '2026-11-23',
      undefined,
      undefined,
      undefined,
      undefined,
      '2026-11-28',
    ]);
  });

  it('should put an agent away all week, with nothing counted, after those with figures', () => {
    const awayAllWeek = {
      ...CECILIA,
      agentId: 'a-4',
      agentName: 'Ada Al',
      teamId: 'team-syd',
      total: { ...CECILIA.total, adherence: null },
    };
    const [, syd] = weekTable({ ...REPORT, agents: [awayAllWeek, CECILIA] }, dates);
    expect(syd?.agents.map((row) => row.agent.agentName)).toEqual(['Cecilia Ek', 'Ada Al']);
  });
});
