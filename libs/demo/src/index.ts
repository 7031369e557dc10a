export { demoAbsences } from './absences';
export { demoAgentStates, demoAgentStatesCsv } from './agent-states';
export { demoAgentsOn, demoCentre } from './centre';
export { demoExpectedCalls } from './demand';
export { demoWrittenQueueHistory, demoWrittenQueueHistoryCsv } from './written-history';
export { DemoInputError } from './demo-input-error';
export {
  DEFAULT_DEMO_SEED,
  DEMO_HISTORY_FROM,
  DEMO_HISTORY_TO,
  type DemoHistoryOptions,
  demoHistory,
  demoHistoryCsv,
} from './history';
export type {
  DemoAbsence,
  DemoAgent,
  DemoAnswerGroup,
  DemoCentre,
  DemoHistoryRow,
  DemoTeam,
  DemoWrittenQueue,
} from './types';
