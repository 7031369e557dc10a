/**
 * How many standard deviations of the offered traffic below the traffic the recursion starts.
 * Below the traffic every step of the inverse recursion shrinks a relative error by at least
 * j/a, so from s = a - K·sqrt(a) the error of the starting estimate shrinks by exp(-K²/2).
 * With K = 7 and the second-order estimate below, the worst relative error measured against
 * the textbook recursion from 40 to 10,000 Erlangs is 6e-13 (K = 6: 1e-9; K = 8: 5e-15).
 */
const START_DEVIATIONS = 7;

/**
 * The reciprocal of the Erlang B blocking probability, 1 / B(agents, traffic).
 *
 * Uses the inverse recursion 1/B(j) = 1 + (j/a)·1/B(j-1), which needs no division, never
 * overflows before 1/B does, and is forward-stable: a relative error never grows from one step
 * to the next. For large traffic it starts K standard deviations below the traffic with the
 * fluid estimate 1/B(s) ≈ a/(a-s) less its first correction (the fluid estimate is an upper
 * bound, so the starting error is bounded), which the recursion then contracts away. Cost: O(min(agents, K·sqrt(traffic) + agents - traffic)),
 * instead of the textbook O(agents).
 *
 * Edge cases: no agents block every call (returns 1); with no traffic nothing is blocked
 * (returns Infinity). Returns Infinity when B underflows double precision.
 *
 * Reference: Gans, Koole & Mandelbaum (2003), "Telephone call centers: tutorial, review, and
 * research prospects", MSOM 5(2), section 4.1.
 */
export function inverseErlangB(agents: number, trafficErlangs: number): number {
  if (agents === 0) return 1;
  if (trafficErlangs === 0) return Number.POSITIVE_INFINITY;
  const start = recursionStart(agents, trafficErlangs);
  const perErlang = 1 / trafficErlangs;
  let inverseB = start === 0 ? 1 : startingEstimate(start, trafficErlangs);
  for (let j = start + 1; j <= agents; j++) inverseB = 1 + j * perErlang * inverseB;
  return inverseB;
}

/** Erlang B: the probability that a call finds every agent busy when blocked calls are lost. */
export function erlangB(agents: number, trafficErlangs: number): number {
  return 1 / inverseErlangB(agents, trafficErlangs);
}

/**
 * Where the recursion may start for `agents` (0: from the exact 1/B(0) = 1). Each step j
 * shrinks the starting error by at least j/a, so the steps from s to min(agents, a) shrink it by
 * exp(-Σ ln(a/j)) <= exp(-((a-s)² - (a-agents)²)/2a); s is chosen to make that exp(-K²/2).
 */
function recursionStart(agents: number, trafficErlangs: number): number {
  const below = Math.max(0, trafficErlangs - agents);
  const reach = Math.sqrt(START_DEVIATIONS * START_DEVIATIONS * trafficErlangs + below * below);
  return Math.max(0, Math.floor(trafficErlangs - reach));
}

/**
 * 1/B(s) = Σ_j Π_{i<j} (s-i)/a ≈ Σ_j r^j·(1 - j(j-1)/2s) with r = s/a: the fluid estimate
 * 1/(1-r), an upper bound, less its first correction. Only for 0 < s < a.
 */
function startingEstimate(start: number, trafficErlangs: number): number {
  const r = start / trafficErlangs;
  const fluid = 1 / (1 - r);
  return fluid - (r * r * fluid * fluid * fluid) / start;
}
