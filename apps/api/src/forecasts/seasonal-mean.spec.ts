import { seasonalMean, wape } from './seasonal-mean';

const STOCKHOLM = 'Europe/Stockholm';
const mondayNine = (date: string) => Date.parse(`${date}T09:00:00+01:00`);

describe(seasonalMean.name, () => {
  it('should average the same weekday and local time, weighting AHT by calls', () => {
    const history = [
      { answerGroupId: 'bygglov', startMs: mondayNine('2025-11-03'), offered: 10, ahtSeconds: 170 },
      { answerGroupId: 'bygglov', startMs: mondayNine('2025-11-10'), offered: 30, ahtSeconds: 210 },
    ];
    const sut = seasonalMean(history, ['bygglov'], '2025-11-17', 1, 15, STOCKHOLM);
    expect(sut).toHaveLength(96);
    expect(sut.find((point) => point.startMs === mondayNine('2025-11-17'))).toEqual({
      answerGroupId: 'bygglov',
      startMs: mondayNine('2025-11-17'),
      calls: 20,
      ahtSeconds: (10 * 170 + 30 * 210) / 40,
    });
    expect(sut.filter((point) => point.calls > 0)).toHaveLength(1);
  });

  it('should keep local time across a clock change: 09:00 in winter from 09:00 in summer', () => {
    const summer = Date.parse('2025-10-20T09:00:00+02:00');
    const sut = seasonalMean(
      [{ answerGroupId: 'bygglov', startMs: summer, offered: 8, ahtSeconds: null }],
      ['bygglov'],
      '2025-10-27',
      1,
      15,
      STOCKHOLM,
    );
    expect(sut.find((point) => point.calls > 0)?.startMs).toBe(
      Date.parse('2025-10-27T09:00:00+01:00'),
    );
  });

  it('should give a 23-hour day 92 quarters', () => {
    expect(seasonalMean([], ['bygglov'], '2025-03-30', 1, 15, STOCKHOLM)).toHaveLength(92);
  });
});

describe(wape.name, () => {
  it('should weigh errors by volume and skip intervals without actuals', () => {
    const forecast = [
      { answerGroupId: 'a', startMs: 1, calls: 12, ahtSeconds: null },
      { answerGroupId: 'a', startMs: 2, calls: 5, ahtSeconds: null },
      { answerGroupId: 'a', startMs: 3, calls: 99, ahtSeconds: null },
    ];
    const actual = [
      { answerGroupId: 'a', startMs: 1, offered: 10, ahtSeconds: null },
      { answerGroupId: 'a', startMs: 2, offered: 10, ahtSeconds: null },
    ];
    expect(wape(forecast, actual)).toBeCloseTo(7 / 20, 12);
    expect(wape(forecast, [])).toBeNull();
  });
});
