import { type ErlangAGoal, erlangA, requiredAgentsErlangA } from './erlang-a';
import { inverseErlangB } from './erlang-b';
import {
  type StaffingGoal,
  asaFromWaiting,
  erlangC,
  inverseBOfLastSearch,
  probabilityOfWaitingFromInverseB,
  searchRequiredAgents,
  serviceLevelFromWaiting,
} from './erlang-c';
import { scheduledAgents } from './shrinkage';
import type { ErlangCase, ErlangResult } from './types';

/** A case that breaks the contract: names the case's position and the field at fault. */
export class ErlangInputError extends Error {
  override readonly name = 'ErlangInputError';
  constructor(
    readonly caseIndex: number,
    readonly field: string,
    problem: string,
  ) {
    super(`case ${caseIndex}: field "${field}" ${problem}`);
  }
}

type NumberRule = {
  min: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  integer?: boolean;
};

type CaseRecord = Partial<Record<keyof ErlangCase, unknown>>;

type FieldRule = Required<NumberRule> & { required: boolean };

/** Every rule gets every property, so checks see one object shape and stay fast. */
function rule(r: NumberRule & { required?: boolean }): FieldRule {
  return {
    min: r.min,
    minExclusive: r.minExclusive ?? false,
    max: r.max ?? Number.POSITIVE_INFINITY,
    maxExclusive: r.maxExclusive ?? false,
    integer: r.integer ?? false,
    required: r.required ?? false,
  };
}

const SHARE = rule({ min: 0, max: 1 });
const POSITIVE = rule({ min: 0, minExclusive: true });
const REQUIRED_POSITIVE = rule({ min: 0, minExclusive: true, required: true });
const REQUIRED_NON_NEGATIVE = rule({ min: 0, required: true });
const WHOLE_NUMBER = rule({ min: 0, integer: true });
const OCCUPANCY = rule({ min: 0, minExclusive: true, max: 1 });
const SHRINKAGE = rule({ min: 0, max: 1, maxExclusive: true });

function checkField(
  caseIndex: number,
  field: keyof ErlangCase,
  value: unknown,
  r: FieldRule,
): void {
  if (value === undefined || value === null) {
    if (r.required) throw new ErlangInputError(caseIndex, field, 'is required');
    return;
  }
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (r.minExclusive ? value > r.min : value >= r.min) &&
    (r.maxExclusive ? value < r.max : value <= r.max) &&
    (!r.integer || Number.isInteger(value));
  if (!ok)
    throw new ErlangInputError(caseIndex, field, `${describe(r)}, got ${JSON.stringify(value)}`);
}

function describe(rule: NumberRule): string {
  const lower = `${rule.minExclusive ? '>' : '>='} ${rule.min}`;
  const upper =
    rule.max === Number.POSITIVE_INFINITY
      ? ''
      : ` and ${rule.maxExclusive ? '<' : '<='} ${rule.max}`;
  return `must be ${rule.integer ? 'a whole number' : 'a finite number'} ${lower}${upper}`;
}

/** Checks one case against the contract and returns it typed; throws ErlangInputError. */
export function validateErlangCase(input: unknown, caseIndex: number): ErlangCase {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ErlangInputError(caseIndex, '(case)', 'must be an object');
  }
  const record = input as CaseRecord;
  // One named read per field: lookups by computed keys cost more than the maths for small cases.
  checkField(caseIndex, 'calls', record.calls, REQUIRED_NON_NEGATIVE);
  checkField(caseIndex, 'intervalSeconds', record.intervalSeconds, REQUIRED_POSITIVE);
  checkField(caseIndex, 'ahtSeconds', record.ahtSeconds, REQUIRED_POSITIVE);
  checkField(caseIndex, 'targetSeconds', record.targetSeconds, REQUIRED_NON_NEGATIVE);
  checkField(caseIndex, 'serviceLevelGoal', record.serviceLevelGoal, SHARE);
  checkField(caseIndex, 'agents', record.agents, WHOLE_NUMBER);
  checkField(caseIndex, 'maxOccupancy', record.maxOccupancy, OCCUPANCY);
  checkField(caseIndex, 'shrinkage', record.shrinkage, SHRINKAGE);
  checkField(caseIndex, 'patienceSeconds', record.patienceSeconds, POSITIVE);
  checkField(caseIndex, 'maxAbandonRate', record.maxAbandonRate, SHARE);
  if (record.agents == null && record.serviceLevelGoal == null) {
    throw new ErlangInputError(
      caseIndex,
      'serviceLevelGoal',
      'is required when agents is absent (solve mode)',
    );
  }
  if (record.maxAbandonRate != null && record.patienceSeconds == null) {
    throw new ErlangInputError(
      caseIndex,
      'maxAbandonRate',
      'needs patienceSeconds (it applies to Erlang A)',
    );
  }
  return record as unknown as ErlangCase;
}

/**
 * Answers one validated case: solves for the fewest agents when `agents` is absent, else
 * evaluates the given staffing; Erlang A when `patienceSeconds` is set, Erlang C otherwise.
 */
export function evaluateCase(erlangCase: ErlangCase): ErlangResult {
  const {
    calls,
    intervalSeconds,
    ahtSeconds,
    targetSeconds,
    shrinkage = 0,
    patienceSeconds,
  } = erlangCase;
  const trafficErlangs = (calls * ahtSeconds) / intervalSeconds;
  const goal: StaffingGoal = {
    trafficErlangs,
    ahtSeconds,
    targetSeconds,
    serviceLevelGoal: erlangCase.serviceLevelGoal ?? 0,
  };
  if (erlangCase.maxOccupancy != null) goal.maxOccupancy = erlangCase.maxOccupancy;
  if (patienceSeconds != null) {
    const erlangAGoal: ErlangAGoal = { ...goal, patienceSeconds };
    if (erlangCase.maxAbandonRate != null) erlangAGoal.maxAbandonRate = erlangCase.maxAbandonRate;
    const agents = erlangCase.agents ?? requiredAgentsErlangA(erlangAGoal);
    const performance = erlangA(agents, erlangAGoal);
    return {
      agents,
      scheduledAgents: scheduledAgents(agents, shrinkage),
      trafficErlangs,
      probabilityOfWaiting: performance.probabilityOfWaiting,
      serviceLevel: performance.serviceLevel,
      asaSeconds: performance.asaSeconds,
      occupancy: performance.occupancy,
      abandonRate: performance.abandonRate,
    };
  }
  // Scalars rather than an intermediate performance object: this path runs for every interval
  // of every answer group, and each boxed number allocated per case shows in the benchmark.
  const solving = erlangCase.agents == null;
  const agents = solving ? searchRequiredAgents(goal) : (erlangCase.agents as number);
  const scheduled = scheduledAgents(agents, shrinkage);
  if (trafficErlangs === 0 || agents <= trafficErlangs) {
    const performance = erlangC(agents, goal);
    return {
      agents,
      scheduledAgents: scheduled,
      trafficErlangs,
      probabilityOfWaiting: performance.probabilityOfWaiting,
      serviceLevel: performance.serviceLevel,
      asaSeconds: performance.asaSeconds,
      occupancy: performance.occupancy,
    };
  }
  const inverseB = solving ? inverseBOfLastSearch() : inverseErlangB(agents, trafficErlangs);
  const probabilityOfWaiting = probabilityOfWaitingFromInverseB(agents, trafficErlangs, inverseB);
  return {
    agents,
    scheduledAgents: scheduled,
    trafficErlangs,
    probabilityOfWaiting,
    serviceLevel: serviceLevelFromWaiting(probabilityOfWaiting, agents, goal),
    asaSeconds: asaFromWaiting(probabilityOfWaiting, agents, goal),
    occupancy: trafficErlangs / agents,
  };
}

/**
 * The contract's batch (`wfm erlang batch`): validates every case first, so a bad case fails
 * the whole batch before any work, then answers each in order.
 */
export function erlangBatch(cases: readonly unknown[]): ErlangResult[] {
  for (let i = 0; i < cases.length; i++) validateErlangCase(cases[i], i);
  return (cases as readonly ErlangCase[]).map(evaluateCase);
}
