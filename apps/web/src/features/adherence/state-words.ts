import type { TFunction } from 'i18next';
import type { AdherenceException, AgentState } from './types';

/**
 * A state in the user's language, with its not-ready reason: a reason naming an activity
 * (lunch, break …) in the schedule's word for it, any other as the telephony system wrote it.
 */
export function stateWords(t: TFunction, state: AgentState, reason: string | null): string {
  const name = t(`adherence.states.${state}`);
  if (reason === null) return name;
  return t('adherence.states.withReason', {
    state: name,
    reason: t(`schedules.activities.${reason}`, { defaultValue: reason }),
  });
}

/** A scheduled activity in the user's language; none means the agent had no shift then. */
export function activityWords(t: TFunction, activity: AdherenceException['activity']): string {
  return activity === null ? t('adherence.day.noShift') : t(`schedules.activities.${activity}`);
}
