import { awayPerWeekday } from './away-per-day';

describe(awayPerWeekday.name, () => {
  it('should count each absence on the weekdays it covers, and none at the weekend', () => {
    const absences = [
      { fromDate: '2026-11-16', toDate: '2026-11-24' },
      { fromDate: '2026-11-24', toDate: '2026-11-24' },
      { fromDate: '2026-11-27', toDate: '2026-12-06' },
      { fromDate: '2026-11-28', toDate: '2026-11-29' },
    ];
    expect(awayPerWeekday(absences, '2026-11-23')).toEqual([
      { date: '2026-11-23', away: 1 },
      { date: '2026-11-24', away: 2 },
      { date: '2026-11-25', away: 0 },
      { date: '2026-11-26', away: 0 },
      { date: '2026-11-27', away: 1 },
    ]);
  });
});
