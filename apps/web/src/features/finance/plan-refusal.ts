import { ApiError } from '../../api/client';
import { FIELD_SPECS } from './scenario-fields';
import type { ScenarioField } from './types';

/** A field of the page's form: the scenario's, the first month or the number of months. */
export type FormField = ScenarioField | 'from' | 'months';

/**
 * Why the API refused a field: outside what it accepts, or turnover the model cannot staff
 * (100 % or more, or so high that with these recruitment and introduction months no position is
 * ever on duty; the API names only the field).
 */
export type FieldProblem = 'refused' | 'neverOnDuty';

export interface PlanRefusal {
  fields: Partial<Record<FormField, FieldProblem>>;
  /** No call history to take volumes from: finance is sent to the import page. */
  noHistory: boolean;
}

const isFormField = (field: string): field is FormField =>
  field === 'from' || field === 'months' || Object.hasOwn(FIELD_SPECS, field);

interface RefusalBody {
  errors?: { field?: unknown }[];
  detail?: { key?: unknown; values?: { field?: unknown } };
}

/**
 * What a refused plan (400) says about the form. The API's field paths are the request's
 * (`scenario.serviceLevelGoal`); its model's own objection (`capacityInput`) names the field.
 */
export function planRefusal(error: unknown): PlanRefusal {
  const refusal: PlanRefusal = { fields: {}, noHistory: false };
  if (!(error instanceof ApiError) || error.status !== 400) return refusal;
  const body = (error.body ?? {}) as RefusalBody;
  for (const { field } of body.errors ?? []) {
    const name = String(field).replace(/^scenario\./, '');
    if (isFormField(name)) refusal.fields[name] = 'refused';
  }
  const key = body.detail?.key;
  const field = String(body.detail?.values?.field);
  if (key === 'capacityInput' && isFormField(field)) {
    refusal.fields[field] = field === 'annualTurnover' ? 'neverOnDuty' : 'refused';
  }
  refusal.noHistory = key === 'noHistory';
  return refusal;
}
