// Language and theme pickers: plain labelled selects, usable by keyboard and screen reader; the
// title says what each is when a compact header hides the word before it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/index.ts';
import { isUiLanguage, LANGUAGE_NAMES, LANGUAGES, languageFor } from '../i18n/language.ts';
import { THEMES, useThemeStore, type Theme } from './themeStore.ts';

const THEME_LABEL = { system: 'prefs.themeSystem', light: 'prefs.themeLight', dark: 'prefs.themeDark' } as const;

const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);

export function DisplaySettings() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const theme = useThemeStore((state) => state.theme);
  const setTheme = useThemeStore((state) => state.setTheme);

  return (
    <div className="display-settings" role="group" aria-label={t('header.settings')}>
      <label htmlFor={`${id}-language`} className="label">{t('prefs.language')}</label>
      <select id={`${id}-language`} data-testid="language-switch" title={t('prefs.language')} aria-label={t('prefs.language')} value={languageFor(i18n.language)}
        onChange={(e) => isUiLanguage(e.target.value) && changeLanguage(e.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>{LANGUAGE_NAMES[language]}</option>
        ))}
      </select>
      <label htmlFor={`${id}-theme`} className="label">{t('prefs.theme')}</label>
      <select id={`${id}-theme`} data-testid="theme-switch" title={t('prefs.theme')} aria-label={t('prefs.theme')} value={theme}
        onChange={(e) => isTheme(e.target.value) && setTheme(e.target.value)}>
        {THEMES.map((value) => (
          <option key={value} value={value}>{t(THEME_LABEL[value])}</option>
        ))}
      </select>
    </div>
  );
}
