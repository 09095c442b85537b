// The knowledge base beside the case: a search box always on top; below it the results (or
// the case's suggested articles before typing), or one article with its insert actions.
// Keys: ↑/↓ choose a result from the box, Enter opens it, Esc in the article goes back.
import { useId, useLayoutEffect, useReducer, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { ArticleView } from './ArticleView.tsx';
import { useKnowledgeStore } from './knowledgeStore.ts';
import { resultId, RESULTS_ID } from './ResultList.tsx';
import { SearchResults } from './SearchResults.tsx';
import { useArticleSearch } from './useArticleSearch.ts';
import { useCaseArticles } from './useCaseArticles.ts';
import { usePaneRequests } from './usePaneRequests.ts';

/** `new-search` also selects the words, so typing replaces them (the `b` and Ctrl/Cmd+K shortcuts). */
type FocusTarget = 'search' | 'new-search' | 'article';

export function KnowledgePanel({ caseId, focusRequest }: { caseId: string | null; focusRequest: number }) {
  const { t } = useTranslation();
  const id = useId();
  const { query, active, articleId, setQuery, setActive, open, back } = useKnowledgeStore(useShallow((s) => s));
  const search = useArticleSearch(query);
  const suggested = useCaseArticles(caseId);
  const items = query.trim() === '' ? suggested : (search.hits ?? []);
  const current = Math.min(active, Math.max(0, items.length - 1));
  const listed = articleId === null && items.length > 0;

  // Focus moves once what it goes to is on screen; a counter re-renders even when nothing else changes.
  const searchBox = useRef<HTMLInputElement>(null);
  const articleView = useRef<HTMLElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const [, requestRender] = useReducer((n: number) => n + 1, 0);
  const focus = (target: FocusTarget) => {
    focusNext.current = target;
    requestRender();
  };
  useLayoutEffect(() => {
    const wanted = focusNext.current;
    const target = wanted === 'article' ? articleView.current : searchBox.current;
    if (!wanted || !target) return;
    focusNext.current = null;
    target.focus();
    if (wanted === 'new-search') searchBox.current?.select();
  });

  const openAt = (index: number) => {
    const hit = items[index];
    if (!hit) return;
    setActive(index);
    open(hit.id);
    focus('article');
  };
  const goBack = () => {
    back();
    focus('search');
  };

  usePaneRequests(focusRequest, {
    focusSearch: () => {
      back();
      focus('new-search');
    },
    openArticle: (requested) => {
      open(requested);
      focus('article');
    },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key } = event;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && items.length > 0) {
      event.preventDefault();
      // From an open article, the first arrow only brings the results back.
      if (articleId === null) setActive((current + (key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
      back();
    } else if (key === 'Enter' && items.length > 0) {
      event.preventDefault();
      openAt(current);
    } else if (key === 'Escape' && (articleId !== null || query !== '')) {
      // Back to the results, then an empty box; only then may Esc close the case (the shell's key).
      event.preventDefault();
      if (articleId !== null) back();
      else setQuery('');
    }
  };

  return (
    <div className="kb" data-testid="kb-panel" data-searched={search.pending ? undefined : search.query}>
      <div className="kb-search" role="search">
        <label htmlFor={`${id}-search`} className="sr-only">{t('knowledge.search')}</label>
        <input id={`${id}-search`} ref={searchBox} type="search" className="search" data-testid="kb-search" value={query}
          placeholder={t('knowledge.searchPlaceholder')} autoComplete="off" spellCheck={false}
          role="combobox" aria-expanded={listed} aria-controls={listed ? RESULTS_ID : undefined} aria-autocomplete="list"
          aria-activedescendant={listed ? resultId(current) : undefined} aria-keyshortcuts="Control+K Meta+K"
          onChange={(event) => setQuery(event.target.value)} onKeyDown={onKeyDown} />
      </div>
      {articleId === null
        ? <SearchResults words={query} search={search} suggested={suggested} active={current} onOpen={openAt} />
        : <ArticleView key={articleId} ref={articleView} id={articleId} caseId={caseId} onBack={goBack} />}
    </div>
  );
}
