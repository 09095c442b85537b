// One article: title, when it was updated and its version, tags, how often this agent used it,
// the insert actions and the body. Esc goes back to the results without closing the case.
import { lazy, useCallback, useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { hostOf, withoutTitleHeading } from './articleText.ts';
import { InsertActions } from './InsertActions.tsx';
import { LanguageTag } from '../../ui/LanguageTag.tsx';
import { useArticle } from './useArticle.ts';
import { LazyBoundary } from '../../ui/LazyBoundary.tsx';

// The Markdown renderer (react-markdown, remark, micromark) loads with the first article opened.
const ArticleMarkdown = lazy(() => import('./ArticleMarkdown.tsx').then((m) => ({ default: m.ArticleMarkdown })));

interface Props {
  id: string;
  caseId: string | null;
  onBack: () => void;
  ref?: Ref<HTMLElement>;
}

export function ArticleView({ id, caseId, onBack, ref }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data: article, error, loading } = useArticle(id);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The shell's Esc closes the case: here it only closes the article.
    event.preventDefault();
    event.stopPropagation();
    onBack();
  };

  let content;
  if (error && !article) content = <p className="kb-state error" role="alert">{t('knowledge.articleFailed', { message: errorText(t, error) })}</p>;
  else if (loading || article === undefined) content = <p className="kb-state hint" role="status">{t('knowledge.opening')}</p>;
  else if (article === null) content = <p className="kb-state" data-testid="kb-article-gone">{t('knowledge.articleGone')}</p>;
  else content = <ArticleContent article={article} caseId={caseId} titleId={titleId} />;

  return (
    <section ref={ref} tabIndex={-1} className="kb-article" data-testid="kb-article" data-article-id={id}
      aria-labelledby={article ? titleId : undefined} aria-label={article ? undefined : t('knowledge.article')} onKeyDown={onKeyDown}>
      <button type="button" className="button link kb-back" data-testid="kb-back" onClick={onBack}>{t('knowledge.back')}</button>
      {content}
    </section>
  );
}

function ArticleContent({ article, caseId, titleId }: { article: Article; caseId: string | null; titleId: string }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  const updated = useMemo(() => {
    const date = new Date(article.updatedAt);
    return Number.isNaN(date.getTime()) ? article.updatedAt : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  }, [article.updatedAt, locale]);

  const openLink = useCallback((url: string) => {
    setLinkNotice(null);
    api.openExternal({ url }).then(
      (opened) => setLinkNotice(opened ? null : t('knowledge.linkBlocked', { host: hostOf(url) })),
      (failure: unknown) => setLinkNotice(t('knowledge.linkFailed', { message: errorText(t, contractError(failure)) })),
    );
  }, [t]);

  return (
    <>
      <header className="kb-article-head">
        <h2 id={titleId} className="kb-title">{article.title}</h2>
        <p className="kb-meta hint" data-testid="kb-article-meta">
          {article.revision === null ? t('knowledge.updatedOn', { date: updated }) : t('knowledge.updated', { date: updated, version: article.revision })}
          {article.uses > 0 ? <> · {t('knowledge.uses', { count: article.uses })}</> : null}
          {' '}<LanguageTag language={article.language} />
        </p>
        {article.tags.length > 0 ? (
          <ul className="kb-tags" aria-label={t('knowledge.tags')} data-testid="kb-tags">
            {article.tags.map((tag) => <li key={tag}>{tag}</li>)}
          </ul>
        ) : null}
      </header>
      <InsertActions article={article} caseId={caseId} />
      <LazyBoundary><ArticleMarkdown body={withoutTitleHeading(article.body, article.title)} onLink={openLink} /></LazyBoundary>
      <p className="kb-notice" role="status" data-testid="kb-link-notice">{linkNotice}</p>
    </>
  );
}
