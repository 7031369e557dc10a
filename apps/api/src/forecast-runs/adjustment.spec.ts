import { adjustmentFactors, datesBetween } from './adjustment';

describe(adjustmentFactors.name, () => {
  const days = [
    { date: '2026-11-23', calls: 200 },
    { date: '2026-11-24', calls: 0 },
  ];

  it('should scale every day by the percentage', () => {
    expect(adjustmentFactors(days, { percent: 10 })).toEqual([
      { date: '2026-11-23', factor: 1.1 },
      { date: '2026-11-24', factor: 1.1 },
    ]);
  });

  it('should add absolute calls to each day in proportion to its forecast', () => {
    const [monday] = adjustmentFactors(days, { absoluteCalls: 50 });
    expect(monday?.factor).toBeCloseTo(1.25, 12);
    expect((monday?.factor ?? 0) * 200).toBeCloseTo(250, 9);
  });

  it('should leave a day forecast at 0 closed when calls are added', () => {
    expect(adjustmentFactors(days, { absoluteCalls: 50 })[1]).toEqual({
      date: '2026-11-24',
      factor: 1,
    });
  });

  it('should never take a day below 0 calls', () => {
    expect(adjustmentFactors(days, { absoluteCalls: -500 })[0]?.factor).toBe(0);
    expect(adjustmentFactors(days, { percent: -150 })[0]?.factor).toBe(0);
  });
});

describe(datesBetween.name, () => {
  it('should list the dates inclusively across a month end', () => {
    expect(datesBetween('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it('should be empty when to is before from', () => {
    expect(datesBetween('2026-11-29', '2026-11-28')).toEqual([]);
  });
});
