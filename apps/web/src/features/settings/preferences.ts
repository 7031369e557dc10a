import type { Agent } from '../../api/types';

export type AgentPreferences = NonNullable<Agent['preferences']>;

/**
 * An agent's wishes in a few words for the agents table, e.g. "ledig fre · tidiga pass"; empty
 * without any. `weekdays` are the short names Monday first.
 */
export function describePreferences(
  preferences: AgentPreferences | null,
  weekdays: readonly string[],
  words: { dayOff: (days: string) => string; early: string; late: string },
): string {
  if (!preferences) return '';
  const parts: string[] = [];
  if (preferences.daysOff?.length) {
    parts.push(words.dayOff(preferences.daysOff.map((day) => weekdays[day] ?? day).join(', ')));
  }
  if (preferences.shiftTime) parts.push(words[preferences.shiftTime]);
  return parts.join(' · ');
}
