import { erlangA } from './erlang-a';
import { erlangC } from './erlang-c';
import {
  type Estimate,
  type QueueSimulationResult,
  simulateQueue,
} from './testing/queue-simulation';

// The closed forms against a discrete-event simulation that shares none of their algebra
// (./testing/queue-simulation.ts). Each case runs 1,000,000 measured calls after 50,000 warm-up
// calls, in 50 batches; a model value passes when it lies within 4 batch-means standard errors
// of the simulated mean. With 50 batches the standardised error follows roughly a t
// distribution with 49 degrees of freedom, so a correct formula fails one comparison with
// probability about 2e-4; the seeds are fixed, so the outcome is reproducible either way.
const TOLERANCE_STANDARD_ERRORS = 4;
const MEASURED_CALLS = 1_000_000;
const WARM_UP_CALLS = 50_000;
const BATCHES = 50;

interface SimulationCase {
  name: string;
  trafficErlangs: number;
  agents: number;
  ahtSeconds: number;
  patienceSeconds: number;
  targetSeconds: number;
}

const ERLANG_A_CASES: SimulationCase[] = [
  {
    name: 'small team, lightly loaded (golden-vector load)',
    trafficErlangs: 2.8878,
    agents: 4,
    ahtSeconds: 180,
    patienceSeconds: 180,
    targetSeconds: 60,
  },
  {
    name: 'one agent, long calls',
    trafficErlangs: 0.5,
    agents: 1,
    ahtSeconds: 420,
    patienceSeconds: 180,
    targetSeconds: 120,
  },
  {
    name: 'medium team, staffed above the traffic',
    trafficErlangs: 10,
    agents: 12,
    ahtSeconds: 180,
    patienceSeconds: 300,
    targetSeconds: 20,
  },
  {
    name: 'medium team, fewer agents than Erlangs',
    trafficErlangs: 10,
    agents: 8,
    ahtSeconds: 180,
    patienceSeconds: 120,
    targetSeconds: 20,
  },
  {
    name: 'heavily overloaded, impatient callers',
    trafficErlangs: 20,
    agents: 15,
    ahtSeconds: 120,
    patienceSeconds: 30,
    targetSeconds: 10,
  },
  {
    name: 'large team near saturation, patient callers',
    trafficErlangs: 100,
    agents: 102,
    ahtSeconds: 240,
    patienceSeconds: 600,
    targetSeconds: 20,
  },
  {
    name: 'large team, slightly short of the traffic (Israeli bank busy hour: AHT 200 s, patience 400 s)',
    trafficErlangs: 30,
    agents: 28,
    ahtSeconds: 200,
    patienceSeconds: 400,
    targetSeconds: 60,
  },
];

type Metric = keyof QueueSimulationResult;
const METRICS: Metric[] = [
  'probabilityOfWaiting',
  'serviceLevel',
  'abandonRate',
  'asaSeconds',
  'occupancy',
];

function standardisedError(model: number, simulated: Estimate): number {
  return Math.abs(model - simulated.mean) / simulated.standardError;
}

function simulate(simulationCase: SimulationCase, seed: number): QueueSimulationResult {
  return simulateQueue({
    ...simulationCase,
    calls: MEASURED_CALLS,
    warmUpCalls: WARM_UP_CALLS,
    batches: BATCHES,
    seed,
  });
}

/** One line per metric that misses: empty when the model agrees with the simulation. */
function disagreements(
  comparisons: readonly (readonly [Metric, number])[],
  simulated: QueueSimulationResult,
): string[] {
  const misses: string[] = [];
  for (const [metric, model] of comparisons) {
    const estimate = simulated[metric];
    const distance = standardisedError(model, estimate);
    if (process.env.SIMULATION_REPORT) {
      console.log(
        `${metric.padEnd(20)} model ${model.toPrecision(6).padStart(10)}  ` +
          `sim ${estimate.mean.toPrecision(6).padStart(10)} ± ${estimate.standardError.toPrecision(2).padStart(8)}  ` +
          `${distance.toFixed(2)} SE`,
      );
    }
    // A zero standard error would mean a degenerate run, not agreement: report it too.
    if (!(estimate.standardError > 0) || !(distance <= TOLERANCE_STANDARD_ERRORS)) {
      misses.push(
        `${metric}: model ${model}, simulated ${estimate.mean} ± ${estimate.standardError} ` +
          `(${distance.toFixed(1)} standard errors apart)`,
      );
    }
  }
  return misses;
}

describe('erlangA against a discrete-event simulation of M/M/N+M', () => {
  it.each(ERLANG_A_CASES.map((c, index) => [c.name, c, index] as const))(
    '%s: every metric within 4 standard errors',
    (_name, simulationCase, index) => {
      const model = erlangA(simulationCase.agents, simulationCase);
      const simulated = simulate(simulationCase, 1000 + index);
      const comparisons = METRICS.map((metric) => [metric, model[metric]] as const);
      expect(disagreements(comparisons, simulated)).toEqual([]);
    },
  );
});

describe('the simulation check itself', () => {
  it('is sharp enough to notice a model fed a patience 10% too long', () => {
    // If the comparison could not tell this apart, passing it would prove little.
    const simulationCase = ERLANG_A_CASES[3] as SimulationCase;
    const wrong = erlangA(simulationCase.agents, {
      ...simulationCase,
      patienceSeconds: simulationCase.patienceSeconds * 1.1,
    });
    const simulated = simulate(simulationCase, 1003);
    const comparisons = METRICS.map((metric) => [metric, wrong[metric]] as const);
    expect(disagreements(comparisons, simulated).length).toBeGreaterThanOrEqual(3);
  });
});

describe('erlangC against the same simulation with infinitely patient callers', () => {
  it('matches probability of waiting, service level, ASA and occupancy within 4 standard errors', () => {
    const load = { trafficErlangs: 10, ahtSeconds: 180, targetSeconds: 20 };
    const agents = 12;
    const model = erlangC(agents, load);
    const simulated = simulate(
      { name: 'Erlang C', ...load, agents, patienceSeconds: Number.POSITIVE_INFINITY },
      2000,
    );
    // Nobody hangs up, so the simulation must report no abandonment at all.
    expect(simulated.abandonRate.mean).toBe(0);
    expect(model.asaSeconds).not.toBeNull();
    const comparisons = [
      ['probabilityOfWaiting', model.probabilityOfWaiting],
      ['serviceLevel', model.serviceLevel],
      ['asaSeconds', model.asaSeconds ?? Number.NaN],
      ['occupancy', model.occupancy],
    ] as const;
    expect(disagreements(comparisons, simulated)).toEqual([]);
  });
});
