// i18next for the console: the first language comes from the saved choice or the OS, and a change
// is saved and mirrored on <html lang>. Each language's strings are a chunk of their own: only the
// one spoken is fetched before the first paint, the other on a switch.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { dateFormat } from '../lib/dateFormats.ts';
import type { en } from './en.ts';
import { formatLocale, initialLanguage, LANGUAGE_KEY, type UiLanguage } from './language.ts';
import { keepPlainTexts } from './plainTexts.ts';

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

const STRINGS: Record<UiLanguage, () => Promise<object>> = {
  es: () => import('./es.ts').then((m) => m.es),
  en: () => import('./en.ts').then((m) => m.en),
};

export const i18n = i18next.createInstance();

async function load(language: UiLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await STRINGS[language]());
}

/** Fetches the first language's strings and starts i18next with them; render once it settles. */
export async function startI18n(): Promise<void> {
  const first = initialLanguage(savedLanguage(), navigator.language);
  document.documentElement.lang = first;
  const strings = STRINGS[first]();
  warmIntl(first);
  return finishI18n(first, await strings);
}

/**
 * A renderer's first Intl object loads ICU's data, 30 to 100 ms of main thread: done here, while
 * the strings and main's first answers are on their way, not in the first render (the sync bar's
 * and the rows' dates, the plural of the inbox count), which take this same formatter.
 */
function warmIntl(language: UiLanguage): void {
  dateFormat(formatLocale(language, navigator.languages), 'dateTime').format(0);
  new Intl.PluralRules(language).select(1);
}

function finishI18n(first: UiLanguage, strings: object): void {
  // Resources are in memory, so init completes synchronously; the promise only reports errors.
  void i18n.use(initReactI18next).init({
    resources: { [first]: { translation: strings } },
    lng: first,
    supportedLngs: ['es', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes text itself
    returnNull: false,
  });
  keepPlainTexts(i18n);
}

export function changeLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not saved: the choice lasts for this session only.
  }
  document.documentElement.lang = language;
  // Both languages have the same keys (i18n.test.ts), so no fallback language is needed.
  // Should its chunk fail to load, the console keeps speaking the language it speaks.
  load(language).then(() => i18n.changeLanguage(language)).catch(() => undefined);
}
