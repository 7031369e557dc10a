/**
 * Holt-Winters exponential smoothing with a damped additive trend and multiplicative
 * seasonality (ETS(A,Ad,M)), for daily totals with a weekly season (period 7):
 *
 *   level    l_t = alpha y_t / s_{t-m} + (1 - alpha)(l_{t-1} + phi b_{t-1})
 *   trend    b_t = beta (l_t - l_{t-1}) + (1 - beta) phi b_{t-1}
 *   season   s_t = gamma y_t / l_t + (1 - gamma) s_{t-m}
 *   forecast y_{t+h} = (l_t + (phi + ... + phi^h) b_t) s_{t+h-m(k+1)}
 *
 * Reference: Hyndman & Athanasopoulos, Forecasting: Principles and Practice (3rd ed.), 8.3;
 * Gardner & McKenzie (1985) for the damped trend.
 *
 * Adjustments for contact-centre data, each because the textbook form would break:
 * - a missing value (NaN) advances the state on its own forecast instead of inventing data;
 * - a closed weekday has season ~0, so y/s is undefined: there only the season is updated and
 *   level and trend advance untouched. Which weekdays are closed is learned, never assumed.
 * Multiplicative seasonality because a busier week scales every weekday, not adds to it.
 */
export interface HoltWintersParameters {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

export interface HoltWintersFit {
  parameters: HoltWintersParameters;
  /** Mean squared error of in-sample forecasts at the evaluated horizons. */
  mse: number;
  /** Forecasts for 1..horizon steps after the last value. */
  forecast: Float64Array;
}

const CLOSED_SEASON = 0.05;

/**
 * Runs the recursions over `y` (NaN = missing) with `period` seasons and returns the h-step
 * forecasts after its end, and the MSE of the in-sample forecasts made from every point after
 * the first two seasons (which only initialise) at the horizons `scored` (default: one step).
 * Returns null when fewer than two seasons hold data. Cost: O(n x |scored| + horizon).
 */
export function holtWinters(
  y: Float64Array,
  period: number,
  parameters: HoltWintersParameters,
  horizon: number,
  scored: readonly number[] = [1],
): HoltWintersFit | null {
  const { alpha, beta, gamma, phi } = parameters;
  const start = y.findIndex((v) => !Number.isNaN(v));
  if (start < 0 || y.length - start < 2 * period) return null;
  // Initial state from the first two seasons: level = their mean, season = ratio to it.
  let sum = 0;
  let n = 0;
  for (let t = start; t < start + 2 * period; t++) {
    const v = y[t] as number;
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  if (n === 0 || sum <= 0) return null;
  let level = sum / n;
  let trend = 0;
  const season = new Float64Array(period);
  for (let i = 0; i < period; i++) {
    let s = 0;
    let k = 0;
    for (let t = start + i; t < start + 2 * period; t += period) {
      const v = y[t] as number;
      if (!Number.isNaN(v)) {
        s += v;
        k++;
      }
    }
    season[(start + i) % period] = k > 0 ? s / k / level : 1;
  }

  // Sum of phi^1..phi^h for each scored horizon, for the damped-trend forecast.
  const dampedSums = scored.map((h) => {
    let sumPowers = 0;
    for (let i = 1; i <= h; i++) sumPowers += phi ** i;
    return sumPowers;
  });
  let squared = 0;
  let counted = 0;
  for (let t = start; t < y.length; t++) {
    const index = t % period;
    const s = season[index] as number;
    const expected = level + phi * trend;
    const v = y[t] as number;
    if (t >= start + 2 * period) {
      // Forecasts made at the end of t - 1 for t - 1 + h, scored where data exist.
      for (let k = 0; k < scored.length; k++) {
        const target = t - 1 + (scored[k] as number);
        if (target >= y.length) break;
        const actual = y[target] as number;
        if (Number.isNaN(actual)) continue;
        const f = (level + (dampedSums[k] as number) * trend) * (season[target % period] as number);
        squared += (actual - f) ** 2;
        counted++;
      }
    }
    if (Number.isNaN(v)) {
      level = expected;
      trend *= phi;
      continue;
    }
    if (s < CLOSED_SEASON) {
      level = expected;
      trend *= phi;
    } else {
      const previous = level;
      level = Math.max(0, alpha * (v / s) + (1 - alpha) * expected);
      trend = beta * (level - previous) + (1 - beta) * phi * trend;
    }
    if (level > 0) season[index] = gamma * (v / level) + (1 - gamma) * s;
  }

  const forecast = new Float64Array(horizon);
  let damped = 0;
  let power = 1;
  for (let h = 1; h <= horizon; h++) {
    power *= phi;
    damped += power;
    const s = season[(y.length - 1 + h) % period] as number;
    forecast[h - 1] = Math.max(0, (level + damped * trend) * s);
  }
  return { parameters, mse: counted > 0 ? squared / counted : Number.POSITIVE_INFINITY, forecast };
}

const ALPHAS = [0.02, 0.05, 0.1, 0.2, 0.35];
const BETAS = [0, 0.02, 0.08];
const GAMMAS = [0.02, 0.05, 0.1, 0.2, 0.35];
const PHI = 0.9;

/**
 * Fits alpha, beta, gamma by grid search (75 runs) on the MSE of in-sample forecasts at
 * horizons spread over the requested one (1, 2, 4, 7, 14, 21, 28 days, up to `horizon`): the
 * usual one-step criterion picks a nervous level that chases last week, which is wrong for a
 * planner's four weeks (Tashman 2000 on matching fit and use horizons). The trend is damped
 * with phi = 0.9 so a few weeks' slope does not run away. A grid rather than a gradient
 * search: the surface is flat and bumpy, and 75 cheap runs are fast and reproducible.
 */
export function fitHoltWinters(
  y: Float64Array,
  period: number,
  horizon: number,
): HoltWintersFit | null {
  const scored = [1, 2, 4, 7, 14, 21, 28].filter((h) => h <= Math.max(1, horizon));
  let best: HoltWintersFit | null = null;
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      for (const gamma of GAMMAS) {
        const fit = holtWinters(y, period, { alpha, beta, gamma, phi: PHI }, horizon, scored);
        if (fit && (!best || fit.mse < best.mse)) best = fit;
      }
    }
  }
  return best;
}
