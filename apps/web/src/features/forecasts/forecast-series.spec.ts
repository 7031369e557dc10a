import { adjustedForecastCsv, callsSeries, compareSeries, poissonBand } from './forecast-series';

const intervals = [
  { intervalStart: '2026-11-23T08:00:00+01:00', calls: 10, ahtSeconds: 300 },
  { intervalStart: '2026-11-23T08:15:00+01:00', calls: 6, ahtSeconds: null },
  { intervalStart: '2026-11-24T08:00:00+01:00', calls: 4, ahtSeconds: 300 },
];

describe('callsSeries', () => {
  it('should sum calls per local day', () => {
    expect(callsSeries(intervals, 'day')).toEqual([
      { x: '2026-11-23', value: 16 },
      { x: '2026-11-24', value: 4 },
    ]);
  });

  it('should keep intervals as they are at interval resolution', () => {
    expect(callsSeries(intervals, 'interval')).toHaveLength(3);
  });
});

describe('poissonBand', () => {
  it('should put 1.96 square roots either side and never below zero', () => {
    expect(poissonBand([{ x: 'a', value: 100 }])).toEqual([
      { lower: 100 - 19.6, upper: 100 + 19.6 },
    ]);
    expect(poissonBand([{ x: 'a', value: 1 }])[0]?.lower).toBe(0);
  });
});

describe('compareSeries', () => {
  it('should give the relative change where both versions have the day', () => {
    expect(
      compareSeries(
        [
          { x: 'd1', value: 100 },
          { x: 'd2', value: 50 },
        ],
        [{ x: 'd1', value: 110 }],
      ),
    ).toEqual([
      { x: 'd1', base: 100, other: 110, change: expect.closeTo(0.1, 10) },
      { x: 'd2', base: 50, other: null, change: null },
    ]);
  });
});

describe('adjustedForecastCsv', () => {
  it('should scale only the adjusted group and dates and keep everything else', () => {
    const csv = adjustedForecastCsv(
      new Map([
        ['bygglov', intervals],
        ['skola', [{ intervalStart: '2026-11-23T08:00:00+01:00', calls: 3, ahtSeconds: 200 }]],
      ]),
      {
        answerGroupId: 'bygglov',
        from: '2026-11-23',
        to: '2026-11-23',
        factor: 1.5,
        note: 'utskick',
      },
    );
    expect(csv).toBe(
      [
        'interval_start,answer_group,offered,aht_seconds',
        '2026-11-23T08:00:00+01:00,bygglov,15,300',
        '2026-11-23T08:15:00+01:00,bygglov,9,',
        '2026-11-24T08:00:00+01:00,bygglov,4,300',
        '2026-11-23T08:00:00+01:00,skola,3,200',
        '',
      ].join('\n'),
    );
  });
});
