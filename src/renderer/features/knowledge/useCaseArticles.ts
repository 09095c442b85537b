// The articles suggested for the open case, offered before the agent searches.
import type { EntityName } from '../../../shared/events.ts';
import type { ArticleHit } from '../../../shared/models.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { readSuggestions } from '../case/index.ts';

const ENTITIES: readonly EntityName[] = ['message', 'article'];
const NONE: ArticleHit[] = [];

/** Suggested articles for `caseId`; none without a case or when the suggestion fails (it is only a shortcut). */
export function useCaseArticles(caseId: string | null): ArticleHit[] {
  const { data, loading } = useCacheQuery(
    `kb-suggest:${caseId ?? ''}`,
    () => (caseId === null ? Promise.resolve(NONE) : readSuggestions(caseId).then((s) => s.articles)),
    ENTITIES,
  );
  // Another case's suggestions are not shown while this one's load.
  return caseId === null || loading ? NONE : (data ?? NONE);
}
