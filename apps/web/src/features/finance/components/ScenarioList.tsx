import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useDeleteScenario } from '../api/delete-scenario';
import type { SavedScenario } from '../types';

/** The saved scenarios, by name: load one into the form, or delete it once confirmed. */
export function ScenarioList({
  scenarios,
  loadedId,
  onLoad,
  onDeleted,
}: {
  scenarios: SavedScenario[];
  loadedId: number | undefined;
  onLoad: (scenario: SavedScenario) => void;
  onDeleted: (id: number) => void;
}) {
  const { t } = useLanguage();
  if (scenarios.length === 0) return <p className="muted">{t('finance.scenarios.none')}</p>;
  return (
    <ul className="scenario-list">
      {scenarios.map((scenario) => (
        <ScenarioItem
          key={scenario.id}
          scenario={scenario}
          loaded={scenario.id === loadedId}
          onLoad={() => onLoad(scenario)}
          onDeleted={() => onDeleted(scenario.id)}
        />
      ))}
    </ul>
  );
}

function ScenarioItem({
  scenario,
  loaded,
  onLoad,
  onDeleted,
}: {
  scenario: SavedScenario;
  loaded: boolean;
  onLoad: () => void;
  onDeleted: () => void;
}) {
  const { t, language } = useLanguage();
  const remove = useDeleteScenario();
  const [removing, setRemoving] = useState(false);
  return (
    <li className={loaded ? 'selected' : undefined}>
      <strong>{scenario.name}</strong>
      {loaded && <span className="badge">{t('finance.scenarios.inForm')}</span>}
      {scenario.note && <div className="small">{scenario.note}</div>}
      <div className="muted small">
        {t('finance.scenarios.updated', { when: formatDateTime(scenario.updatedAt, language) })}
      </div>
      {removing ? (
        <div className="row-actions">
          <span>{t('finance.scenarios.removeQuestion')}</span>
          <button
            type="button"
            disabled={remove.isPending}
            onClick={() => remove.mutate(scenario.id, { onSuccess: onDeleted })}
          >
            {t('finance.scenarios.confirmRemove')}
          </button>
          <button type="button" className="secondary" onClick={() => setRemoving(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div className="row-actions">
          <button type="button" className="secondary" onClick={onLoad}>
            {t('finance.scenarios.load')}
          </button>
          <button type="button" className="secondary" onClick={() => setRemoving(true)}>
            {t('common.remove')}
          </button>
        </div>
      )}
      {remove.error && (
        <p role="alert" className="error">
          {remove.error.message}
        </p>
      )}
    </li>
  );
}
