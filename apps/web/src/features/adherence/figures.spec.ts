import { ADHERENCE_TARGET, adherenceBand, formatShare, hoursOutOfAdherence } from './figures';
import type { AdherenceFigures } from './types';

describe(adherenceBand.name, () => {
  it('should call the target and above good, 80 % up to the target a warning, and below bad', () => {
    expect(ADHERENCE_TARGET).toBe(0.9);
    // 432 of 480 minutes is exactly the target.
    expect(adherenceBand(432 / 480)).toBe('good');
    expect(adherenceBand(1)).toBe('good');
    expect(adherenceBand(431 / 480)).toBe('warn');
    expect(adherenceBand(384 / 480)).toBe('warn');
    expect(adherenceBand(383 / 480)).toBe('bad');
    expect(adherenceBand(0)).toBe('bad');
  });

  it('should leave a day with nothing scheduled unbanded', () => {
    expect(adherenceBand(null)).toBeNull();
  });
});

describe(hoursOutOfAdherence.name, () => {
  it('should count the scheduled minutes not kept to as hours', () => {
    const figures = { scheduledMinutes: 2400, adherentMinutes: 2130 } as AdherenceFigures;
    expect(hoursOutOfAdherence(figures)).toBe(4.5);
  });
});

describe(formatShare.name, () => {
  it('should write a share as a percentage, and a dash where there is none', () => {
    expect(formatShare(840 / 960, 'sv')).toBe('87,5\u00a0%');
    expect(formatShare(840 / 960, 'en')).toBe('87.5%');
    expect(formatShare(null, 'sv')).toBe('–');
    expect(formatShare(undefined, 'sv')).toBe('–');
  });
});
