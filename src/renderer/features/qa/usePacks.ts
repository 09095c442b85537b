import type { EntityName } from '../../../shared/events.ts';
import type { QaPack, QaPackSummary } from '../../../shared/qa/packs.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

// Progress moves as reviews are queued (the outbox) and confirmed by the server (qa_review).
const PACK_ENTITIES: readonly EntityName[] = ['qa_pack', 'qa_review', 'outbox'];

export const usePacks = (): CacheQuery<QaPackSummary[]> => useCacheQuery('qa-packs', () => api.qaPacks({}), PACK_ENTITIES);

export const usePack = (packId: string): CacheQuery<QaPack | null> => useCacheQuery(`qa-pack:${packId}`, () => api.qaPack({ packId }), PACK_ENTITIES);
