import { erlangA, requiredAgentsErlangA } from './erlang-a';
import { erlangC, requiredAgents } from './erlang-c';
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

const FIELD_RULES: Record<keyof ErlangCase, NumberRule & { required?: boolean }> = {
  calls: { min: 0, required: true },
  intervalSeconds: { min: 0, minExclusive: true, required: true },
  ahtSeconds: { min: 0, minExclusive: true, required: true },
  targetSeconds: { min: 0, required: true },
  serviceLevelGoal: { min: 0, max: 1 },
  agents: { min: 0, integer: true },
  maxOccupancy: { min: 0, minExclusive: true, max: 1 },
  shrinkage: { min: 0, max: 1, maxExclusive: true },
  patienceSeconds: { min: 0, minExclusive: true },
  maxAbandonRate: { min: 0, max: 1 },
};

function describe(rule: NumberRule): string {
  const lower = `${rule.minExclusive ? '>' : '>='} ${rule.min}`;
  const upper = rule.max === undefined ? '' : ` and ${rule.maxExclusive ? '<' : '<='} ${rule.max}`;
  return `must be ${rule.integer ? 'a whole number' : 'a finite number'} ${lower}${upper}`;
}

/** Checks one case against the contract and returns it typed; throws ErlangInputError. */
export function validateErlangCase(input: unknown, caseIndex: number): ErlangCase {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ErlangInputError(caseIndex, '(case)', 'must be an object');
  }
  const record = input as Record<string, unknown>;
  for (const [field, rule] of Object.entries(FIELD_RULES)) {
    const value = record[field];
    if (value === undefined || value === null) {
      if (rule.required) throw new ErlangInputError(caseIndex, field, 'is required');
      continue;
    }
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (rule.minExclusive ? value > rule.min : value >= rule.min) &&
      (rule.max === undefined || (rule.maxExclusive ? value < rule.max : value <= rule.max)) &&
      (!rule.integer || Number.isInteger(value));
    if (!ok)
      throw new ErlangInputError(
        caseIndex,
        field,
        `${describe(rule)}, got ${JSON.stringify(value)}`,
      );
  }
  if (record.agents === undefined && record.serviceLevelGoal === undefined) {
    throw new ErlangInputError(
      caseIndex,
      'serviceLevelGoal',
      'is required when agents is absent (solve mode)',
    );
  }
  if (record.maxAbandonRate !== undefined && record.patienceSeconds === undefined) {
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
  const goal = {
    trafficErlangs,
    ahtSeconds,
    targetSeconds,
    serviceLevelGoal: erlangCase.serviceLevelGoal ?? 0,
    ...(erlangCase.maxOccupancy !== undefined && { maxOccupancy: erlangCase.maxOccupancy }),
  };
  if (patienceSeconds !== undefined) {
    const load = { ...goal, patienceSeconds };
    const agents =
      erlangCase.agents ??
      requiredAgentsErlangA({
        ...load,
        ...(erlangCase.maxAbandonRate !== undefined && {
          maxAbandonRate: erlangCase.maxAbandonRate,
        }),
      });
    return {
      agents,
      scheduledAgents: scheduledAgents(agents, shrinkage),
      trafficErlangs,
      ...erlangA(agents, load),
    };
  }
  const agents = erlangCase.agents ?? requiredAgents(goal);
  return {
    agents,
    scheduledAgents: scheduledAgents(agents, shrinkage),
    trafficErlangs,
    ...erlangC(agents, goal),
  };
}

/**
 * The contract's batch (`wfm erlang batch`): validates every case first, so a bad case fails
 * the whole batch before any work, then answers each in order.
 */
export function erlangBatch(cases: readonly unknown[]): ErlangResult[] {
  return cases.map(validateErlangCase).map(evaluateCase);
}
