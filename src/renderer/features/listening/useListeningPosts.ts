// The posts about the brand as this computer holds them, read again whenever a post or the
// outbox changes (a like queued, a refusal).
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['listening_post', 'outbox'];

export const useListeningPosts = () => useCacheQuery('listening', () => api.listeningPosts({}), ENTITIES);
