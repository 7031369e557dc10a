import type { Random } from './random';

/** Below this mean Knuth's multiplication method is fastest; above it PTRS takes over. */
const KNUTH_MAX_MEAN = 30;

/**
 * A Poisson(mean) count: calls offered in an interval whose expected number is `mean`.
 *
 * Small means use Knuth's method (multiply uniforms until the product drops below e^-mean,
 * O(mean) draws); larger ones use Hörmann's PTRS transformed rejection with squeeze (1993,
 * "The transformed rejection method for generating Poisson random variables"), which is exact
 * and takes about 1.2 pairs of draws whatever the mean. A mean of 0 (or less) gives 0.
 */
export function samplePoisson(mean: number, random: Random): number {
  if (!(mean > 0)) return 0;
  if (mean < KNUTH_MAX_MEAN) {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = random();
    while (product > limit) {
      count++;
      product *= random();
    }
    return count;
  }
  const slam = Math.sqrt(mean);
  const logLambda = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
    if (lhs <= -mean + k * logLambda - logFactorial(k)) return k;
  }
}

/** ln(k!) by Stirling's series, exact to double precision for k >= 10; a table below that. */
function logFactorial(k: number): number {
  if (k < SMALL_LOG_FACTORIALS.length) return SMALL_LOG_FACTORIALS[k] ?? 0;
  const x = k + 1;
  return (
    (x - 0.5) * Math.log(x) -
    x +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * x) -
    1 / (360 * x * x * x) +
    1 / (1260 * x ** 5)
  );
}

const SMALL_LOG_FACTORIALS = Array.from({ length: 10 }, (_, k) => {
  let value = 0;
  for (let i = 2; i <= k; i++) value += Math.log(i);
  return value;
});

/**
 * A Binomial(trials, probability) count, by one uniform per trial: exact, and cheap here
 * because trials are the calls of one 15-minute interval (rarely more than a hundred).
 */
export function sampleBinomial(trials: number, probability: number, random: Random): number {
  if (probability <= 0) return 0;
  if (probability >= 1) return trials;
  let count = 0;
  for (let i = 0; i < trials; i++) if (random() < probability) count++;
  return count;
}
