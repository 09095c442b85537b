import type { TemplateSuggestion } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';
import { useDebounced } from '../../lib/useDebounced.ts';

// Templates change when a pull brings them and when the agent saves or deletes one offline.
const ENTITIES: readonly EntityName[] = ['template'];
/** Enough for every template an agent may use, so the owner filters work on the whole list. */
const LIMIT = 200;
const TYPING_PAUSE_MS = 120;

export interface TemplateList extends CacheQuery<TemplateSuggestion[]> {
  /** The list shown does not answer what is typed yet. */
  busy: boolean;
}

/** The templates matching `query`, ranked for the open case (or for none). */
export function useTemplateList(caseId: string | null, query: string): TemplateList {
  const settled = useDebounced(query, TYPING_PAUSE_MS);
  const answer = useCacheQuery(
    `${caseId ?? ''}\u0000${settled}`,
    () => api.findTemplates({ ...(caseId ? { caseId } : {}), query: settled, limit: LIMIT }),
    ENTITIES,
  );
  return { ...answer, busy: answer.loading || settled !== query };
}
