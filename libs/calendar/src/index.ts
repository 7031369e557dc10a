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
export {
  type DayKind,
  holidayCalendar,
  isClosedDay,
  type SpecialDay,
  specialDaysOfYear,
} from './holidays';
