const INTERVAL_SECONDS = 900;
/** Running sums are rescaled past this to stay within double range. */
const RESCALE = 1e200;

/**
 * The fewest agents for which Erlang C (M/M/N, no abandonment) answers `serviceLevel` of
 * `calls` within `targetSeconds`: how the demo centre's planners staff each quarter.
 * SL = 1 - C(N, A)·e^(-(N - A)·t/AHT), with C from the Erlang B recursion
 * B(n) = A·B(n-1) / (n + A·B(n-1)). At least one agent while open. Cost O(N).
 */
export function requiredAgents(
  calls: number,
  ahtSeconds: number,
  serviceLevel: number,
  targetSeconds: number,
): number {
  const traffic = (calls * ahtSeconds) / INTERVAL_SECONDS;
  let erlangB = 1;
  for (let agents = 1; ; agents++) {
    erlangB = (traffic * erlangB) / (agents + traffic * erlangB);
    if (agents <= traffic) continue;
    const erlangC = (agents * erlangB) / (agents - traffic * (1 - erlangB));
    const achieved = 1 - erlangC * Math.exp((-(agents - traffic) * targetSeconds) / ahtSeconds);
    if (achieved >= serviceLevel) return agents;
  }
}

/** What happened to the calls of one quarter, as probabilities per offered call. */
export interface QueueOutcome {
  /** Share of offered calls that hung up before an answer. */
  abandonRate: number;
  /** Share of the answered calls that were answered within the target. */
  withinTargetOfAnswered: number;
}

/**
 * Erlang A (M/M/N+M) by summing the birth-death chain: states 0..N-1 have weight A^n/n!,
 * queue states N+k weight π_N·Π λ/(Nμ + jγ) with γ = 1/patience. From it P(wait), the mean
 * queue E[Q] and, by Little's law, abandonment = γ·E[Q]/λ. The share answered within the
 * target is approximated by treating the wait of those who wait as exponential with the
 * chain's mean, split between answers and hang-ups; plausible, not exact (the demo
 * needs believable ACD figures, not a queueing reference; see libs/erlang for that).
 * Cost O(N + the queue states that carry weight).
 */
export function queueOutcome(
  agents: number,
  offered: number,
  ahtSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
): QueueOutcome {
  if (offered === 0) return { abandonRate: 0, withinTargetOfAnswered: 1 };
  const arrivalRate = offered / INTERVAL_SECONDS;
  const serviceRate = 1 / ahtSeconds;
  const abandonRatePerWaiter = 1 / patienceSeconds;
  let term = 1;
  let busyBelowAll = 0;
  for (let n = 0; n < agents; n++) {
    busyBelowAll += term;
    term *= arrivalRate / ((n + 1) * serviceRate);
    if (term > RESCALE) {
      term /= RESCALE;
      busyBelowAll /= RESCALE;
    }
  }
  let waiting = term;
  let queueLength = 0;
  for (let k = 1; k < 100_000; k++) {
    const ratio = arrivalRate / (agents * serviceRate + k * abandonRatePerWaiter);
    term *= ratio;
    waiting += term;
    queueLength += k * term;
    if (waiting > RESCALE) {
      term /= RESCALE;
      waiting /= RESCALE;
      queueLength /= RESCALE;
      busyBelowAll /= RESCALE;
    }
    if (ratio < 1 && term < waiting * 1e-12) break;
  }
  const total = busyBelowAll + waiting;
  const probabilityOfWaiting = waiting / total;
  const meanQueue = queueLength / total;
  const abandonRate = Math.min(1, (abandonRatePerWaiter * meanQueue) / arrivalRate);
  if (probabilityOfWaiting <= 0 || meanQueue <= 0) {
    return { abandonRate, withinTargetOfAnswered: 1 };
  }
  // Waiters leave the queue at rate 1/meanWait, by abandoning at rate 1/patience and the rest
  // by being answered; a caller still waiting at the target is answered late with the share
  // of that exit rate that is service.
  const meanWaitOfWaiters = meanQueue / arrivalRate / probabilityOfWaiting;
  const waitingPastTarget = probabilityOfWaiting * Math.exp(-targetSeconds / meanWaitOfWaiters);
  const answeredShareOfExits = Math.max(0, 1 - meanWaitOfWaiters * abandonRatePerWaiter);
  const answeredLate = waitingPastTarget * answeredShareOfExits;
  const answered = 1 - abandonRate;
  const withinTargetOfAnswered =
    answered > 0 ? Math.min(1, Math.max(0, 1 - answeredLate / answered)) : 0;
  return { abandonRate, withinTargetOfAnswered };
}
