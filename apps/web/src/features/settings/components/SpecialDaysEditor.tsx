import type { AnswerGroup } from '../../../api/types';
import { useLanguage } from '../../../lib/i18n';
import { DayHoursInputs } from './DayHoursInputs';

type SpecialDay = AnswerGroup['specialDays'][number];

/** A special day with a key of its own, so editing or removing a row keeps the others' focus. */
export interface SpecialDayRow {
  key: number;
  day: SpecialDay;
}

let nextKey = 1;

export function withKeys(days: SpecialDay[]): SpecialDayRow[] {
  return days.map((day) => ({ key: nextKey++, day }));
}

/** Days with other opening hours than the week's, e.g. Julafton closed or a shorter eve. */
export function SpecialDaysEditor({
  rows,
  onChange,
}: {
  rows: SpecialDayRow[];
  onChange: (rows: SpecialDayRow[]) => void;
}) {
  const { t } = useLanguage();
  const change = (key: number, patch: Partial<SpecialDay>) =>
    onChange(rows.map((row) => (row.key === key ? { key, day: { ...row.day, ...patch } } : row)));
  return (
    <fieldset>
      <legend>{t('settings.group.specialDays')}</legend>
      {rows.length === 0 && <p className="muted">{t('settings.group.noSpecialDays')}</p>}
      {rows.map(({ key, day }) => (
        <div key={key} className="hours-row">
          <input
            type="date"
            required
            aria-label={t('common.date')}
            value={day.date}
            onChange={(e) => change(key, { date: e.target.value })}
          />
          <input
            required
            aria-label={t('settings.group.specialDayName')}
            placeholder={t('settings.group.specialDayName')}
            value={day.name}
            onChange={(e) => change(key, { name: e.target.value })}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={day.hours === null}
              onChange={(e) => change(key, { hours: e.target.checked ? null : ['10:00', '14:00'] })}
            />
            {t('settings.group.closed')}
          </label>
          {day.hours && (
            <DayHoursInputs
              hours={[day.hours[0] ?? '', day.hours[1] ?? '']}
              label=""
              onChange={(hours) => change(key, { hours })}
            />
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(rows.filter((row) => row.key !== key))}
          >
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...rows, ...withKeys([{ date: '', name: '', hours: null }])])}
      >
        {t('settings.group.addSpecialDay')}
      </button>
    </fieldset>
  );
}
