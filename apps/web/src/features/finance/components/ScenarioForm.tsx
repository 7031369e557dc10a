import { NumberField } from '../../../components/NumberField';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { FieldProblem, FormField } from '../plan-refusal';
import { FIELD_GROUPS, FIELD_SPECS, formValue, withFormValue } from '../scenario-fields';
import { MAX_MONTHS, type PlanRequest, type ScenarioField } from '../types';

/**
 * The scenario by section, shares as percentages, and the months to plan. Every change goes to
 * the page at once; the page waits for typing to settle before it asks for a plan.
 */
export function ScenarioForm({
  request,
  problems,
  onChange,
  onReset,
}: {
  request: PlanRequest;
  /** Fields the API refused in the last request. */
  problems: Partial<Record<FormField, FieldProblem>>;
  onChange: (request: PlanRequest) => void;
  onReset: () => void;
}) {
  const { t, language } = useLanguage();
  const { scenario } = request;
  const problemOf = (field: FormField) => {
    const problem = problems[field];
    if (!problem) return undefined;
    if (problem === 'neverOnDuty') return t('finance.form.problems.neverOnDuty');
    if (field === 'from') return t('finance.form.problems.month');
    const { min, max } = field === 'months' ? { min: 1, max: MAX_MONTHS } : FIELD_SPECS[field];
    return t('finance.form.problems.refused', {
      min: formatNumber(min, language),
      max: formatNumber(max, language),
    });
  };
  const helpOf = (field: ScenarioField) => {
    if (FIELD_SPECS[field].kronor)
      return t('finance.kronor', { value: formatNumber(scenario[field], language) });
    return field === 'otherShrinkage' ? t('finance.form.otherShrinkageHelp') : undefined;
  };
  return (
    <form
      className="card finance-form"
      aria-labelledby="finance-form-title"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="finance-form-title">{t('finance.form.title')}</h2>
      {FIELD_GROUPS.map(({ group, fields }) => (
        <fieldset key={group}>
          <legend>{t(`finance.form.groups.${group}`)}</legend>
          {fields.map((field) => (
            <NumberField
              key={field}
              label={t(`finance.form.fields.${field}`)}
              required
              min={FIELD_SPECS[field].min}
              max={FIELD_SPECS[field].max}
              step={FIELD_SPECS[field].step}
              value={formValue(scenario, field)}
              help={helpOf(field)}
              error={problemOf(field)}
              onChange={(typed) =>
                onChange({ ...request, scenario: withFormValue(scenario, field, typed) })
              }
            />
          ))}
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('finance.form.groups.period')}</legend>
        <label>
          {t('finance.form.from')}
          <input
            type="month"
            required
            value={request.from}
            aria-invalid={problems.from ? true : undefined}
            onChange={(event) => onChange({ ...request, from: event.target.value })}
          />
          {problems.from && <small className="error">{problemOf('from')}</small>}
        </label>
        <NumberField
          label={t('finance.form.months')}
          required
          min={1}
          max={MAX_MONTHS}
          step={1}
          value={request.months}
          error={problemOf('months')}
          onChange={(months) => onChange({ ...request, months })}
        />
      </fieldset>
      <button type="button" className="secondary" onClick={onReset}>
        {t('finance.form.reset')}
      </button>
    </form>
  );
}
