import type { CapacityScenario, ScenarioField } from './types';

/** The form's sections, in the order finance reads a scenario. */
export type FieldGroup = 'goal' | 'volume' | 'written' | 'absence' | 'staff' | 'money';

export interface FieldSpec {
  group: FieldGroup;
  /** A share (0..1) in the API, entered and shown as a percentage. */
  percent: boolean;
  /** The API's range, in the form's unit (percent for shares). */
  min: number;
  max: number;
  step: number;
  /** Kronor, spelled out under the field: eight digits are hard to read in a number input. */
  kronor?: boolean;
}

/**
 * How each field of a scenario is entered; the ranges are the API's (CapacityScenarioDto). A
 * Record, so that a field the API adds fails `tsc` here rather than missing from the form.
 */
export const FIELD_SPECS: Record<ScenarioField, FieldSpec> = {
  serviceLevelGoal: { group: 'goal', percent: true, min: 1, max: 99, step: 1 },
  targetSeconds: { group: 'goal', percent: false, min: 0, max: 3600, step: 5 },
  volumeGrowth: { group: 'volume', percent: true, min: -50, max: 200, step: 0.5 },
  writtenCasesPerDay: { group: 'written', percent: false, min: 0, max: 1_000_000, step: 1 },
  writtenCaseMinutes: { group: 'written', percent: false, min: 0, max: 600, step: 0.1 },
  sickLeaveRate: { group: 'absence', percent: true, min: 0, max: 50, step: 0.5 },
  vacationDaysPerYear: { group: 'absence', percent: false, min: 0, max: 60, step: 1 },
  otherShrinkage: { group: 'absence', percent: true, min: 0, max: 60, step: 1 },
  positions: { group: 'staff', percent: false, min: 0, max: 10_000, step: 0.5 },
  annualTurnover: { group: 'staff', percent: true, min: 0, max: 100, step: 1 },
  recruitmentMonths: { group: 'staff', percent: false, min: 0, max: 12, step: 0.5 },
  trainingMonths: { group: 'staff', percent: false, min: 0, max: 12, step: 0.5 },
  monthlySalary: {
    group: 'money',
    percent: false,
    min: 0,
    max: 1_000_000,
    step: 500,
    kronor: true,
  },
  payrollOverhead: { group: 'money', percent: true, min: 0, max: 200, step: 0.5 },
  annualBudget: { group: 'money', percent: false, min: 0, max: 1e12, step: 100_000, kronor: true },
};

/** The form's sections with their fields, in FIELD_SPECS' order. */
export const FIELD_GROUPS: { group: FieldGroup; fields: ScenarioField[] }[] = (
  ['goal', 'volume', 'written', 'absence', 'staff', 'money'] as const
).map((group) => ({
  group,
  fields: (Object.keys(FIELD_SPECS) as ScenarioField[]).filter(
    (field) => FIELD_SPECS[field].group === group,
  ),
}));

// Twelve significant digits drop the binary noise of * and / by 100 (0.07 * 100 is
// 7.000000000000001) and keep any precision a person types.
const tidy = (value: number) => Number(value.toPrecision(12));

/** A share as the percentage the form shows: 0.085 -> 8.5. */
export function toPercent(share: number): number {
  return tidy(share * 100);
}

/** A percentage typed into the form as the share the API takes: 8.5 -> 0.085. */
export function toShare(percent: number): number {
  return tidy(percent / 100);
}

/** A field's value in the form's unit. */
export function formValue(scenario: CapacityScenario, field: ScenarioField): number {
  return FIELD_SPECS[field].percent ? toPercent(scenario[field]) : scenario[field];
}

/** The scenario with one field set from what was typed, in the form's unit. */
export function withFormValue(
  scenario: CapacityScenario,
  field: ScenarioField,
  typed: number,
): CapacityScenario {
  return { ...scenario, [field]: FIELD_SPECS[field].percent ? toShare(typed) : typed };
}
