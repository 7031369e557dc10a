import {
  formatLocalIso,
  holidayCalendar,
  intervalsOfLocalDay,
  isClosedDay,
  parseIsoWithOffset,
  isoWeekdayIndex,
  localDateOf,
  localDayMinutes,
  localMinuteOfDay,
} from './index';

const STOCKHOLM = 'Europe/Stockholm';

describe('local days in Europe/Stockholm', () => {
  it('has 92 quarter-hours on the day clocks go forward and 100 on the day they go back', () => {
    expect(intervalsOfLocalDay('2025-03-30', 15, STOCKHOLM)).toHaveLength(92);
    expect(intervalsOfLocalDay('2025-10-26', 15, STOCKHOLM)).toHaveLength(100);
    expect(intervalsOfLocalDay('2025-06-02', 15, STOCKHOLM)).toHaveLength(96);
    expect(localDayMinutes('2025-03-30', STOCKHOLM)).toBe(23 * 60);
    expect(localDayMinutes('2025-10-26', STOCKHOLM)).toBe(25 * 60);
  });

  it('skips 02:00-03:00 in spring and repeats 02:00-03:00 with another offset in autumn', () => {
    const spring = intervalsOfLocalDay('2025-03-30', 60, STOCKHOLM).map((t) =>
      formatLocalIso(t, STOCKHOLM),
    );
    expect(spring.slice(1, 3)).toEqual(['2025-03-30T01:00:00+01:00', '2025-03-30T03:00:00+02:00']);
    const autumn = intervalsOfLocalDay('2025-10-26', 60, STOCKHOLM).map((t) =>
      formatLocalIso(t, STOCKHOLM),
    );
    expect(autumn.slice(2, 4)).toEqual(['2025-10-26T02:00:00+02:00', '2025-10-26T02:00:00+01:00']);
  });

  it('reads local date, weekday and minute of day back from an instant', () => {
    const t = Date.parse('2025-10-26T02:30:00+01:00');
    expect(localDateOf(t, STOCKHOLM)).toBe('2025-10-26');
    expect(localMinuteOfDay(t, STOCKHOLM)).toBe(150);
    expect(isoWeekdayIndex('2025-10-26')).toBe(6);
  });

  it('rejects an interval length that does not divide a day', () => {
    expect(() => intervalsOfLocalDay('2025-01-01', 7, STOCKHOLM)).toThrow(/does not divide/);
  });
});

describe('Swedish holiday calendar', () => {
  const calendar = holidayCalendar('SE');

  it('knows holidays, eves and shortened days (checked against the 2026 almanac)', () => {
    expect(calendar.kindOf('2026-12-25')).toBe('holiday');
    expect(calendar.kindOf('2026-06-19')).toBe('eve');
    expect(calendar.kindOf('2026-04-30')).toBe('shortDay');
    expect(calendar.kindOf('2026-04-02')).toBe('shortDay');
    expect(calendar.kindOf('2026-11-24')).toBe('normal');
  });

  it('marks the first working day after a closed day, across a weekend', () => {
    expect(calendar.kindOf('2026-04-07')).toBe('afterHoliday'); // after annandag påsk
    expect(calendar.kindOf('2026-06-22')).toBe('afterHoliday'); // Monday after midsommar
    expect(calendar.kindOf('2026-04-08')).toBe('normal');
  });

  it('closes the centre on holidays and eves, not on shortened days', () => {
    const closed = ['2026-12-24', '2026-12-25', '2026-06-19', '2026-04-30', '2026-11-24'].map(
      (date) => isClosedDay(calendar.kindOf(date)),
    );
    expect(closed).toEqual([true, true, true, false, false]);
    expect(isClosedDay(undefined)).toBe(false);
  });

  it('has no special days with country none and rejects unknown countries', () => {
    expect(holidayCalendar('none').kindOf('2026-12-25')).toBe('normal');
    expect(() => holidayCalendar('XX').kindOf('2026-12-25')).toThrow(/unknown country/);
  });
});

describe('parseIsoWithOffset', () => {
  it('reads offsets, Z and fractions, and rejects impossible dates', () => {
    expect(parseIsoWithOffset('2025-10-26T02:00:00+02:00')).toBe(
      Date.parse('2025-10-26T00:00:00Z'),
    );
    expect(parseIsoWithOffset('2025-10-26T02:00:00+01:00')).toBe(
      Date.parse('2025-10-26T01:00:00Z'),
    );
    expect(parseIsoWithOffset('2025-10-26T02:00Z')).toBe(Date.parse('2025-10-26T02:00:00Z'));
    expect(parseIsoWithOffset('2025-01-01T00:00:00.5+05:30')).toBe(
      Date.parse('2024-12-31T18:30:00.500Z'),
    );
    expect(parseIsoWithOffset('2025-02-30T08:00:00+01:00')).toBeUndefined();
    expect(parseIsoWithOffset('2025-01-01 08:00:00+01:00')).toBeUndefined();
    expect(parseIsoWithOffset('2025-01-01T24:00:00+01:00')).toBeUndefined();
  });
});
