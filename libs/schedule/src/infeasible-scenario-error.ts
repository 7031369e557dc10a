/**
 * The scenario passed validation but no schedule can keep its rules for some agent (e.g. a
 * contract no combination of allowed shift lengths meets, or unavailability leaving too few
 * days). `path` names the agent in the scenario, as validation errors do; `detail` is the
 * reason as a key with values, for an application to word in its user's language.
 */
export class InfeasibleScenarioError extends Error {
  override readonly name = 'InfeasibleScenarioError';

  constructor(
    readonly path: string,
    message: string,
    readonly detail: { key: string; values: Record<string, string | number> },
  ) {
    super(`${path}: ${message}`);
  }
}
