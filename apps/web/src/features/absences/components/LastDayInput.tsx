import { useEffect, useRef } from 'react';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';

/**
 * An absence's last day. A day before its first is refused by the browser before the form is
 * sent, in the user's language and in the words the API's own refusal gets.
 */
export function LastDayInput({
  label,
  firstDay,
  value,
  onChange,
}: {
  label: string;
  firstDay: string;
  value: string;
  onChange: (lastDay: string) => void;
}) {
  const { t, language } = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const endsBeforeStart = value !== '' && value < firstDay;
  const message = endsBeforeStart
    ? t('apiErrors.absenceEndsBeforeStart', {
        fromDate: formatDate(firstDay, language),
        toDate: formatDate(value, language),
      })
    : '';
  useEffect(() => {
    input.current?.setCustomValidity(message);
  }, [message]);
  return (
    <label>
      {label}
      <input
        ref={input}
        type="date"
        required
        min={firstDay}
        aria-invalid={endsBeforeStart || undefined}
        title={message || undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
