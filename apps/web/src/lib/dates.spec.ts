import {
  addDays,
  daysBetween,
  isoWeek,
  localDate,
  mondayOf,
  mondaysBetween,
  weekdayIndex,
} from './dates';

describe('local dates in Europe/Stockholm', () => {
  it('should put 23:30 UTC on the next local day in winter', () => {
    expect(localDate(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
  });

  it('should count the 23-hour DST day as one day', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('should start weeks on Monday', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0);
    expect(weekdayIndex('2026-11-29')).toBe(6);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
  });

  it('should number ISO weeks as Swedish calendars do', () => {
    expect(isoWeek('2026-11-23')).toBe(48);
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
  });

  it('should list the Mondays of every week a span of days touches', () => {
    expect(mondaysBetween('2026-11-25', '2026-12-07')).toEqual([
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
    ]);
    expect(mondaysBetween('2026-11-23', '2026-11-23')).toEqual(['2026-11-23']);
  });
});
