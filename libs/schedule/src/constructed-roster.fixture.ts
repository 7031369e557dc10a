import { chooseMeetingSlots, constructRoster, initialDemand } from './construct';
import { buildPlanningContext } from './planning-context';
import { Roster } from './roster';
import type { Scenario } from './types';

/** The construction's week (no LP): every shift with the centred layout of its pauses. */
export function constructedRoster(scenario: Scenario): Roster {
  const context = buildPlanningContext(scenario);
  const roster = new Roster(context);
  chooseMeetingSlots(roster);
  constructRoster(roster, initialDemand(context, null));
  roster.recomputeAll();
  return roster;
}
