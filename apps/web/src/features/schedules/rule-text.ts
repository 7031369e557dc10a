import type { TFunction } from 'i18next';
import type { BrokenRule } from './types';

/** A broken rule's detail in the user's language; the API's English message when there is none. */
export function ruleDetailText(rule: BrokenRule, t: TFunction): string {
  if (!rule.detail) return rule.message;
  return t(`schedules.ruleDetails.${rule.detail.key}`, {
    ...rule.detail.values,
    defaultValue: rule.message,
  });
}
