import { REPORT } from './adherence.fixture';
import { phoneDays, phoneShortfallHours, phoneStaffingOn, teamDaySeries } from './chart-series';
import { shownDates, weekTable } from './week-table';

describe(teamDaySeries.name, () => {
  it('should give each team its adherence on every shown day, null where it had none', () => {
    const groups = weekTable(REPORT, shownDates(REPORT, '2026-11-23'));
    expect(teamDaySeries(groups).map(({ team, adherence }) => [team.teamName, adherence])).toEqual([
      // Norr: 792 of 960 minutes on Monday, 864 on Tuesday.
      ['Norr', [0.825, 0.9, null, null, null, null]],
      ['Syd', [470 / 480, null, null, null, null, 1]],
    ]);
  });
});

describe(phoneDays.name, () => {
  it('should list the days with phone staffing, in order', () => {
    expect(phoneDays([...REPORT.intervals].reverse())).toEqual(['2026-11-23', '2026-11-24']);
  });
});

describe(phoneStaffingOn.name, () => {
  it('should give the day’s quarters from first to last, an interval the API left out as zeros', () => {
    expect(phoneStaffingOn(REPORT.intervals, '2026-11-23')).toEqual({
      times: ['08:00', '08:15', '08:30', '08:45'],
      scheduled: [2, 2, 0, 1],
      phone: [1.5, 2, 0, 0.4],
    });
  });

  it('should label summer intervals in local time', () => {
    const summer = [
      { start: '2026-07-01T07:45:00+02:00', scheduledAgents: 1, phoneAgents: 1 },
      { start: '2026-07-01T08:15:00+02:00', scheduledAgents: 3, phoneAgents: 2 },
    ];
    expect(phoneStaffingOn(summer, '2026-07-01').times).toEqual(['07:45', '08:00', '08:15']);
  });

  it('should have nothing for a day without intervals', () => {
    expect(phoneStaffingOn(REPORT.intervals, '2026-11-25')).toEqual({
      times: [],
      scheduled: [],
      phone: [],
    });
  });
});

describe(phoneShortfallHours.name, () => {
  it('should add the agents missing in each quarter as agent hours, surplus never making up', () => {
    // Missing 0.5 at 08:00 and 0.6 at 08:45: 1.1 agent quarters, 0.275 agent hours.
    expect(phoneShortfallHours(phoneStaffingOn(REPORT.intervals, '2026-11-23'))).toBeCloseTo(
      0.275,
      10,
    );
    expect(
      phoneShortfallHours({ times: ['08:00', '08:15'], scheduled: [2, 2], phone: [4, 1] }),
    ).toBe(0.25);
  });
});
