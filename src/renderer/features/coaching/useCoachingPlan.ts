// An agent's coaching plan as this computer holds it, read again whenever a plan, the outbox or
// the organisation's people change (a team changed hands).
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['coaching_objective', 'coaching_note', 'outbox', 'agent'];

export const useCoachingPlan = (agent: string) => useCacheQuery(`coaching:${agent}`, () => api.coachingPlan({ agent }), ENTITIES);

/** A calendar day (YYYY-MM-DD) as a local date, so it never shows as the day before west of UTC. */
export const localDay = (day: string): string => `${day}T12:00:00`;

/** Today on this computer, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
