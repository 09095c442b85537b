// Type a post, see what the server would make of it under the draft: heard (and as which
// keyword, in which form), a case for the company, or nothing. The post is shown only as text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListeningDocument } from '../../../shared/listening/document.ts';
import { preview } from './listeningForm.ts';

export function ListeningPreview({ doc }: { doc: ListeningDocument | null }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const result = doc && text.trim() !== '' ? preview(text, doc) : null;
  return (
    <section className="listening-preview" aria-labelledby="listening-preview-title">
      <h3 id="listening-preview-title">{t('listeningSettings.preview.title')}</h3>
      <label className="wide">{t('listeningSettings.preview.post')}{' '}
        <input value={text} data-testid="listening-settings-preview-text" placeholder={t('listeningSettings.preview.placeholder')} onChange={(e) => setText(e.target.value)} />
      </label>
      <p role="status" className="hint" data-testid="listening-settings-preview-result" data-kind={result?.kind ?? ''}>
        {doc === null ? t('listeningSettings.preview.invalid')
          : result === null ? t('listeningSettings.preview.empty')
            : result.kind === 'heard' ? t('listeningSettings.preview.heard', { keyword: result.match.keyword, form: result.match.form })
              : t(`listeningSettings.preview.${result.kind}`)}
      </p>
    </section>
  );
}
