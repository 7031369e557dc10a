import { formatDecimal, formatMonth, formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { downloadText } from '../../../lib/spreadsheet';
import { PLAN_CSV_COLUMNS, planCsv } from '../plan-csv';
import type { CapacityPlan } from '../types';

/** The plan month by month, and the period's totals and means at the foot. */
export function MonthTable({ plan }: { plan: CapacityPlan }) {
  const { t, language } = useLanguage();
  const whole = (value: number) => formatNumber(value, language);
  const tenths = (value: number) => formatDecimal(value, language, 1);
  const percent = (share: number) => formatPercent(share, language);
  const { year } = plan;
  return (
    <section className="card" aria-labelledby="finance-months-title">
      <div className="toolbar">
        <h2 id="finance-months-title">{t('finance.table.title')}</h2>
        <button
          type="button"
          onClick={() => {
            const text = planCsv(
              plan,
              {
                month: t('finance.table.month'),
                columns: Object.fromEntries(
                  PLAN_CSV_COLUMNS.map((column) => [column, t(`finance.csv.${column}`)]),
                ) as Record<(typeof PLAN_CSV_COLUMNS)[number], string>,
              },
              language === 'sv',
            );
            downloadText(text, `${t('finance.csv.fileName')}-${plan.months[0]?.month ?? ''}.csv`);
          }}
        >
          {t('finance.csv.export')}
        </button>
      </div>
      <div className="scroll-x">
        <table className="data compact" aria-labelledby="finance-months-title">
          <thead>
            <tr>
              <th scope="col">{t('finance.table.month')}</th>
              {(
                [
                  'calls',
                  'requiredPositions',
                  'productiveFte',
                  'gapFte',
                  'cost',
                  'budget',
                  'expectedServiceLevel',
                ] as const
              ).map((column) => (
                <th key={column} scope="col" className="num">
                  {t(`finance.table.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month, language)}</th>
                <td className="num">{whole(month.calls)}</td>
                <td className="num">{tenths(month.requiredPositions)}</td>
                <td className="num">{tenths(month.productiveFte)}</td>
                {/* Red when short as shown: −0,04 FTE reads 0,0, which is no shortage. */}
                <td className={Math.round(month.gapFte * 10) < 0 ? 'num error' : 'num'}>
                  {tenths(month.gapFte)}
                </td>
                <td className="num">{whole(month.cost)}</td>
                <td className="num">{whole(month.budget)}</td>
                <td className="num">{percent(month.expectedServiceLevel)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('finance.table.period')}</th>
              <td className="num">{whole(year.calls)}</td>
              <td className="num">{tenths(year.requiredPositions)}</td>
              <td className="num">{tenths(year.productiveFte)}</td>
              <td />
              <td className={year.cost > year.budget ? 'num error' : 'num'}>{whole(year.cost)}</td>
              <td className="num">{whole(year.budget)}</td>
              <td className="num">{percent(year.expectedServiceLevel)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
