/**
 * Agents to schedule so that `agentsOnPhone` are actually available: shrinkage is the share of
 * paid time lost to breaks, meetings, training, sickness and other absence. Not rounded, so
 * that sums over intervals stay exact; round when staffing named people.
 */
export function scheduledAgents(agentsOnPhone: number, shrinkage: number): number {
  if (!(shrinkage >= 0 && shrinkage < 1))
    throw new RangeError(`shrinkage ${shrinkage} must be in [0, 1)`);
  return agentsOnPhone / (1 - shrinkage);
}
