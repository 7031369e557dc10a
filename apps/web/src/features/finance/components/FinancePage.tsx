import { QueryState } from '../../../components/QueryState';
import { formatMonth } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useFinanceBaseline } from '../api/get-baseline';
import '../finance.css';
import { FinanceWorkspace } from './FinanceWorkspace';

/**
 * Ekonomi: finance's long view of positions (FTE), cost and expected service level against the
 * budget, month by month, for today's centre or a scenario of their own, saved and compared.
 */
export function FinancePage() {
  const { t, language } = useLanguage();
  const baseline = useFinanceBaseline();
  const facts = baseline.data;
  return (
    <section aria-labelledby="finance-title">
      <h1 id="finance-title">{t('finance.title')}</h1>
      <p className="lead">
        {t('finance.lead')}
        {facts && (
          <>
            {' '}
            {facts.historyUntil
              ? t('finance.baselineFacts', {
                  agents: facts.agents,
                  until: formatMonth(facts.historyUntil, language),
                })
              : t('finance.baselineWithoutHistory', { agents: facts.agents })}
          </>
        )}
      </p>
      <QueryState isLoading={baseline.isLoading} error={baseline.error}>
        {facts && <FinanceWorkspace baseline={facts} />}
      </QueryState>
    </section>
  );
}
