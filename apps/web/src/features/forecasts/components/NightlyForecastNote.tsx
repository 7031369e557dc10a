import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { useNightlyForecast } from '../api/get-nightly-forecast';

/** Tells the planner the forecast is also redone by itself at night, and when next. */
export function NightlyForecastNote() {
  const { t, language } = useLanguage();
  const next = useNightlyForecast().data?.next;
  if (!next) return null;
  return (
    <p className="muted small">
      {t('forecast.run.nightly', { next: formatDateTime(next, language) })}
    </p>
  );
}
