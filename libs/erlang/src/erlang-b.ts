/**
 * How many standard deviations of the offered traffic below the traffic the recursion starts.
 * Below the traffic every step of the inverse recursion shrinks a relative error by at least
 * j/a, so from a - K·sqrt(a) an initial error of at most sqrt(a)/K shrinks by exp(-K²/2):
 * with K = 8 that is below 1e-13 for any traffic up to 10^6 Erlangs.
 */
const START_DEVIATIONS = 8;

/**
 * The reciprocal of the Erlang B blocking probability, 1 / B(agents, traffic).
 *
 * Uses the inverse recursion 1/B(j) = 1 + (j/a)·1/B(j-1), which needs no division, never
 * overflows before 1/B does, and is forward-stable: a relative error never grows from one step
 * to the next. For large traffic it starts K standard deviations below the traffic with the
 * fluid estimate 1/B(s) ≈ a/(a-s) (an upper bound, so the error is bounded), which the
 * recursion then contracts away. Cost: O(min(agents, K·sqrt(traffic) + agents - traffic)),
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
  return inverseErlangBFrom(recursionStart(agents, trafficErlangs), agents, trafficErlangs);
}

/** Erlang B: the probability that a call finds every agent busy when blocked calls are lost. */
export function erlangB(agents: number, trafficErlangs: number): number {
  return 1 / inverseErlangB(agents, trafficErlangs);
}

/**
 * Where the recursion may start for `agents`, and the value it starts from. Far below the
 * traffic the per-step contraction is at most agents/traffic, so a few dozen steps suffice.
 */
export function recursionStart(
  agents: number,
  trafficErlangs: number,
): { agents: number; inverseB: number } {
  const aroundTraffic = Math.floor(trafficErlangs - START_DEVIATIONS * Math.sqrt(trafficErlangs));
  let start: number;
  if (agents > aroundTraffic) {
    start = aroundTraffic;
  } else {
    // Steps needed for (agents/traffic)^steps·(agents/(traffic-agents)) to fall below 1e-17.
    const contraction = Math.log(trafficErlangs / agents);
    const initialError = Math.log(Math.max(1, agents / (trafficErlangs - agents)));
    start = agents - Math.ceil((39 + initialError) / contraction);
  }
  if (start <= 0) return { agents: 0, inverseB: 1 };
  return { agents: start, inverseB: trafficErlangs / (trafficErlangs - start) };
}

/** Runs the inverse recursion from a known (or estimated) 1/B at `from.agents` up to `agents`. */
export function inverseErlangBFrom(
  from: { agents: number; inverseB: number },
  agents: number,
  trafficErlangs: number,
): number {
  const perErlang = 1 / trafficErlangs;
  let inverseB = from.inverseB;
  for (let j = from.agents + 1; j <= agents; j++) inverseB = 1 + j * perErlang * inverseB;
  return inverseB;
}
