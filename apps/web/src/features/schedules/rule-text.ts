import type { TFunction } from 'i18next';
import type { BrokenRule } from './types';

/**
 * A broken rule's detail in the user's language, answer groups by name; the API's English
 * message when there is no detail.
 */
export function ruleDetailText(
  rule: BrokenRule,
  t: TFunction,
  answerGroups: readonly { id: string; name: string }[] = [],
): string {
  if (!rule.detail) return rule.message;
  const { values } = rule.detail;
  const group = answerGroups.find((candidate) => candidate.id === values.group);
  return t(`schedules.ruleDetails.${rule.detail.key}`, {
    ...values,
    ...(group ? { group: group.name } : {}),
    defaultValue: rule.message,
  });
}
