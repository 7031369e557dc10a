import { formatZonedIso, instantsOfLocalTime, zoneOffsetMs } from './zoned-time';

const STOCKHOLM = 'Europe/Stockholm';

describe(instantsOfLocalTime.name, () => {
  it('should find one instant on an ordinary day', () => {
    expect(instantsOfLocalTime(Date.UTC(2025, 0, 15, 8, 0), STOCKHOLM)).toEqual([
      Date.parse('2025-01-15T07:00:00Z'),
    ]);
  });

  it('should find none in the hour skipped when clocks go forward', () => {
    expect(instantsOfLocalTime(Date.UTC(2025, 2, 30, 2, 30), STOCKHOLM)).toEqual([]);
  });

  it('should find both instants of the hour repeated when clocks go back, earliest first', () => {
    expect(instantsOfLocalTime(Date.UTC(2025, 9, 26, 2, 15), STOCKHOLM)).toEqual([
      Date.parse('2025-10-26T00:15:00Z'),
      Date.parse('2025-10-26T01:15:00Z'),
    ]);
  });
});

describe(formatZonedIso.name, () => {
  it('should write the offset in force at the instant', () => {
    expect(formatZonedIso(Date.parse('2025-10-26T00:15:00Z'), STOCKHOLM)).toBe(
      '2025-10-26T02:15:00+02:00',
    );
    expect(formatZonedIso(Date.parse('2025-10-26T01:15:00Z'), STOCKHOLM)).toBe(
      '2025-10-26T02:15:00+01:00',
    );
  });

  it('should handle zones behind UTC', () => {
    expect(zoneOffsetMs(Date.parse('2025-01-15T12:00:00Z'), 'America/New_York')).toBe(
      -5 * 3_600_000,
    );
    expect(formatZonedIso(Date.parse('2025-01-15T12:00:00Z'), 'America/New_York')).toBe(
      '2025-01-15T07:00:00-05:00',
    );
  });
});
