import { dailyCurves, heatMapData, openHours } from './heat-map';

const at = (intervalStart: string, agents: number, calls = agents) => ({
  intervalStart,
  agents,
  calls,
});

describe('heatMapData', () => {
  it('should put each interval in its weekday row and local time column', () => {
    const data = heatMapData(
      [
        at('2026-11-23T08:00:00+01:00', 3), // Monday
        at('2026-11-23T08:15:00+01:00', 5),
        at('2026-11-29T08:15:00+01:00', 2), // Sunday
      ],
      (i) => i.agents,
    );
    expect(data.times).toEqual(['08:00', '08:15']);
    expect(data.cells).toEqual([
      [0, 0, 3],
      [1, 0, 5],
      [1, 6, 2],
    ]);
    expect(data.max).toBe(5);
  });

  it('should use local times across a DST change, so 08:00 stays 08:00', () => {
    const data = heatMapData(
      [at('2026-03-27T08:00:00+01:00', 4), at('2026-03-30T08:00:00+02:00', 6)],
      (i) => i.agents,
    );
    expect(data.times).toEqual(['08:00']);
    expect(data.cells).toEqual([
      [0, 0, 6],
      [0, 4, 4],
    ]);
  });

  it('should average a cell over several weeks', () => {
    const data = heatMapData(
      [at('2026-11-23T09:00:00+01:00', 4), at('2026-11-30T09:00:00+01:00', 6)],
      (i) => i.agents,
    );
    expect(data.cells).toEqual([[0, 0, 5]]);
  });
});

describe('dailyCurves', () => {
  it('should give each weekday its values by time, null where it has none', () => {
    const curves = dailyCurves(
      [at('2026-11-23T08:00:00+01:00', 3), at('2026-11-24T08:15:00+01:00', 4)],
      (i) => i.agents,
    );
    expect(curves.times).toEqual(['08:00', '08:15']);
    expect(curves.byWeekday[0]).toEqual([3, null]);
    expect(curves.byWeekday[1]).toEqual([null, 4]);
    expect(curves.byWeekday[6]).toEqual([null, null]);
  });
});

describe('openHours', () => {
  it('should drop closed hours at both ends of the day and keep gaps inside', () => {
    const day = [
      at('2026-11-23T07:45:00+01:00', 0),
      at('2026-11-23T08:00:00+01:00', 2),
      at('2026-11-23T08:15:00+01:00', 0),
      at('2026-11-23T08:30:00+01:00', 1),
      at('2026-11-23T08:45:00+01:00', 0),
    ];
    expect(openHours(day).map((i) => i.intervalStart.slice(11, 16))).toEqual([
      '08:00',
      '08:15',
      '08:30',
    ]);
  });
});
