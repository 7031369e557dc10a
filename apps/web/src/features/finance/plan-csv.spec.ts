import { PLAN_CSV_COLUMNS, planCsv } from './plan-csv';
import type { CapacityPlan } from './types';

const month = {
  month: '2027-07',
  baselineMonth: '2026-07',
  calls: 37_354.25,
  workloadHours: 2_801.5,
  requiredPhoneHours: 6_120.75,
  writtenHours: 700,
  shrinkage: 0.57625,
  requiredProductiveFte: 81.1,
  requiredPositions: 88.9,
  paidFte: 75.8,
  productiveFte: 73,
  gapFte: -15.9,
  cost: 3_551_988,
  requiredCost: 3_898_123.456789,
  budget: 3_558_333.33,
  expectedServiceLevel: 0.759,
};

describe('planCsv', () => {
  const labels = {
    month: 'Månad',
    columns: Object.fromEntries(PLAN_CSV_COLUMNS.map((column) => [column, column])) as Record<
      (typeof PLAN_CSV_COLUMNS)[number],
      string
    >,
  };
  const plan = { months: [month] } as unknown as CapacityPlan;

  it('writes one row a month for Excel with Swedish settings: semicolons, decimal commas, BOM', () => {
    const text = planCsv(plan, { ...labels, month: 'Månad; år' }, true);
    expect(text.startsWith('\ufeff')).toBe(true);
    const [header, row, end] = text.slice(1).split('\r\n');
    expect(header).toBe(`"Månad; år";${PLAN_CSV_COLUMNS.join(';')}`);
    expect(row).toBe(
      '2027-07;37354,25;2801,5;6120,75;700;0,5763;88,9;75,8;73;-15,9;3551988;3898123,4568;3558333,33;0,759',
    );
    expect(end).toBe('');
  });

  it('keeps decimal points for English', () => {
    expect(planCsv(plan, labels, false).split('\r\n')[1]).toContain(';0.759');
  });
});
