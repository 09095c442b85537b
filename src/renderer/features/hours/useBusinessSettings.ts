import type { BusinessSettings } from '../../../shared/business-settings.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

// A pull may bring a new version; a sync settles (or refuses) a save.
const ENTITIES: readonly EntityName[] = ['setting', 'outbox'];

export function useBusinessSettings(): CacheQuery<BusinessSettings> {
  return useCacheQuery('business-settings', () => api.getBusinessSettings({}), ENTITIES);
}
