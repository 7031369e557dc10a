import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDecimal,
  formatMonth,
  formatNumber,
  formatPercent,
  formatShortDate,
  formatSignedNumber,
  formatSignedPoints,
} from './format';

// Swedish writes a non-breaking space between thousands and a decimal comma.
const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('should group thousands with a space and use a decimal comma in Swedish', () => {
    expect(formatNumber(1234567.891, 'sv', 1)).toBe(`1${NBSP}234${NBSP}567,9`);
  });

  it('should use a comma for thousands and a point for decimals in English', () => {
    expect(formatNumber(1234567.891, 'en', 1)).toBe('1,234,567.9');
  });

  it('should round to whole numbers unless asked for decimals', () => {
    expect(formatNumber(10.5, 'sv')).toBe('11');
  });
});

describe('formatPercent', () => {
  it('should write a share as a Swedish percentage with a space before the sign', () => {
    expect(formatPercent(0.8054, 'sv')).toBe(`80,5${NBSP}%`);
  });

  it('should write an English percentage without a space', () => {
    expect(formatPercent(0.8054, 'en')).toBe('80.5%');
  });
});

describe('formatSignedPoints', () => {
  it('should write a change of a share in points with its sign, and 0 when it rounds away', () => {
    expect(formatSignedPoints(0.0123, 'sv')).toBe('+1,2');
    expect(formatSignedPoints(-0.004, 'en')).toBe('-0.4');
    expect(formatSignedPoints(0.0004, 'sv')).toBe('0');
  });
});

describe('formatSignedNumber', () => {
  it('should write a change with its sign, a Swedish minus, and 0 when it rounds away', () => {
    expect(formatSignedNumber(3.24, 'sv', 1)).toBe('+3,2');
    expect(formatSignedNumber(-1234.5, 'sv')).toBe(`−1${NBSP}235`);
    expect(formatSignedNumber(-0.04, 'en', 1)).toBe('0');
  });
});

describe('formatDecimal', () => {
  it('should write a fixed number of decimals, and no sign on what rounds to zero', () => {
    expect(formatDecimal(73, 'sv', 1)).toBe('73,0');
    expect(formatDecimal(-3.64, 'sv', 1)).toBe('−3,6');
    expect(formatDecimal(-0.04, 'sv', 1)).toBe('0,0');
    expect(formatDecimal(1234.56, 'en', 1)).toBe('1,234.6');
  });
});

describe('formatMonth', () => {
  it('should name a month in full for tables and short for chart axes', () => {
    expect(formatMonth('2027-01', 'sv')).toBe('januari 2027');
    expect(formatMonth('2027-05', 'en')).toBe('May 2027');
    expect(formatMonth('2027-01', 'sv', 'short')).toBe('jan. 27');
  });
});

describe('formatDate and formatDateTime', () => {
  it('should write a local date with its Swedish weekday', () => {
    expect(formatDate('2026-11-23', 'sv')).toBe('mån 23 nov. 2026');
  });

  it('should write a date short, weekday and day/month, for table headers and chart axes', () => {
    expect(formatShortDate('2026-11-23', 'sv')).toBe('mån 23/11');
    expect(formatShortDate('2026-11-29', 'en')).toBe('Sun 29/11');
  });

  it('should write a range of days with a dash, and one day once', () => {
    expect(formatDateRange('2026-11-23', '2026-11-25', 'sv')).toBe(
      'mån 23 nov. 2026 – ons 25 nov. 2026',
    );
    expect(formatDateRange('2026-11-23', '2026-11-23', 'sv')).toBe('mån 23 nov. 2026');
  });

  it('should show an instant in Stockholm time whatever the machine zone (winter, UTC+1)', () => {
    expect(formatDateTime('2026-11-23T07:15:00Z', 'sv')).toBe('23 nov. 2026 08:15');
  });

  it('should show an instant in Stockholm summer time (UTC+2)', () => {
    expect(formatDateTime('2026-07-01T06:00:00Z', 'sv')).toBe('1 juli 2026 08:00');
  });
});
