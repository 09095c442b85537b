// Search as the agent types: the words settle for 150 ms before a query, answers for words
// that are no longer in the box are dropped (useCacheQuery), and results are read again when
// a sync brings new articles.
import type { ContractError } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { ArticleHit } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { useDebounced } from '../../lib/useDebounced.ts';

const SETTLE_MS = 150;
const LIMIT = 20;
const ENTITIES: readonly EntityName[] = ['article'];

export interface ArticleSearch {
  /** The words searched, trimmed; '' before the agent types. */
  query: string;
  /** undefined until the first answer; then the last one, even while newer words are pending. */
  hits: ArticleHit[] | undefined;
  error: ContractError | null;
  /** Typing or waiting: the hits shown may be for earlier words. */
  pending: boolean;
}

export function useArticleSearch(words: string): ArticleSearch {
  const typed = words.trim();
  const query = useDebounced(typed, SETTLE_MS);
  const { data, error, loading } = useCacheQuery(
    `kb-search:${query}`,
    () => (query === '' ? Promise.resolve([]) : api.searchArticles({ query, limit: LIMIT })),
    ENTITIES,
  );
  return { query, hits: data, error, pending: loading || query !== typed };
}
