// "Suggested for this case": articles and templates matching what the customer wrote last,
// shown without the agent typing anything. An article opens in the knowledge panel beside the
// case; templates name their "/" shortcut for the composer. They are read once the case's thread
// is on screen: the search must not delay the case's first frame.
import { useTranslation } from 'react-i18next';
import { useAfterPaint } from '../../lib/afterPaint.ts';
import { useToolsPane } from '../../lib/toolsPane.ts';
import { useSuggestions } from './useSuggestions.ts';

export function Suggestions({ caseId }: { caseId: string }) {
  return useAfterPaint() ? <CaseSuggestions caseId={caseId} /> : null;
}

function CaseSuggestions({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data } = useSuggestions(caseId);
  if (!data || (data.articles.length === 0 && data.templates.length === 0)) return null;
  return (
    <details className="suggestions" data-testid="suggestions">
      <summary>{t('suggestions.title', { count: data.articles.length + data.templates.length })}</summary>
      <div className="suggestions-body">
        {data.articles.length > 0 ? (
          <ul aria-label={t('suggestions.articles')}>
            {data.articles.map((article) => (
              <li key={article.id} data-testid="suggested-article">
                <button type="button" className="button link" data-testid="open-suggested-article"
                  onClick={() => useToolsPane.getState().openArticle(article.id)}>{article.title}</button>
                {' '}<span className="hint">{article.summary}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {data.templates.length > 0 ? (
          <ul aria-label={t('suggestions.templates')}>
            {data.templates.map((template) => (
              <li key={template.id} data-testid="suggested-template">
                <strong>{template.title}</strong>
                {template.shortcut ? <span className="template-shortcut"> /{template.shortcut}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
