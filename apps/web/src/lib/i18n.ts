import i18next, { type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './locales/en';
import { sv } from './locales/sv';
import type { Language } from './format';

const STORAGE_KEY = 'bemanna.language';

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** Swedish by default; the choice of English is remembered in this browser. */
export function initI18n(language: Language = storedLanguage()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { sv: { translation: sv }, en: { translation: en } },
      lng: language,
      fallbackLng: 'sv',
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
  }
  document.documentElement.lang = language;
  return i18next;
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}

/**
 * A reason or step the API sends as a key with values, worded by the app's `{prefix}.{key}`
 * text; `fallback` (usually the API's English) for no detail or a key this app does not know.
 */
export function wordDetail(
  t: TFunction,
  prefix: string,
  detail: { key: string; values?: Record<string, unknown> } | null | undefined,
  fallback: string,
): string {
  if (!detail) return fallback;
  return t(`${prefix}.${detail.key}`, { ...detail.values, defaultValue: fallback });
}

/** The translator and the current language, typed as one of the app's two. */
export function useLanguage(): { t: ReturnType<typeof useTranslation>['t']; language: Language } {
  const { t, i18n } = useTranslation();
  return { t, language: i18n.language === 'en' ? 'en' : 'sv' };
}
