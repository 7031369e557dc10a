/**
 * Prediction intervals from backtest errors, with a negative-binomial variance:
 *   Var(a | f) = f + k f^2
 * Poisson noise (f) dominates quiet intervals; the k f^2 part is the forecast's own relative
 * error (level, weather, campaigns), which dominates busy intervals and daily totals. k is the
 * method-of-moments estimate from the backtest pairs,
 *   k = max(0, sum((a - f)^2 - f) / sum f^2),
 * and the interval is f -/+ z sqrt(f + k f^2), z the normal quantile of the level, cut at 0.
 * Assumes errors roughly symmetric on that scale; the backtest reports the achieved coverage.
 * Cost: O(1) per pair.
 */
export class DispersionEstimator {
  private excess = 0;
  private squares = 0;

  add(actual: number, forecast: number): void {
    this.excess += (actual - forecast) ** 2 - forecast;
    this.squares += forecast * forecast;
  }

  /** k, the relative (extra-Poisson) variance. */
  dispersion(): number {
    return this.squares > 0 ? Math.max(0, this.excess / this.squares) : 0;
  }
}

export interface PredictionInterval {
  low: number;
  high: number;
}

/** The central interval holding `level` (e.g. 0.8) of outcomes around forecast `f`. */
export function predictionInterval(
  f: number,
  dispersion: number,
  level: number,
): PredictionInterval {
  const z = normalQuantile(0.5 + level / 2);
  const spread = z * Math.sqrt(Math.max(0, f + dispersion * f * f));
  return { low: Math.max(0, f - spread), high: f + spread };
}

/**
 * Inverse of the standard normal distribution function, by Acklam's rational approximation
 * (relative error below 1.2e-9, ample for an interval's edge). 0 < p < 1.
 */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}
