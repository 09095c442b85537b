// The "??" lookup: articles for the words typed after "??", and what choosing one inserts (its
// answer, summary or link). The article is read whole when chosen, so the agent may have typed
// on meanwhile: it replaces the "??words" only if they are still where they were.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articlePart, type ArticlePart } from '../../../shared/articles.ts';
import type { ArticleHit } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { MIN_ARTICLE_QUERY, type ArticleQuery } from './articleQuery.ts';
import type { Insertion } from './replyInsertion.ts';

const LIMIT = 8;
const NO_PART = { answer: 'composer.articleNoAnswer', summary: 'composer.articleNoSummary', link: 'composer.articleNoLink' } as const;

export interface ArticleLookup {
  items: ArticleHit[];
  /** The words `items` answer, once the search for the words typed has answered; else null. */
  searched: string | null;
  /** Fewer letters than a search needs: the picker says how it works instead. */
  tooShort: boolean;
  /** The words were searched and matched nothing. */
  none: boolean;
  /** Why the search or the last choice gave nothing, in words. */
  problem: string | null;
  choose: (index: number, part: ArticlePart) => void;
}

type Replace = (start: number, end: number, insertion: Insertion) => void;
type Found = { query: string; items: ArticleHit[]; failed: boolean };

export function useArticleLookup(ask: ArticleQuery | null, text: string, replace: Replace): ArticleLookup {
  const { t } = useTranslation();
  const words = ask?.query.trim() ?? '';
  const query = ask !== null && words.length >= MIN_ARTICLE_QUERY ? words : null;
  const [found, setFound] = useState<Found | null>(null);
  const [choice, setChoice] = useState<{ query: string; problem: string } | null>(null);

  useEffect(() => {
    if (query === null) return;
    let active = true;
    api.searchArticles({ query, limit: LIMIT }).then(
      (items) => active && setFound({ query, items, failed: false }),
      () => active && setFound({ query, items: [], failed: true }),
    );
    return () => {
      active = false;
    };
  }, [query]);

  const latest = useRef<{ text: string; replace: Replace } | null>(null);
  useLayoutEffect(() => {
    latest.current = { text, replace };
  });
  useEffect(() => () => {
    latest.current = null;
  }, []);

  // While the agent types on, the list for the words before stays until the new one arrives.
  const related = found !== null && query !== null && (query.startsWith(found.query) || found.query.startsWith(query));
  const current = related && found.query === query;
  const items = related ? found.items : [];

  const choose = (index: number, part: ArticlePart) => {
    const hit = items[index];
    if (!ask || !hit) return;
    const typed = text.slice(ask.start, ask.start + 2 + ask.query.length);
    const fail = (problem: string) => setChoice({ query: ask.query, problem });
    api.getArticle({ id: hit.id }).then(
      (article) => {
        if (!article) return fail(t('composer.articleGone'));
        const body = articlePart(article, part);
        if (body === null) return fail(t(NO_PART[part]));
        const now = latest.current;
        if (now?.text.slice(ask.start, ask.start + typed.length) !== typed) return; // the agent moved on
        now.replace(ask.start, ask.start + typed.length, { body, source: { kind: 'article', id: article.id, version: article.version } });
      },
      (failure: unknown) => fail(t('composer.articleFailed', { message: errorText(t, contractError(failure)) })),
    );
  };

  const searchProblem = current && found.failed ? t('composer.articleSearchFailed') : null;
  return {
    items,
    searched: current ? query : null,
    tooShort: ask !== null && query === null,
    none: current && !found.failed && found.items.length === 0,
    problem: searchProblem ?? (choice && ask?.query === choice.query ? choice.problem : null),
    choose,
  };
}
