/**
 * @bemanna/schedule: weekly schedules for contact-centre agents on fixed contracts.
 * Validate a scenario, evaluate any schedule against the rules and Erlang C service level,
 * and generate a schedule by LP bound + construction + local search.
 */
export type * from './types';
export {
  type InputProblem,
  type ValidationResult,
  validateScenario,
  validateScheduleRules,
} from './validate-scenario';
export {
  checkRules,
  evaluateSchedule,
  shiftPaidMinutes,
  validateSchedule,
} from './evaluate-schedule';
export {
  type GenerateOptions,
  type GenerateProgress,
  type GenerateResult,
  generateSchedule,
} from './generate-schedule';
export { InfeasibleScenarioError } from './infeasible-scenario-error';
export { type CoverOption, coverOptions } from './cover-options';
export { layOutShift, ShiftLayoutError, type ShiftToLayOut } from './lay-out-shift';
export {
  RULE_DETAIL_TEXTS,
  type RuleDetail,
  type RuleDetailKey,
  ruleDetailMessage,
} from './rule-details';
export { DEFAULT_WEIGHTS, type ObjectiveWeights } from './roster';
export { traditionalSchedule } from './traditional-schedule';
export { type SyntheticScenarioOptions, syntheticScenario } from './synthetic-scenario';
export { WORKING_HOURS_ACT } from './working-hours-act';
export { placeWrittenWork, writtenQueueReport } from './written-work';
