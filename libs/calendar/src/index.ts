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
export { parseIsoWithOffset } from './iso-time';
export {
  type DayKind,
  holidayCalendar,
  isClosedDay,
  type SpecialDay,
  specialDaysOfYear,
} from './holidays';
