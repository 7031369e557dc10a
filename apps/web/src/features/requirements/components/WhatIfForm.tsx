import { useLanguage } from '../../../lib/i18n';
import type { WhatIfSettings } from '../what-if';

/** Goal, target, AHT and shrinkage to try; every change recomputes the page at once. */
export function WhatIfForm({
  settings,
  baseline,
  onChange,
}: {
  settings: WhatIfSettings;
  baseline: WhatIfSettings;
  onChange: (settings: WhatIfSettings) => void;
}) {
  const { t } = useLanguage();
  const set = (patch: Partial<WhatIfSettings>) => onChange({ ...settings, ...patch });
  const percent = (share: number) => Math.round(share * 1000) / 10;
  return (
    <form
      className="card toolbar"
      aria-label={t('requirements.whatIf.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <strong>{t('requirements.whatIf.title')}</strong>
      <label>
        {t('requirements.whatIf.goal')}
        <input
          type="number"
          min={1}
          max={99.9}
          step={1}
          value={percent(settings.serviceLevelGoal)}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (value > 0 && value < 100) set({ serviceLevelGoal: value / 100 });
          }}
        />
      </label>
      <label>
        {t('requirements.whatIf.target')}
        <input
          type="number"
          min={0}
          max={3600}
          step={5}
          value={settings.targetSeconds}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (value >= 0) set({ targetSeconds: value });
          }}
        />
      </label>
      <label>
        {t('requirements.whatIf.aht')}
        <input
          type="number"
          min={1}
          max={7200}
          step={5}
          value={settings.ahtSeconds}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (value >= 1) set({ ahtSeconds: value });
          }}
        />
      </label>
      <label>
        {t('requirements.whatIf.shrinkage')}
        <input
          type="number"
          min={0}
          max={90}
          step={1}
          value={percent(settings.shrinkage)}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (value >= 0 && value <= 90) set({ shrinkage: value / 100 });
          }}
        />
      </label>
      <button type="button" className="secondary" onClick={() => onChange(baseline)}>
        {t('requirements.whatIf.reset')}
      </button>
    </form>
  );
}
