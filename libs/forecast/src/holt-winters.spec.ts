import { fitHoltWinters, holtWinters } from './holt-winters';

// A week that runs Sunday to Thursday: Friday and Saturday (indexes 4 and 5) closed.
const WEEK = [120, 100, 90, 95, 0, 0, 140];

function weeks(count: number, level = 1): Float64Array {
  return Float64Array.from({ length: 7 * count }, (_, t) => level * (WEEK[t % 7] as number));
}

describe('holtWinters', () => {
  it('reproduces a pure weekly pattern exactly, closed days included', () => {
    const fit = holtWinters(weeks(6), 7, { alpha: 0.3, beta: 0.1, gamma: 0.2, phi: 0.9 }, 14);
    expect(fit).not.toBeNull();
    expect(fit!.mse).toBeLessThan(1e-18);
    for (let h = 0; h < 14; h++) expect(fit!.forecast[h]).toBeCloseTo(WEEK[h % 7] as number, 9);
  });

  it('carries on through missing values on the forecasts of the state', () => {
    const y = weeks(6);
    for (const t of [15, 16, 30, 38]) y[t] = Number.NaN;
    const fit = holtWinters(y, 7, { alpha: 0.5, beta: 0, gamma: 0.3, phi: 0.9 }, 7)!;
    expect(Array.from(fit.forecast, (v) => Math.round(v * 1e9) / 1e9)).toEqual(WEEK);
  });

  it('moves the level towards a step change, by more with a larger alpha', () => {
    const y = Float64Array.from(
      { length: 70 },
      (_, t) => (t < 56 ? 1 : 2) * (WEEK[t % 7] as number),
    );
    const slow = holtWinters(y, 7, { alpha: 0.05, beta: 0, gamma: 0.05, phi: 0.9 }, 7)!;
    const fast = holtWinters(y, 7, { alpha: 0.5, beta: 0, gamma: 0.05, phi: 0.9 }, 7)!;
    // Forecast for Sunday (index 70 % 7 = 0), previously 120, now 240.
    expect(slow.forecast[0]).toBeGreaterThan(120);
    expect(fast.forecast[0]).toBeGreaterThan(slow.forecast[0]!);
    // Level and season both learn the step, so a fast fit may overshoot a little.
    expect(Math.abs(fast.forecast[0]! - 240)).toBeLessThan(0.05 * 240);
    expect(fast.forecast[4]).toBe(0);
  });

  it('needs two seasons with data to start', () => {
    expect(holtWinters(weeks(1), 7, { alpha: 0.1, beta: 0, gamma: 0.1, phi: 0.9 }, 7)).toBeNull();
    expect(fitHoltWinters(new Float64Array(21).fill(Number.NaN), 7, 7)).toBeNull();
  });

  it('fits the exact pattern with zero error whatever the grid picks', () => {
    const fit = fitHoltWinters(weeks(8, 3), 7, 28)!;
    expect(fit.mse).toBeLessThan(1e-18);
    expect(fit.forecast[27]).toBeCloseTo(3 * (WEEK[(56 + 27) % 7] as number), 9);
  });
});
