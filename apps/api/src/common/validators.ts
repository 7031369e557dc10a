import { ValidationOptions, ValidateBy } from 'class-validator';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for `null` (closed) or `[from, to]` in local `HH:MM` with from before to. */
export function isDayHours(value: unknown): boolean {
  if (value === null) return true;
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [from, to] = value as unknown[];
  return (
    typeof from === 'string' &&
    typeof to === 'string' &&
    CLOCK.test(from) &&
    CLOCK.test(to) &&
    from < to
  );
}

/** Opening hours of one day: `["08:00", "16:30"]`, or null when closed. */
export function IsDayHours(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDayHours',
      validator: {
        validate: isDayHours,
        defaultMessage: () =>
          '$property must be null (closed) or ["HH:MM", "HH:MM"] with the first time earlier',
      },
    },
    options,
  );
}

/** Seven days of opening hours, Monday first. */
export function IsWeekOpeningHours(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWeekOpeningHours',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) && value.length === 7 && value.every(isDayHours),
        defaultMessage: () =>
          '$property must be seven entries, Monday first, each null (closed) or ["HH:MM", "HH:MM"]',
      },
    },
    options,
  );
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: isLocalDate,
        defaultMessage: () => '$property must be a date YYYY-MM-DD',
      },
    },
    options,
  );
}

/** Ids users type and ACD exports carry: letters, digits, `-`, `_`, `.`; 1-64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const ID_MESSAGE =
  '$property must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit';
