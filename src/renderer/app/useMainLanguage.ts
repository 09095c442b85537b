// Tells main the UI's language, at start and on every switch, so the tray and the OS
// notifications speak it too.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageFor } from '../i18n/language.ts';
import { api } from '../lib/bridge.ts';

export function useMainLanguage(): void {
  const { i18n } = useTranslation();
  const language = languageFor(i18n.language);
  useEffect(() => {
    api.setLanguage({ language }).catch(() => undefined); // an older engine: its labels stay as they were
  }, [language]);
}
