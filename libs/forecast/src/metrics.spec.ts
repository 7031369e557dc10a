import { AccuracyAccumulator } from './metrics';
import { DispersionEstimator, normalQuantile, predictionInterval } from './prediction-interval';
import { handleTimeBySlot } from './handle-time';

describe('AccuracyAccumulator', () => {
  it('computes WAPE, MAPE over busy intervals only, and bias', () => {
    const sut = new AccuracyAccumulator(10);
    sut.add(100, 90); // |e| 10, 10%
    sut.add(20, 30); // |e| 10, 50%
    sut.add(2, 0); // |e| 2, too few calls for MAPE
    sut.add(0, 1); // |e| 1, undefined for MAPE
    const result = sut.result();
    expect(result.wape).toBeCloseTo(23 / 122, 12);
    expect(result.mape).toBeCloseTo((0.1 + 0.5) / 2, 12);
    expect(result.bias).toBeCloseTo((-10 + 10 - 2 + 1) / 122, 12);
    expect(result.count).toBe(4);
  });

  it('returns NaN when there is nothing to measure', () => {
    const result = new AccuracyAccumulator(10).result();
    expect([result.wape, result.mape, result.bias, result.count]).toEqual([NaN, NaN, NaN, 0]);
  });
});

describe('prediction intervals', () => {
  it('has the standard normal quantiles (Abramowitz & Stegun table 26.5)', () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845, 8);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326347874, 8);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is Poisson when the backtest shows no extra variance, wider when it does', () => {
    const poisson = predictionInterval(100, 0, 0.8);
    expect(poisson.low).toBeCloseTo(100 - 12.815515655, 6);
    expect(poisson.high).toBeCloseTo(100 + 12.815515655, 6);
    const wider = predictionInterval(100, 0.01, 0.8);
    expect(wider.high).toBeCloseTo(100 + 1.2815515655 * Math.sqrt(200), 6);
    expect(predictionInterval(1, 0, 0.8).low).toBe(0);
  });

  it('estimates the extra-Poisson variance k by moments', () => {
    const sut = new DispersionEstimator();
    // Errors of 20 on forecasts of 100: (400 - 100) / 100^2 = 0.03 each.
    sut.add(120, 100);
    sut.add(80, 100);
    expect(sut.dispersion()).toBeCloseTo(0.03, 12);
    const calm = new DispersionEstimator();
    calm.add(100, 100);
    expect(calm.dispersion()).toBe(0);
  });
});

describe('handleTimeBySlot', () => {
  it('weights by answered calls and shrinks quiet slots towards the mean', () => {
    // Slot 0: 10 calls at 100 s; slot 1: 30 calls at 400 s; slot 2: none. Mean 325 s.
    const aht = handleTimeBySlot(
      Float64Array.from([1000, 12000, 0]),
      Float64Array.from([10, 30, 0]),
    );
    expect(aht[0]).toBeCloseTo((1000 + 20 * 325) / 30, 12); // 250
    expect(aht[1]).toBeCloseTo((12000 + 20 * 325) / 50, 12); // 370
    expect(aht[2]).toBeCloseTo(325, 12);
  });
});
