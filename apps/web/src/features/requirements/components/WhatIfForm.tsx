import { NumberField } from '../../../components/NumberField';
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
      <NumberField
        label={t('requirements.whatIf.goal')}
        min={1}
        max={99.9}
        step={1}
        value={percent(settings.serviceLevelGoal)}
        accepts={(value) => value > 0 && value < 100}
        onChange={(value) => set({ serviceLevelGoal: value / 100 })}
      />
      <NumberField
        label={t('requirements.whatIf.target')}
        min={0}
        max={3600}
        step={5}
        value={settings.targetSeconds}
        accepts={(value) => value >= 0}
        onChange={(value) => set({ targetSeconds: value })}
      />
      <NumberField
        label={t('requirements.whatIf.aht')}
        min={1}
        max={7200}
        step={5}
        value={settings.ahtSeconds}
        accepts={(value) => value >= 1}
        onChange={(value) => set({ ahtSeconds: value })}
      />
      <NumberField
        label={t('requirements.whatIf.shrinkage')}
        min={0}
        max={90}
        step={1}
        value={percent(settings.shrinkage)}
        accepts={(value) => value >= 0 && value <= 90}
        onChange={(value) => set({ shrinkage: value / 100 })}
      />
      <button type="button" className="secondary" onClick={() => onChange(baseline)}>
        {t('requirements.whatIf.reset')}
      </button>
    </form>
  );
}
