import { useLanguage } from '../../../lib/i18n';

/**
 * What the model assumes, in the reader's language. The plan's own `assumptions` are English
 * only; these texts follow them (the API's finance.service.ts) and `@bemanna/capacity`'s docs,
 * and must change with them.
 */
export function Assumptions() {
  const { t } = useLanguage();
  const items = t('finance.assumptions.items', { returnObjects: true }) as string[];
  return (
    <details className="card">
      <summary>{t('finance.assumptions.title')}</summary>
      <ul className="assumptions">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
