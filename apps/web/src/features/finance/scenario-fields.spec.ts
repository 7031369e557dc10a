import { BASELINE_SCENARIO } from './finance.fixture';
import {
  FIELD_GROUPS,
  FIELD_SPECS,
  formValue,
  toPercent,
  toShare,
  withFormValue,
} from './scenario-fields';

describe('toPercent and toShare', () => {
  it('should turn shares into the percentages the form shows, without binary noise', () => {
    expect(toPercent(0.085)).toBe(8.5);
    expect(toPercent(0.07)).toBe(7);
    expect(toPercent(0.42)).toBe(42);
    expect(toPercent(-0.015)).toBe(-1.5);
  });

  it('should turn typed percentages into the shares the API takes', () => {
    expect(toShare(6.5)).toBe(0.065);
    expect(toShare(21)).toBe(0.21);
    expect(toShare(8.25)).toBe(0.0825);
    expect(toShare(0)).toBe(0);
  });

  it('should give back what was typed after a round trip', () => {
    for (const percent of [0.1, 1.1, 8.5, 33.3, 57, 99]) {
      expect(toPercent(toShare(percent))).toBe(percent);
    }
  });
});

describe('formValue and withFormValue', () => {
  it('should show shares as percentages and other fields as they are', () => {
    expect(formValue(BASELINE_SCENARIO, 'sickLeaveRate')).toBe(8.5);
    expect(formValue(BASELINE_SCENARIO, 'payrollOverhead')).toBe(42);
    expect(formValue(BASELINE_SCENARIO, 'positions')).toBe(84.5);
    expect(formValue(BASELINE_SCENARIO, 'annualBudget')).toBe(45_000_000);
  });

  it('should set a percentage as a share and a count as typed, leaving the rest', () => {
    const lower = withFormValue(BASELINE_SCENARIO, 'sickLeaveRate', 6.5);
    expect(lower).toEqual({ ...BASELINE_SCENARIO, sickLeaveRate: 0.065 });
    expect(withFormValue(lower, 'positions', 90).positions).toBe(90);
  });
});

describe('FIELD_GROUPS', () => {
  it('should put every field in one section, in the order finance reads a scenario', () => {
    expect(FIELD_GROUPS).toEqual([
      { group: 'goal', fields: ['serviceLevelGoal', 'targetSeconds'] },
      { group: 'volume', fields: ['volumeGrowth'] },
      { group: 'written', fields: ['writtenCasesPerDay', 'writtenCaseMinutes'] },
      { group: 'absence', fields: ['sickLeaveRate', 'vacationDaysPerYear', 'otherShrinkage'] },
      {
        group: 'staff',
        fields: ['positions', 'annualTurnover', 'recruitmentMonths', 'trainingMonths'],
      },
      { group: 'money', fields: ['monthlySalary', 'payrollOverhead', 'annualBudget'] },
    ]);
    expect(FIELD_GROUPS.flatMap((group) => group.fields).sort()).toEqual(
      Object.keys(FIELD_SPECS).sort(),
    );
  });
});
