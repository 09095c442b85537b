// The brand keywords, one row each: the brand as the company writes it, the misspellings to
// match as they are, and whether it is also an everyday word (then, written exactly, it counts
// only when the post reads it as the brand).
import { useTranslation } from 'react-i18next';
import type { KeywordForm } from './listeningForm.ts';

interface Props {
  keywords: KeywordForm[];
  onChange: (keywords: KeywordForm[]) => void;
  readOnly: boolean;
}

export function KeywordsEditor({ keywords, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<KeywordForm>) => onChange(keywords.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  return (
    <section aria-labelledby="listening-keywords-title">
      <h3 id="listening-keywords-title">{t('listeningSettings.keywords.title')}</h3>
      {keywords.map((k, i) => (
        // By position: the keyword itself is what is being typed.
        <fieldset key={i} className="listening-keyword" data-testid="listening-settings-keyword" disabled={readOnly}>
          <legend>{k.keyword.trim() || t('listeningSettings.keywords.unnamed')}</legend>
          <label>{t('listeningSettings.keywords.keyword')} <input value={k.keyword} size={14} data-testid="listening-settings-keyword-word" onChange={(e) => set(i, { keyword: e.target.value })} /></label>
          <label className="wide">{t('listeningSettings.keywords.forms')} <input value={k.forms} data-testid="listening-settings-keyword-forms" onChange={(e) => set(i, { forms: e.target.value })} /></label>
          <label><input type="checkbox" checked={k.common} data-testid="listening-settings-keyword-common" onChange={(e) => set(i, { common: e.target.checked })} />{t('listeningSettings.keywords.common')}</label>
          {readOnly ? null : <button type="button" className="button ghost" onClick={() => onChange(keywords.filter((_, j) => j !== i))}>{t('listeningSettings.keywords.remove')}</button>}
        </fieldset>
      ))}
      {readOnly ? null : (
        <button type="button" className="button" data-testid="listening-settings-add-keyword" onClick={() => onChange([...keywords, { keyword: '', forms: '', common: false }])}>
          {t('listeningSettings.keywords.add')}
        </button>
      )}
    </section>
  );
}
