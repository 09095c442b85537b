// i18next for the console: both languages are bundled (no loading), the first language comes
// from the saved choice or the OS, and a change is saved and mirrored on <html lang>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { es } from './es.ts';
import { initialLanguage, LANGUAGE_KEY, type UiLanguage } from './language.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // storage disabled: fall back to the OS language
  }
}

export const i18n = i18next.createInstance();

const first = initialLanguage(savedLanguage(), navigator.language);
document.documentElement.lang = first;

// Resources are in memory, so init completes synchronously; the promise only reports errors.
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: first,
  fallbackLng: 'en',
  supportedLngs: ['es', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes text itself
  returnNull: false,
});

export function changeLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not saved: the choice lasts for this session only.
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}
