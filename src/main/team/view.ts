// The supervisor's team view on this console: asked of the central API each time (it sees every
// agent and case), never cached; and the reassignments queued here, read from the outbox.
import { readMutation } from '../db/repositories/outbox-mutation.ts';
import { CodedError } from '../../shared/errors.ts';
import type { TeamView } from '../../shared/team.ts';
import type { Reassignment } from '../../shared/team-view.ts';
import type { Store } from '../db/store.ts';
import type { Services } from '../services.ts';
import { ApiError } from '../sync/api-error.ts';

export async function teamView(services: Pick<Services, 'api' | 'profile'>): Promise<TeamView> {
  if (services.profile.role !== 'supervisor') throw new CodedError('not_supervisor', 'Only supervisors see the team view');
  try {
    return await services.api.team();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.kind === 'unavailable' || error.kind === 'retry_later') throw new CodedError('team_online_only', `The team view needs the server: ${error.message}`);
    if (error.details.code === 'forbidden') throw new CodedError('not_supervisor', error.message);
    throw error;
  }
}

export function reassignments(store: Store): Reassignment[] {
  return store.outbox.reassignments().flatMap((m) => {
    const mutation = readMutation(m.name, m.args);
    if (mutation?.name !== 'reassign_case') return [];
    return [{ id: m.id, caseId: mutation.args.caseId, to: mutation.args.to, status: m.status, reason: m.reason, message: m.message, createdAt: m.createdAt }];
  });
}
