/**
 * A discrete-event simulation of the M/M/N+M queue (Erlang A), for tests only: it checks the
 * closed forms in `../erlang-a.ts` and `../erlang-c.ts` against an independent computation
 * that shares none of their algebra. Not exported from the package index.
 */

// Global lookups are slow inside Jest's vm sandbox (each one goes through the context's
// interceptor: the hot loop ran 25 times slower than plain Node), so the few Math functions
// the simulation calls millions of times are bound once here.
const { imul, log, floor, max } = Math;
const INFINITY = Number.POSITIVE_INFINITY;

/**
 * A small seeded generator (xoshiro128**, Blackman & Vigna 2018), so every simulation run is
 * reproducible: a test that fails once fails again on the same seed, and Math.random is never
 * involved.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads a small integer seed over the 128-bit state; an all-zero state would
    // be a fixed point of xoshiro, which splitmix32 cannot produce from four successive outputs.
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const result = imul(rotateLeft(imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotateLeft(this.d, 11);
    return result;
  }

  /** Uniform on [0, 1) with 53 random bits, as fine-grained as a double allows. */
  nextDouble(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** Exponentially distributed with the given mean, by inversion. */
  exponential(mean: number): number {
    // 1 - u lies in (0, 1], so the logarithm is finite.
    return -mean * log(1 - this.nextDouble());
  }
}

function rotateLeft(x: number, bits: number): number {
  return ((x << bits) | (x >>> (32 - bits))) >>> 0;
}

/** One M/M/N+M system to simulate. Times in seconds. */
export interface QueueSimulationInput {
  /** Offered traffic in Erlangs: arrival rate × mean handle time. */
  trafficErlangs: number;
  agents: number;
  ahtSeconds: number;
  /** Mean patience; Infinity simulates Erlang C (M/M/N, nobody hangs up). */
  patienceSeconds: number;
  targetSeconds: number;
  /** Calls measured after the warm-up. */
  calls: number;
  /** Calls simulated first and discarded, so the measurement starts near steady state. */
  warmUpCalls: number;
  /** Batches for the batch-means standard errors; `calls` is split into this many equal runs. */
  batches: number;
  seed: number;
}

/** A simulated estimate with its standard error (batch means). */
export interface Estimate {
  mean: number;
  standardError: number;
}

/** What the simulation measured, in the library's conventions (shares of all offered calls). */
export interface QueueSimulationResult {
  /** Share of calls that found every agent busy (whether they were later answered or not). */
  probabilityOfWaiting: Estimate;
  /** Share of offered calls answered within the target; callers who hang up count as missed. */
  serviceLevel: Estimate;
  /** Share of offered calls that hung up before an agent answered. */
  abandonRate: Estimate;
  /** Mean time in queue over all offered calls, including the time abandoners waited. */
  asaSeconds: Estimate;
  /** Share of agent time spent on calls. */
  occupancy: Estimate;
}

/**
 * Simulates `warmUpCalls + calls` arrivals to an M/M/N+M queue served first come, first served.
 *
 * Instead of a general event list it uses the FCFS recursion for queues with abandonment: with
 * calls served in arrival order, call i is offered the wait W_i = max(0, F_i - arrival_i), where
 * F_i is the earliest time an agent is free after every earlier *answered* call has been
 * assigned. If the caller's patience is at least W_i the call takes that agent until
 * arrival + W_i + service; otherwise the caller leaves after waiting their patience and no
 * agent's schedule changes. The agents' free times sit in a binary min-heap, so each call costs
 * O(log N). The offered wait is the virtual waiting time of Mandelbaum & Zeltyn (2007); the
 * recursion is the multi-server Lindley recursion (Kiefer & Wolfowitz 1955) with abandonment.
 *
 * Statistics come from the calls after the warm-up, cut into `batches` consecutive batches of
 * equal size: each batch gives one estimate, and the spread of the batch estimates gives the
 * standard error (batch means, e.g. Law & Kelton, "Simulation modeling and analysis", 9.5.3).
 * Occupancy is each batch's total service time of answered calls over agents × the batch's
 * span of arrival times.
 */
export function simulateQueue(input: QueueSimulationInput): QueueSimulationResult {
  const { agents, ahtSeconds, patienceSeconds, targetSeconds, calls, warmUpCalls, batches } = input;
  if (!Number.isInteger(agents) || agents < 1)
    throw new Error('agents must be a whole number >= 1');
  if (!Number.isInteger(batches) || batches < 2 || calls % batches !== 0) {
    throw new Error('calls must split into at least 2 equal batches');
  }
  const random = new SeededRandom(input.seed);
  const meanInterarrival = ahtSeconds / input.trafficErlangs;
  const freeAt = new MinHeap(agents);
  for (let k = 0; k < agents; k++) freeAt.push(0);

  const callsPerBatch = calls / batches;
  const batch = {
    waited: new Float64Array(batches),
    withinTarget: new Float64Array(batches),
    abandoned: new Float64Array(batches),
    waitSeconds: new Float64Array(batches),
    serviceSeconds: new Float64Array(batches),
    spanSeconds: new Float64Array(batches),
  };

  let clock = 0;
  let batchStart = 0;
  for (let i = 0; i < warmUpCalls + calls; i++) {
    clock += random.exponential(meanInterarrival);
    // Draw both, whether or not the call is answered, so each call uses the same stream slots.
    const service = random.exponential(ahtSeconds);
    const patience = patienceSeconds === INFINITY ? INFINITY : random.exponential(patienceSeconds);
    const offeredWait = max(0, freeAt.peek() - clock);
    const answered = offeredWait <= patience;
    if (answered) freeAt.replaceTop(clock + offeredWait + service);

    const measured = i - warmUpCalls;
    if (measured < 0) continue;
    const b = floor(measured / callsPerBatch);
    if (measured % callsPerBatch === 0) {
      if (b > 0) batch.spanSeconds[b - 1] = clock - batchStart;
      batchStart = clock;
    }
    if (offeredWait > 0) batch.waited[b]! += 1;
    if (answered) {
      if (offeredWait <= targetSeconds) batch.withinTarget[b]! += 1;
      batch.serviceSeconds[b]! += service;
      batch.waitSeconds[b]! += offeredWait;
    } else {
      batch.abandoned[b]! += 1;
      batch.waitSeconds[b]! += patience;
    }
  }
  // The last batch ends where the next arrival would come: one more mean interarrival gap.
  batch.spanSeconds[batches - 1] = clock - batchStart + meanInterarrival;

  const perCall = (totals: Float64Array): number[] =>
    Array.from(totals, (total) => total / callsPerBatch);
  return {
    probabilityOfWaiting: batchMeans(perCall(batch.waited)),
    serviceLevel: batchMeans(perCall(batch.withinTarget)),
    abandonRate: batchMeans(perCall(batch.abandoned)),
    asaSeconds: batchMeans(perCall(batch.waitSeconds)),
    occupancy: batchMeans(
      Array.from(
        batch.serviceSeconds,
        (total, b) => total / (agents * (batch.spanSeconds[b] as number)),
      ),
    ),
  };
}

/** Mean of the batch estimates and its standard error, sd / sqrt(batches). */
function batchMeans(values: readonly number[]): Estimate {
  const n = values.length;
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  return { mean, standardError: Math.sqrt(variance / n) };
}

/** A binary min-heap of numbers with a fixed capacity: the agents' next free times. */
class MinHeap {
  private readonly items: Float64Array;
  private size = 0;

  constructor(capacity: number) {
    this.items = new Float64Array(capacity);
  }

  push(value: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.items[parent]! <= value) break;
      this.items[i] = this.items[parent]!;
      i = parent;
    }
    this.items[i] = value;
  }

  peek(): number {
    return this.items[0]!;
  }

  /** Replaces the smallest value and restores the heap order, in O(log size). */
  replaceTop(value: number): void {
    const items = this.items;
    const size = this.size;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && items[right]! < items[left]! ? right : left;
      if (items[child]! >= value) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = value;
  }
}
