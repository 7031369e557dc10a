export {
  type AdherenceException,
  type AdherenceInput,
  type AdherenceResult,
  type AdherenceTotals,
  type AgentDayAdherence,
  adherenceRatios,
  computeAdherence,
  emptyTotals,
  extentOf,
  type GroupPhoneInterval,
  mergeSpans,
  type PhoneInterval,
  type ScheduledActivity,
  type ScheduledShift,
  sumTotals,
  type TimeSpan,
  totalsOf,
} from './adherence';
export {
  type ActivityType,
  AGENT_STATES,
  type AgentState,
  type AgentStateEvent,
  isAdherent,
  isPhoneState,
  isWorking,
} from './agent-states';
export {
  type ParsedStateFile,
  parseStateFile,
  STATE_FILE_ERROR_TEXTS,
  type StateFileError,
  type StateFileErrorKey,
  type StateFileOptions,
  type StateRow,
} from './format-b';
export { replaceStates, type StateReplacement } from './replace-states';
export {
  type DayServiceLevel,
  type GroupDemand,
  serviceLevelEffect,
} from './service-level-effect';
