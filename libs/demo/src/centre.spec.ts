import { addLocalDays } from '@bemanna/calendar';
import { demoAgentsOn, demoCentre } from './centre';
import { DEMO_HISTORY_TO } from './history';

const MINUTES_AT_FULL_TIME = 2400;

describe('demoCentre', () => {
  const centre = demoCentre();
  const planningMonday = '2026-11-23';

  it('has seven phone answer groups with seven opening entries each', () => {
    expect(centre.answerGroups).toHaveLength(7);
    for (const group of centre.answerGroups) {
      expect(group.open).toHaveLength(7);
      expect(group.channel).toBe('phone');
      expect(group.serviceGoal).toEqual({ serviceLevel: 0.8, targetSeconds: 120 });
      expect(group.ahtSeconds).toBeGreaterThanOrEqual(180);
      expect(group.ahtSeconds).toBeLessThanOrEqual(480 + 60);
    }
    expect(new Set(centre.answerGroups.map((group) => group.id)).size).toBe(7);
    expect(centre.answerGroups.some((group) => group.patienceSeconds !== undefined)).toBe(true);
  });

  it('has written queues answered within a working day by agents of existing groups', () => {
    const groupIds = new Set(centre.answerGroups.map((group) => group.id));
    const active = demoAgentsOn(planningMonday);
    let hours = 0;
    for (const queue of centre.writtenQueues) {
      expect(groupIds.has(queue.id)).toBe(false);
      expect(queue.casesPerWeekday).toHaveLength(7);
      expect(queue.answerWithinWorkingDays).toBe(1);
      for (const id of queue.answerGroupIds) expect(groupIds.has(id)).toBe(true);
      const answering = active.filter((agent) =>
        agent.skills.some((skill) => queue.answerGroupIds.includes(skill)),
      );
      expect(answering.length).toBeGreaterThanOrEqual(10);
      hours += (queue.casesPerWeekday.reduce((a, b) => a + b, 0) * queue.handleMinutes) / 60;
    }
    // Two to three full-timers' work a week (40 h each).
    expect(hours / 40).toBeGreaterThan(2);
    expect(hours / 40).toBeLessThan(3);
  });

  it('employs 90 agents in the planning week after the history, in four teams', () => {
    expect(addLocalDays(DEMO_HISTORY_TO, 1)).toBe(planningMonday);
    const active = demoAgentsOn(planningMonday);
    expect(active).toHaveLength(90);
    expect(centre.teams.map((team) => team.name)).toEqual([
      'Team Norr',
      'Team Söder',
      'Team Öst',
      'Team Väst',
    ]);
    const teamIds = new Set(centre.teams.map((team) => team.id));
    for (const agent of centre.agents) expect(teamIds.has(agent.teamId)).toBe(true);
  });

  it('gives contract minutes that match the employment percent', () => {
    for (const agent of centre.agents) {
      expect([100, 75, 50]).toContain(agent.employmentPercent);
      expect(agent.contractMinutesPerWeek).toBe(
        (MINUTES_AT_FULL_TIME * agent.employmentPercent) / 100,
      );
    }
    const counts = (percent: number) =>
      demoAgentsOn(planningMonday).filter((agent) => agent.employmentPercent === percent).length;
    expect([counts(100), counts(75), counts(50)]).toEqual([60, 20, 10]);
  });

  it('gives every agent one to three skills that exist, and every group some agents', () => {
    const groupIds = new Set(centre.answerGroups.map((group) => group.id));
    for (const agent of centre.agents) {
      expect(agent.skills.length).toBeGreaterThanOrEqual(1);
      expect(agent.skills.length).toBeLessThanOrEqual(3);
      expect(new Set(agent.skills).size).toBe(agent.skills.length);
      for (const skill of agent.skills) expect(groupIds.has(skill)).toBe(true);
    }
    for (const id of groupIds) {
      expect(centre.agents.filter((agent) => agent.skills.includes(id)).length).toBeGreaterThan(5);
    }
  });

  it('gives unique ids and names and valid employment dates', () => {
    expect(new Set(centre.agents.map((agent) => agent.id)).size).toBe(centre.agents.length);
    expect(new Set(centre.agents.map((agent) => agent.name)).size).toBe(centre.agents.length);
    for (const agent of centre.agents) {
      expect(agent.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (agent.endDate) expect(agent.endDate > agent.startDate).toBe(true);
    }
  });

  it('returns a fresh copy each time', () => {
    const changed = demoCentre();
    changed.answerGroups[0]?.open.splice(0, 7);
    changed.agents[0]?.skills.push('x');
    expect(demoCentre()).toEqual(centre);
  });
});
