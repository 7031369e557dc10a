import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProgressBar } from '../../../components/ProgressBar';
import { QueryState } from '../../../components/QueryState';
import { useLanguage } from '../../../lib/i18n';
import { usePlan } from '../api/get-plan';
import { useScenarios } from '../api/get-scenarios';
import { planRefusal } from '../plan-refusal';
import {
  DEFAULT_MONTHS,
  type FinanceBaseline,
  type PlanRequest,
  type SavedScenario,
} from '../types';
import { useDebouncedValue } from '../use-debounced-value';
import { PlanResults } from './PlanResults';
import { SaveScenario } from './SaveScenario';
import { ScenarioForm } from './ScenarioForm';
import { ScenarioList } from './ScenarioList';

/** Long enough for "33000" typed at a normal pace to ask for one plan, not five. */
const SETTLE_MS = 400;
/** The comparison select's value for today's centre; saved scenarios go by their id. */
const BASELINE = 'baseline';

/**
 * The scenario form and saved scenarios beside the plan they give. The plan follows the form
 * as it changes, once typing settles; the previous plan stays on screen, dimmed, meanwhile.
 */
export function FinanceWorkspace({ baseline }: { baseline: FinanceBaseline }) {
  const { t } = useLanguage();
  const today = useMemo<PlanRequest>(
    () => ({ from: baseline.from, months: DEFAULT_MONTHS, scenario: baseline.scenario }),
    [baseline],
  );
  const [request, setRequest] = useState(today);
  const [loaded, setLoaded] = useState<SavedScenario>();
  const [comparisonKey, setComparisonKey] = useState('');
  const scenarios = useScenarios();
  const settled = useDebouncedValue(request, SETTLE_MS);
  const savedComparison = scenarios.data?.find((saved) => String(saved.id) === comparisonKey);
  const comparison =
    comparisonKey === BASELINE
      ? { name: t('finance.baseline'), scenario: baseline.scenario }
      : savedComparison;
  const current = usePlan(settled);
  const compared = usePlan(comparison && { ...settled, scenario: comparison.scenario });
  const computing = request !== settled || current.query.isFetching || compared.query.isFetching;
  const refusal = planRefusal(current.query.error);
  const refusedFields = Object.keys(refusal.fields).length > 0;
  const failure = current.query.error ?? compared.query.error;

  return (
    <div className="finance-layout">
      <div>
        <ScenarioForm
          request={request}
          problems={refusal.fields}
          onChange={setRequest}
          onReset={() => {
            setRequest(today);
            setLoaded(undefined);
          }}
        />
        <section className="card" aria-labelledby="finance-scenarios-title">
          <h2 id="finance-scenarios-title">{t('finance.scenarios.title')}</h2>
          <SaveScenario scenario={request.scenario} loaded={loaded} onSaved={setLoaded} />
          <QueryState isLoading={scenarios.isLoading} error={scenarios.error}>
            <ScenarioList
              scenarios={scenarios.data ?? []}
              loadedId={loaded?.id}
              onLoad={(saved) => {
                setLoaded(saved);
                setRequest({ ...request, scenario: saved.scenario });
              }}
              onDeleted={(id) => {
                if (loaded?.id === id) setLoaded(undefined);
                if (comparisonKey === String(id)) setComparisonKey('');
              }}
            />
          </QueryState>
        </section>
      </div>
      <div className={computing ? 'finance-results computing' : 'finance-results'}>
        <div className="card toolbar">
          <label>
            {t('finance.compareWith')}
            <select
              value={comparisonKey}
              onChange={(event) => setComparisonKey(event.target.value)}
            >
              <option value="">{t('finance.noComparison')}</option>
              <option value={BASELINE}>{t('finance.baseline')}</option>
              {scenarios.data?.map((saved) => (
                <option key={saved.id} value={saved.id}>
                  {saved.name}
                </option>
              ))}
            </select>
          </label>
          {computing && <ProgressBar label={t('finance.computing')} />}
        </div>
        {refusal.noHistory ? (
          <p role="alert" className="warning">
            {failure?.message} <Link to="/import">{t('finance.toImport')}</Link>
          </p>
        ) : refusedFields ? (
          <p role="alert" className="error">
            {t('finance.form.problems.fix')}
          </p>
        ) : (
          failure && (
            <p role="alert" className="error">
              {failure.message}
            </p>
          )
        )}
        {current.latest && (
          <div aria-busy={computing}>
            <PlanResults
              planned={current.latest}
              comparison={
                comparison && compared.latest && { name: comparison.name, planned: compared.latest }
              }
            />
          </div>
        )}
      </div>
    </div>
  );
}
