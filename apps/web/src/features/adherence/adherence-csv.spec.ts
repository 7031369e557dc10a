import { REPORT } from './adherence.fixture';
import { adherenceCsv } from './adherence-csv';

describe('adherenceCsv', () => {
  it('writes one row per agent and day, the team named and a day away in words', () => {
    const text = adherenceCsv(
      REPORT,
      {
        columns: [
          'Team',
          'Medarbetare',
          'Id',
          'Datum',
          'S',
          'F',
          'Följsamhet',
          'T',
          'A',
          'Avv',
          'Frånvaro',
        ],
        noTeam: 'Utan team',
        absence: (kind) => `(${kind})`,
      },
      true,
    );
    const lines = text.slice(1).trimEnd().split('\r\n');
    const dayCount = REPORT.agents.reduce((sum, agent) => sum + agent.days.length, 0);
    expect(lines).toHaveLength(1 + dayCount);
    const [agent] = REPORT.agents;
    const [day] = agent?.days ?? [];
    const team = REPORT.teams.find((candidate) => candidate.teamId === agent?.teamId);
    expect(lines[1]?.split(';').slice(0, 6)).toEqual([
      team?.teamName ?? 'Utan team',
      agent?.agentName,
      agent?.agentId,
      day?.date,
      String(day?.scheduledMinutes),
      String(day?.adherentMinutes),
    ]);
    const away = REPORT.agents.flatMap((a) => a.days).filter((d) => d.absence);
    expect(lines.filter((line) => line.endsWith(')'))).toHaveLength(away.length);
  });
});
