import type { Scenario } from './types';

/**
 * Agents grouped by identical skills: within a skill set agents are interchangeable for
 * service, so the LP and the phone allocation count agents per skill set instead of per agent.
 */
export interface SkillSet {
  /** Answer group indices (scenario order). */
  groups: number[];
  /** Agent indices (scenario order) with contract minutes to place. */
  agents: number[];
}

export function skillSetsOf(scenario: Scenario): { sets: SkillSet[]; setOfAgent: number[] } {
  const groupIndex = new Map(scenario.answerGroups.map((g, i) => [g.id, i]));
  const byKey = new Map<string, SkillSet>();
  const setOfAgent: number[] = [];
  const sets: SkillSet[] = [];
  scenario.agents.forEach((agent, a) => {
    const groups = [...new Set(agent.skills.map((s) => groupIndex.get(s)!))].sort((x, y) => x - y);
    const key = groups.join(',');
    let set = byKey.get(key);
    if (!set) {
      set = { groups, agents: [] };
      byKey.set(key, set);
      sets.push(set);
    }
    set.agents.push(a);
    setOfAgent.push(sets.indexOf(set));
  });
  return { sets, setOfAgent };
}
