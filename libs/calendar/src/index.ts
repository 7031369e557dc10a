export {
  type LocalDate,
  addLocalDays,
  formatLocalIso,
  intervalsOfLocalDay,
  isoWeekdayIndex,
  localDateOf,
  localDayMinutes,
  localMinuteOfDay,
  startOfLocalDay,
} from './local-time';
export { type DayKind, type SpecialDay, holidayCalendar, specialDaysOfYear } from './holidays';
