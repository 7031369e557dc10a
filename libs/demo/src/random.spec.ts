import fc from 'fast-check';
import { samplePoisson, sampleBinomial } from './poisson';
import { mixSeed, mulberry32 } from './random';

function meanAndVariance(values: number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { mean, variance };
}

describe('mulberry32', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const first = mulberry32(seed);
        const second = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const value = first();
          expect(value).toBe(second());
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it('gives different streams for different answer groups and days', () => {
    expect(mixSeed(1, 'aldre-direkt', '2025-01-02')).not.toBe(
      mixSeed(1, 'aldre-direkt', '2025-01-03'),
    );
    expect(mixSeed(1, 'aldre-direkt', '2025-01-02')).not.toBe(
      mixSeed(2, 'aldre-direkt', '2025-01-02'),
    );
  });
});

describe('samplePoisson', () => {
  // A Poisson count has variance equal to its mean; 20,000 draws pin both to a few percent.
  it.each([0.3, 4, 29, 31, 80, 400])('has mean and variance %p', (mean) => {
    const random = mulberry32(42);
    const draws = Array.from({ length: 20_000 }, () => samplePoisson(mean, random));
    const moments = meanAndVariance(draws);
    expect(moments.mean).toBeCloseTo(mean, mean < 10 ? 1 : 0);
    expect(Math.abs(moments.variance / mean - 1)).toBeLessThan(0.05);
  });

  it('gives 0 for a mean of 0 and never a negative or fractional count', () => {
    expect(samplePoisson(0, mulberry32(1))).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.nat(), (mean, seed) => {
        const count = samplePoisson(mean, mulberry32(seed));
        expect(Number.isInteger(count) && count >= 0).toBe(true);
      }),
    );
  });
});

describe('sampleBinomial', () => {
  it('stays between 0 and the number of trials', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.double({ min: -0.5, max: 1.5, noNaN: true }), (trials, p) => {
        const count = sampleBinomial(trials, p, mulberry32(trials));
        expect(count).toBeGreaterThanOrEqual(0);
        expect(count).toBeLessThanOrEqual(trials);
      }),
    );
  });
});
