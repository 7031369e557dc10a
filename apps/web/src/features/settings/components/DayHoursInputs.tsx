import { useEffect, useRef } from 'react';
import { useLanguage } from '../../../lib/i18n';

const CLOCK = '([01][0-9]|2[0-4]):[0-5][0-9]';

/** Both times are typed as 24-hour HH:MM, whatever the browser's language. */
const TIME_FIELD = {
  type: 'text',
  className: 'time',
  inputMode: 'numeric',
  pattern: CLOCK,
} as const;

/**
 * A day's opening and closing time. Closing at or before opening is refused by the browser
 * before the form is sent, in the user's language (the API refuses it too, but only as a
 * whole week in English).
 */
export function DayHoursInputs({
  hours,
  label,
  onChange,
}: {
  hours: [string, string];
  /** What the pair is for, e.g. the weekday; empty for a row that says it elsewhere. */
  label: string;
  onChange: (hours: [string, string]) => void;
}) {
  const { t } = useLanguage();
  const closes = useRef<HTMLInputElement>(null);
  const [from, to] = hours;
  const clock = new RegExp(`^${CLOCK}$`);
  const closesTooEarly = clock.test(from) && clock.test(to) && to <= from;
  const message = closesTooEarly ? t('settings.group.closesBeforeOpens', { from, to }) : '';
  useEffect(() => {
    closes.current?.setCustomValidity(message);
  }, [message]);
  const name = (what: string) => (label ? `${label} ${what}` : what);
  return (
    <>
      <input
        {...TIME_FIELD}
        placeholder="08:00"
        aria-label={name(t('settings.group.opens'))}
        value={from}
        onChange={(e) => onChange([e.target.value, to])}
      />
      <input
        {...TIME_FIELD}
        ref={closes}
        placeholder="16:30"
        aria-label={name(t('settings.group.closes'))}
        aria-invalid={closesTooEarly || undefined}
        title={message || undefined}
        value={to}
        onChange={(e) => onChange([from, e.target.value])}
      />
    </>
  );
}
