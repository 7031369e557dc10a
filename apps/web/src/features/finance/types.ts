import type { Schemas } from '../../api/client';

export type CapacityScenario = Schemas['CapacityScenarioDto'];
export type ScenarioField = keyof CapacityScenario;
export type FinanceBaseline = Schemas['FinanceBaselineDto'];
export type CapacityPlan = Schemas['CapacityPlanDto'];
export type CapacityMonth = Schemas['CapacityMonthDto'];
export type SavedScenario = Schemas['FinanceScenarioDto'];

/** What the page asks a plan for: the months always given, so that the form can show them. */
export type PlanRequest = Schemas['CapacityPlanRequestDto'] & { months: number };

/** A plan with the request it answers: the scenario's goal is not in the plan itself. */
export interface PlannedRequest {
  request: PlanRequest;
  plan: CapacityPlan;
}

/** The months a plan covers unless finance asks otherwise: a budget year. */
export const DEFAULT_MONTHS = 12;
/** The longest plan the API makes. */
export const MAX_MONTHS = 36;
