import { describePreferences } from './preferences';

describe(describePreferences.name, () => {
  const weekdays = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'];
  const words = { dayOff: (days: string) => `ledig ${days}`, early: 'tidiga pass', late: 'sena' };

  it('should name the days off by weekday and the shift time', () => {
    expect(describePreferences({ daysOff: [0, 4], shiftTime: 'early' }, weekdays, words)).toBe(
      'ledig mån, fre · tidiga pass',
    );
    expect(describePreferences({ shiftTime: 'late' }, weekdays, words)).toBe('sena');
  });

  it('should say nothing without wishes', () => {
    expect(describePreferences(null, weekdays, words)).toBe('');
    expect(describePreferences({ daysOff: [] }, weekdays, words)).toBe('');
  });
});
