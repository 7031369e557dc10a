import { useLanguage } from '../../../lib/i18n';
import { ruleDetailText } from '../rule-text';
import type { BrokenRule, ScenarioAgent } from '../types';

/** Broken rules, each named with its agent and its detail in the user's language. */
export function BrokenRuleList({
  rules,
  agents,
  answerGroups,
}: {
  rules: BrokenRule[];
  agents: ScenarioAgent[];
  answerGroups: { id: string; name: string }[];
}) {
  const { t } = useLanguage();
  const nameOf = (agentId: string | undefined) =>
    agents.find((agent) => agent.id === agentId)?.name ?? agentId;
  return (
    <ul>
      {rules.map((rule) => (
        <li key={`${rule.rule}-${rule.agentId ?? ''}-${rule.path ?? ''}-${rule.message}`}>
          <strong>{t(`schedules.rules.${rule.rule}`, { defaultValue: rule.rule })}</strong>
          {rule.agentId && <> · {nameOf(rule.agentId)}</>}
          <span className="muted small"> · {ruleDetailText(rule, t, answerGroups)}</span>
        </li>
      ))}
    </ul>
  );
}
