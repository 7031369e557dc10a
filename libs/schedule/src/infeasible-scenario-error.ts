/**
 * The scenario passed validation but no schedule can keep its rules for some agent (e.g. a
 * contract no combination of allowed shift lengths meets, or unavailability leaving too few
 * days). `path` names the agent in the scenario, as validation errors do.
 */
export class InfeasibleScenarioError extends Error {
  override readonly name = 'InfeasibleScenarioError';

  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}
