import { formatDate, type Language } from '../../lib/format';

/** Holidays as the planner reads them: "tors 24 dec. 2026 (julafton), fre 25 dec. …". */
export function listClosedDays(
  days: readonly { date: string; name: string }[],
  language: Language,
): string {
  return days.map((day) => `${formatDate(day.date, language)} (${day.name})`).join(', ');
}
