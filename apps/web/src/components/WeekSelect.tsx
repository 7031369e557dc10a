import { isoWeek } from '../lib/dates';
import { formatDate } from '../lib/format';
import { useLanguage } from '../lib/i18n';

/** The labelled week picker the planning pages share: ISO week and its Monday per option. */
export function WeekSelect({
  mondays,
  value,
  onChange,
}: {
  mondays: string[];
  value: string | undefined;
  onChange: (monday: string) => void;
}) {
  const { t, language } = useLanguage();
  return (
    <label>
      {t('common.week')}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {mondays.map((monday) => (
          <option key={monday} value={monday}>
            {t('common.weekOption', { week: isoWeek(monday), from: formatDate(monday, language) })}
          </option>
        ))}
      </select>
    </label>
  );
}
