/** The states of format B (../shared/CONTRACT.md), as the telephony system (ACD) reports them. */
export const AGENT_STATES = ['ready', 'talking', 'wrap_up', 'not_ready', 'logged_out'] as const;

export type AgentState = (typeof AGENT_STATES)[number];

/** What a schedule has an agent do: the activity types of the schedule format. */
export type ActivityType = 'phone' | 'break' | 'lunch' | 'meeting' | 'training' | 'backoffice';

/** One span of an agent's state, `[startMs, endMs)`. */
export interface AgentStateEvent {
  agentId: string;
  state: AgentState;
  /** Refines `not_ready` (`break`, `lunch`, `meeting`, `training`, `backoffice`, ...), lower case. */
  reason: string | null;
  startMs: number;
  endMs: number;
}

const PHONE_STATES: ReadonlySet<AgentState> = new Set(['ready', 'talking', 'wrap_up']);

/** Ready for calls, on one or after one: the states in which an agent serves the queue. */
export function isPhoneState(state: AgentState): boolean {
  return PHONE_STATES.has(state);
}

/**
 * Whether an agent in `state` (with `reason`) keeps to a scheduled `activity`:
 * - phone: ready, talking or wrap-up;
 * - back-office work (e-mail, web forms): not ready, without a reason or with `backoffice`;
 *   taking calls then is out of adherence, as it is in the WFM products planners know;
 * - break, lunch, meeting and training: not ready without a reason or with the activity's own
 *   name as reason, or logged out (agents often log out to leave their desk).
 * A not-ready reason naming another activity (`lunch` during a break) is out of adherence.
 */
export function isAdherent(
  activity: ActivityType,
  state: AgentState,
  reason: string | null,
): boolean {
  if (activity === 'phone') return isPhoneState(state);
  if (state === 'not_ready') return reason === null || reason === activity;
  return state === 'logged_out' && activity !== 'backoffice';
}

/**
 * Whether time in `state` counts as worked for conformance: logged in and not at lunch. A
 * scheduled break spent logged out counts too (the break is paid); the caller knows that.
 */
export function isWorking(state: AgentState, reason: string | null): boolean {
  return state !== 'logged_out' && !(state === 'not_ready' && reason === 'lunch');
}
