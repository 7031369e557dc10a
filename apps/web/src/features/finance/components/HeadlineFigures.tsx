import type { TFunction } from 'i18next';
import {
  formatMonth,
  formatDecimal,
  formatPercent,
  formatSignedNumber,
  formatSignedPoints,
  type Language,
} from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { FigureUnit, HeadlineFigure } from '../figures';
import { formatKronor } from '../kronor';

/** A figure's value the way finance reads it: positions to a tenth. */
function formatFigure(value: number, unit: FigureUnit, t: TFunction, language: Language): string {
  if (unit === 'share') return formatPercent(value, language);
  if (unit === 'positions') return formatDecimal(value, language, 1);
  return formatKronor(value, t, language);
}

/** A difference with its sign; a share's in percentage points, as finance speaks of goals. */
function formatDifference(
  difference: number,
  unit: FigureUnit,
  t: TFunction,
  language: Language,
): string {
  if (unit === 'share')
    return t('finance.figures.points', { value: formatSignedPoints(difference, language) });
  if (unit === 'positions') return formatSignedNumber(difference, language, 1);
  return formatKronor(difference, t, language, true);
}

/** The period's headline figures, each against its reference and the comparison's. */
export function HeadlineFigures({
  figures,
  from,
  to,
  comparisonName,
}: {
  figures: HeadlineFigure[];
  /** The plan's first and last month. */
  from: string;
  to: string;
  comparisonName: string | undefined;
}) {
  const { t, language } = useLanguage();
  const format = (value: number, unit: FigureUnit) => formatFigure(value, unit, t, language);
  return (
    <section className="card" aria-labelledby="finance-figures-title">
      <h2 id="finance-figures-title">
        {t('finance.figures.title', {
          from: formatMonth(from, language),
          to: formatMonth(to, language),
        })}
      </h2>
      <dl className="figures">
        {figures.map((figure) => (
          <div key={figure.key} className={figure.warning ? 'figure alarm' : 'figure'}>
            <dt>{t(`finance.figures.labels.${figure.key}`)}</dt>
            <dd className="figure-value">{format(figure.value, figure.unit)}</dd>
            {figure.reference !== null && (
              <dd className="muted">
                {t(`finance.figures.references.${figure.key}`, {
                  value: format(figure.reference, figure.unit),
                })}
              </dd>
            )}
            {figure.comparison && (
              <>
                <dd className="figure-comparison">
                  {t('finance.figures.comparison', {
                    name: comparisonName,
                    value: format(figure.comparison.value, figure.unit),
                  })}
                </dd>
                <dd className="figure-difference">
                  {t('finance.figures.difference', {
                    difference: formatDifference(
                      figure.comparison.difference,
                      figure.unit,
                      t,
                      language,
                    ),
                  })}
                </dd>
              </>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
