import { demoAbsences } from './absences';
import { demoAgentsOn } from './centre';

describe(demoAbsences.name, () => {
  const absences = demoAbsences();
  const awayOn = (date: string) =>
    absences.filter((absence) => absence.fromDate <= date && date <= absence.toDate);

  it('names agents employed on the first planning day, each at most once, with dates in order', () => {
    const employed = new Set(demoAgentsOn('2026-11-23').map((agent) => agent.id));
    for (const absence of absences) {
      expect(employed.has(absence.agentId)).toBe(true);
      expect(absence.toDate >= absence.fromDate).toBe(true);
    }
    expect(new Set(absences.map((absence) => absence.agentId)).size).toBe(absences.length);
  });

  it('has about a municipal centre’s 8.5% sick leave on the first planning day', () => {
    const sick = awayOn('2026-11-23').filter((absence) => absence.kind === 'sick');
    // Seven short spells and one long-term: 8 of 90 agents.
    expect(sick).toHaveLength(8);
  });

  it('has vacations over Christmas and a two-day course, and is the same on every call', () => {
    expect(awayOn('2026-12-24').filter((absence) => absence.kind === 'vacation')).toHaveLength(6);
    expect(awayOn('2026-12-02').filter((absence) => absence.kind === 'training')).toHaveLength(3);
    expect(demoAbsences()).toEqual(absences);
  });
});
