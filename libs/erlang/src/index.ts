/**
 * @bemanna/erlang: queueing formulas for contact-centre staffing.
 * Erlang B and C (M/M/N), Erlang A (M/M/N+M), staffing solvers and service-level curves.
 */
export type { ErlangCase, ErlangResult } from './types';
export { erlangB, inverseErlangB } from './erlang-b';
export {
  type ErlangCLoad,
  type QueuePerformance,
  type StaffingGoal,
  erlangC,
  erlangCServiceLevel,
  erlangCServiceLevelBetween,
  requiredAgents,
  solveErlangC,
} from './erlang-c';
export {
  type ErlangAGoal,
  type ErlangALoad,
  type ErlangAPerformance,
  erlangA,
  requiredAgentsErlangA,
} from './erlang-a';
export {
  type ServiceLevelCurve,
  type ServiceLevelCurveRequest,
  serviceLevelCurve,
} from './service-level-curve';
export { scheduledAgents } from './shrinkage';
export { ErlangInputError, erlangBatch, evaluateCase, validateErlangCase } from './batch';
