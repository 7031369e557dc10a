import { spreadsheetCsv } from '../../lib/spreadsheet';
import type { CapacityPlan } from './types';

/** The month table's columns in the file, and the ones behind them finance also asks for. */
export const PLAN_CSV_COLUMNS = [
  'calls',
  'workloadHours',
  'requiredPhoneHours',
  'writtenHours',
  'shrinkage',
  'requiredPositions',
  'paidFte',
  'productiveFte',
  'gapFte',
  'cost',
  'requiredCost',
  'budget',
  'expectedServiceLevel',
] as const;

export type PlanCsvColumn = (typeof PLAN_CSV_COLUMNS)[number];

/**
 * The plan as a file for a spreadsheet (`spreadsheetCsv`): one row a month, shares as
 * fractions.
 */
export function planCsv(
  plan: CapacityPlan,
  labels: { month: string; columns: Record<PlanCsvColumn, string> },
  decimalComma: boolean,
): string {
  return spreadsheetCsv(
    [
      [labels.month, ...PLAN_CSV_COLUMNS.map((column) => labels.columns[column])],
      ...plan.months.map((month) => [
        month.month,
        ...PLAN_CSV_COLUMNS.map((column) => month[column]),
      ]),
    ],
    decimalComma,
  );
}
