import i18next from 'i18next';
import { initI18n } from '../../lib/i18n';
import { formatKronor } from './kronor';

const NBSP = '\u00a0';

describe(formatKronor.name, () => {
  beforeAll(() => {
    initI18n('sv');
  });

  it('should write millions to a tenth and smaller amounts in whole kronor, Swedish style', () => {
    expect(formatKronor(45_021_447, i18next.t, 'sv')).toBe('45 mnkr');
    expect(formatKronor(7_503_575, i18next.t, 'sv')).toBe('7,5 mnkr');
    expect(formatKronor(-3_575, i18next.t, 'sv')).toBe(`−3${NBSP}575 kr`);
  });

  it('should sign a difference', () => {
    expect(formatKronor(1_240_000, i18next.t, 'sv', true)).toBe('+1,2 mnkr');
    expect(formatKronor(-950_000, i18next.t, 'sv', true)).toBe(`−950${NBSP}000 kr`);
    expect(formatKronor(0, i18next.t, 'sv', true)).toBe('0 kr');
  });
});
