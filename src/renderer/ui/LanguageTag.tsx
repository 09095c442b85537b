// An article's language, shown only when it is not the console's: agents answer in the customer's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain.ts';
import { languageFor } from '../i18n/language.ts';

/** "EN" beside an article written in another language than the console's, named in full for screen readers. */
export function LanguageTag({ language }: { language: Language }) {
  const { t, i18n } = useTranslation();
  const ui = languageFor(i18n.language);
  const names = useMemo(() => new Intl.DisplayNames([ui], { type: 'language' }), [ui]);
  if (language === ui) return null;
  return (
    <span className="language-tag" data-testid="language-tag">
      <span aria-hidden="true">{language.toUpperCase()}</span>
      <span className="sr-only">{t('knowledge.inLanguage', { language: names.of(language) ?? language })}</span>
    </span>
  );
}
