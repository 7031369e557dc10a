import type { Scenario } from './types';

/**
 * Agents grouped by identical skills: within a skill set agents are interchangeable for
 * service, so the LP and the phone allocation count agents per skill set instead of per agent.
 */
export interface SkillSet {
  /** Answer group indices (scenario order). */
  groups: number[];
  /** Written queue indices (scenario order), whose backoffice the LP reserves time for. */
  writtenQueues: number[];
  /** Agent indices (scenario order) with contract minutes to place. */
  agents: number[];
}

export function skillSetsOf(scenario: Scenario): { sets: SkillSet[]; setOfAgent: number[] } {
  const indexOf = (ids: { id: string }[]) => new Map(ids.map((item, i) => [item.id, i]));
  const groupIndex = indexOf(scenario.answerGroups);
  const queueIndex = indexOf(scenario.writtenQueues ?? []);
  const indices = (skills: string[], index: Map<string, number>) =>
    [...new Set(skills.flatMap((s) => (index.has(s) ? [index.get(s)!] : [])))].sort(
      (x, y) => x - y,
    );
  const byKey = new Map<string, SkillSet>();
  const setOfAgent: number[] = [];
  const sets: SkillSet[] = [];
  scenario.agents.forEach((agent, a) => {
    const groups = indices(agent.skills, groupIndex);
    const writtenQueues = indices(agent.skills, queueIndex);
    const key = `${groups.join(',')}|${writtenQueues.join(',')}`;
    let set = byKey.get(key);
    if (!set) {
      set = { groups, writtenQueues, agents: [] };
      byKey.set(key, set);
      sets.push(set);
    }
    set.agents.push(a);
    setOfAgent.push(sets.indexOf(set));
  });
  return { sets, setOfAgent };
}
