import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';

/** The account the case came through ("@handle" on its channel), as replies are addressed. */
export function useCaseAccount(caseId: string): string | null {
  const { data } = useCacheQuery(`case-account:${caseId}`, () => api.getCase({ caseId }), ['case', 'identity']);
  return data?.replyTo?.handle ?? null;
}
