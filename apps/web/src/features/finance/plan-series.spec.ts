import { LOWER_SICK_LEAVE_PLAN, PLAN } from './finance.fixture';
import { goalLines, positionLines, serviceLevelLines } from './plan-series';

describe(positionLines.name, () => {
  it('should draw the need against the positions, paid and productive FTE per month', () => {
    expect(positionLines(PLAN)).toEqual([
      { key: 'requiredPositions', values: [88.4, 80.6], comparison: false },
      { key: 'positions', values: [84.5, 84.5], comparison: false },
      { key: 'paidFte', values: [80.06, 80.06], comparison: false },
      { key: 'productiveFte', values: [77.11, 77.11], comparison: false },
    ]);
  });

  it('should add the comparison’s need and positions, marked to be drawn dashed', () => {
    const lines = positionLines(PLAN, LOWER_SICK_LEAVE_PLAN).filter((line) => line.comparison);
    expect(lines.map((line) => line.key)).toEqual(['requiredPositions', 'positions']);
    expect(lines[0]?.values[0]).toBeCloseTo(86.5, 10);
    expect(lines[0]?.values[1]).toBeCloseTo(78.7, 10);
    expect(lines[1]?.values).toEqual([84.5, 84.5]);
  });

  it('should match a comparison still computed for other months by month, not by position', () => {
    const earlier = {
      ...LOWER_SICK_LEAVE_PLAN,
      months: LOWER_SICK_LEAVE_PLAN.months.map((planned) => ({
        ...planned,
        month: planned.month.replace('2027-01', '2026-12').replace('2027-02', '2027-01'),
      })),
    };
    const [need] = positionLines(PLAN, earlier).filter((line) => line.comparison);
    expect(need?.values[0]).toBeCloseTo(78.7, 10);
    expect(need?.values[1]).toBeNull();
  });
});

describe(serviceLevelLines.name, () => {
  it('should give the expected service level per month, the comparison’s after', () => {
    const [own, compared] = serviceLevelLines(PLAN, LOWER_SICK_LEAVE_PLAN);
    expect(own).toEqual({
      key: 'expectedServiceLevel',
      values: [0.741, 0.803],
      comparison: false,
    });
    expect(compared?.comparison).toBe(true);
    expect(compared?.values[0]).toBeCloseTo(0.762, 10);
  });
});

describe(goalLines.name, () => {
  it('should draw the comparison’s goal only where it differs', () => {
    expect(goalLines(0.8)).toEqual([0.8]);
    expect(goalLines(0.8, 0.8)).toEqual([0.8]);
    expect(goalLines(0.8, 0.9)).toEqual([0.8, 0.9]);
  });
});
