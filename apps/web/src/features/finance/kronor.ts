import type { TFunction } from 'i18next';
import { formatNumber, formatSignedNumber, type Language } from '../../lib/format';

/**
 * Kronor the way finance reads them: from a million up in millions to a tenth ("45,2 mnkr"),
 * below in whole kronor ("−3 575 kr"), so that a small overrun does not round to nothing.
 * `signed` for a difference: "+1,2 mnkr".
 */
export function formatKronor(
  kronor: number,
  t: TFunction,
  language: Language,
  signed = false,
): string {
  const format = signed ? formatSignedNumber : formatNumber;
  return Math.abs(kronor) >= 1e6
    ? t('finance.millionKronor', { value: format(kronor / 1e6, language, 1) })
    : t('finance.kronor', { value: format(kronor, language, 0) });
}
