import { useEffect, useState } from 'react';
import { QueryState } from '../../../components/QueryState';
import { useLanguage } from '../../../lib/i18n';
import { type ScheduleRules, useScheduleRules } from '../api/get-schedule-rules';
import { useSaveScheduleRules } from '../api/save-schedule-rules';

type Rule = keyof ScheduleRules;
type Draft = Record<Rule, string>;

/** The rules in the order a planner reads them: shifts, pauses, rest, the week. */
const RULES: { rule: Rule; input: 'minutes' | 'time' | 'list' }[] = [
  { rule: 'shiftLengthsMinutes', input: 'list' },
  { rule: 'startGranularityMinutes', input: 'minutes' },
  { rule: 'earliestStart', input: 'time' },
  { rule: 'latestEnd', input: 'time' },
  { rule: 'lunchMinutes', input: 'minutes' },
  { rule: 'lunchRequiredAboveMinutes', input: 'minutes' },
  { rule: 'breakMinutes', input: 'minutes' },
  { rule: 'maxWorkWithoutBreakMinutes', input: 'minutes' },
  { rule: 'minWorkBetweenBreaksMinutes', input: 'minutes' },
  { rule: 'minDailyRestMinutes', input: 'minutes' },
  { rule: 'minWeeklyRestMinutes', input: 'minutes' },
  { rule: 'maxDaysPerWeek', input: 'minutes' },
  { rule: 'contractToleranceMinutes', input: 'minutes' },
];

const shown = (value: ScheduleRules[Rule]) =>
  Array.isArray(value) ? value.join(', ') : String(value ?? '');

function draftOf(rules: ScheduleRules): Draft {
  return Object.fromEntries(RULES.map(({ rule }) => [rule, shown(rules[rule])])) as Draft;
}

/** The draft as rules, keeping only those that differ from the defaults. */
function changedRules(draft: Draft, defaults: ScheduleRules): ScheduleRules {
  const changed: Record<string, unknown> = {};
  for (const { rule, input } of RULES) {
    const text = draft[rule].trim();
    if (text === shown(defaults[rule])) continue;
    changed[rule] =
      input === 'time'
        ? text
        : input === 'list'
          ? text
              .split(/[\s,;]+/)
              .filter(Boolean)
              .map(Number)
          : Number(text);
  }
  return changed as ScheduleRules;
}

/**
 * The centre's working-time rules (arbetstidsregler) that every generated week keeps: shift
 * lengths and hours, lunch and breaks, rest, days. A rule left as its default follows
 * Bemanna's default if that improves; a changed one is marked with the default beside it.
 */
export function ScheduleRulesSettings() {
  const { t } = useLanguage();
  const rules = useScheduleRules();
  const save = useSaveScheduleRules();
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(() => {
    if (rules.data) setDraft(draftOf(rules.data.rules));
  }, [rules.data]);
  const defaults = rules.data?.defaults;
  return (
    <QueryState isLoading={rules.isLoading} error={rules.error}>
      {draft && defaults && (
        <form
          className="card"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(changedRules(draft, defaults));
          }}
        >
          <h2>{t('settings.rules.title')}</h2>
          <p className="muted">{t('settings.rules.intro')}</p>
          <div className="form-grid">
            {RULES.map(({ rule, input }) => {
              const standard = shown(defaults[rule]);
              return (
                <label key={rule}>
                  {t(`settings.rules.${rule}`)}
                  <input
                    type={input === 'time' ? 'time' : input === 'list' ? 'text' : 'number'}
                    required
                    min={input === 'minutes' ? 0 : undefined}
                    value={draft[rule]}
                    onChange={(event) => setDraft({ ...draft, [rule]: event.target.value })}
                  />
                  {draft[rule].trim() !== standard && (
                    <small className="muted">
                      {t('settings.rules.default', { value: standard })}
                    </small>
                  )}
                </label>
              );
            })}
          </div>
          <div className="toolbar">
            <button type="submit" disabled={save.isPending}>
              {t('settings.rules.save')}
            </button>
            <button
              type="button"
              disabled={save.isPending}
              onClick={() => {
                setDraft(draftOf(defaults));
                save.mutate({});
              }}
            >
              {t('settings.rules.reset')}
            </button>
            {save.isSuccess && <span role="status">{t('settings.rules.saved')}</span>}
          </div>
          {save.error && (
            <p role="alert" className="error">
              {save.error.message}
            </p>
          )}
        </form>
      )}
    </QueryState>
  );
}
