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
 * The plan as a file for a spreadsheet, as the schedule's export is: semicolons, CRLF and a
 * byte-order mark, so Excel with Swedish settings opens it in columns; plain numbers without
 * thousands separators (shares as fractions), with a decimal comma when `decimalComma`.
 */
export function planCsv(
  plan: CapacityPlan,
  labels: { month: string; columns: Record<PlanCsvColumn, string> },
  decimalComma: boolean,
): string {
  const cell = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const number = (value: number) => {
    const text = String(Math.round(value * 10_000) / 10_000);
    return decimalComma ? text.replace('.', ',') : text;
  };
  const rows = [
    [labels.month, ...PLAN_CSV_COLUMNS.map((column) => labels.columns[column])].map(cell),
    ...plan.months.map((month) => [
      month.month,
      ...PLAN_CSV_COLUMNS.map((column) => number(month[column])),
    ]),
  ];
  return `\ufeff${rows.map((row) => row.join(';')).join('\r\n')}\r\n`;
}
