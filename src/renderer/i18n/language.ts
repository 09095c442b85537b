// Which language the console speaks: the agent's choice if saved, else the OS language
// (es* → Spanish, anything else → English). Pure helpers, so they are unit-tested in Node.
export const LANGUAGES = ['es', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

export const LANGUAGE_KEY = 'atiende.language';

/** Native names: an agent must find their language whatever the UI speaks now. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { es: 'Español', en: 'English' };

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The UI language for a BCP 47 tag such as `es-AR` or `en-GB`. */
export function languageFor(tag: string | undefined): UiLanguage {
  return tag?.toLowerCase().startsWith('es') === true ? 'es' : 'en';
}

/** The saved choice wins over the OS language. */
export function initialLanguage(saved: string | null, osLanguage: string | undefined): UiLanguage {
  return isUiLanguage(saved) ? saved : languageFor(osLanguage);
}

/**
 * The locale for dates and numbers: the OS locale when it speaks the UI language (so an agent in
 * Buenos Aires sees `es-AR` formats), else the bare UI language.
 */
export function formatLocale(language: UiLanguage, osLanguages: readonly string[]): string {
  return osLanguages.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}
