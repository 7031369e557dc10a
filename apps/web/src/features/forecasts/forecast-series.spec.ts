import type { HistoryInterval } from '../../api/types';
import { hasModelBand, historySeries, withBand } from './forecast-series';

const history = (intervalStart: string, offered: number): HistoryInterval => ({
  intervalStart,
  intervalMinutes: 15,
  offered,
  answered: null,
  answeredWithinTarget: null,
  abandoned: null,
  ahtSeconds: null,
});

describe('historySeries', () => {
  const intervals = [
    history('2026-11-23T08:00:00+01:00', 10),
    history('2026-11-23T08:15:00+01:00', 6),
    history('2026-11-24T08:00:00+01:00', 4),
  ];

  it('should sum offered calls per local day', () => {
    expect(historySeries(intervals, 'day')).toEqual([
      { x: '2026-11-23', value: 16 },
      { x: '2026-11-24', value: 4 },
    ]);
  });

  it('should keep intervals as they are at interval resolution', () => {
    expect(historySeries(intervals, 'interval')).toHaveLength(3);
  });
});

describe('withBand', () => {
  it("should use the method's prediction interval when the API has one", () => {
    expect(withBand([{ x: 'd', calls: 100, low: 80, high: 125 }])).toEqual([
      { x: 'd', calls: 100, lower: 80, upper: 125 },
    ]);
  });

  it('should fall back to 1.96 Poisson standard deviations, never below zero', () => {
    expect(withBand([{ x: 'd', calls: 100, low: null, high: null }])).toEqual([
      { x: 'd', calls: 100, lower: 100 - 19.6, upper: 100 + 19.6 },
    ]);
    expect(withBand([{ x: 'd', calls: 1, low: null, high: null }])[0]?.lower).toBe(0);
  });

  it('should tell a model band from a fallback one', () => {
    expect(hasModelBand([{ x: 'd', calls: 1, low: 0, high: 2 }])).toBe(true);
    expect(hasModelBand([{ x: 'd', calls: 1, low: null, high: null }])).toBe(false);
  });
});
