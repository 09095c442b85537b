import type { EntityName } from '../../../shared/events.ts';
import type { Article } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['article'];

/** One article, whole; read again when a sync changes the knowledge base. */
export function useArticle(id: string): CacheQuery<Article | null> {
  return useCacheQuery(`kb-article:${id}`, () => api.getArticle({ id }), ENTITIES);
}
