import { REASSIGN_CASE } from '../../protocol/mutations/reassign-case.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/**
 * A supervisor moves a case from one agent to another. Only a supervisor of the case's team (the
 * team of the agent holding it; a case nobody holds is any supervisor's to give) and only to an
 * agent of a team they supervise. The case leaves the previous agent's console as a `del` with
 * reason `reassigned` and reaches the new agent's, through the feed, and an `assigned` event
 * records who moved it. An open derivation is closed by the move (src/shared/derivation/derivation.ts).
 */
export const reassignCase: ServerMutation<typeof REASSIGN_CASE, CaseFacts> = {
  name: REASSIGN_CASE,
  async authorize(ctx, { caseId, to }, tx) {
    if ((await tx.organisation.role(ctx.username)) !== 'supervisor') {
      return { refused: { status: 'rejected', reason: 'not_supervisor', message: 'Only a supervisor reassigns cases' } };
    }
    const found = await tx.cases.facts(caseId);
    if (!found) return { refused: { status: 'conflict', reason: 'case_not_found', message: 'The case no longer exists' } };
    if (found.assignedTo !== null && !(await tx.organisation.supervisesAgent(ctx.username, found.assignedTo))) {
      return { refused: { status: 'rejected', reason: 'forbidden', message: `Case #${found.number} belongs to a team you do not supervise` } };
    }
    if ((await tx.organisation.role(to)) !== 'agent' || !(await tx.organisation.supervisesAgent(ctx.username, to))) {
      return { refused: { status: 'rejected', reason: 'invalid_target', message: `${to} is not an agent of a team you supervise` } };
    }
    if ((await tx.organisation.disabled([to])).length > 0) {
      return { refused: { status: 'rejected', reason: 'invalid_target', message: `${to} was disabled by an administrator and cannot sign in` } };
    }
    return { granted: found };
  },
  async apply(ctx, { caseId, to }, tx, found) {
    // Already theirs: nothing moves and nothing is recorded.
    if (found.assignedTo === to) return APPLIED;
    const at = ctx.now().toISOString();
    await tx.cases.reassign(caseId, to, at);
    await tx.caseEvents.record(caseId, { kind: 'assigned', data: { from: found.assignedTo, to } }, at, ctx.username);
    // An open derivation does not outlive the move: taken when the case goes to one it was
    // derived to, else given back, so the new agent may derive it again.
    const open = await tx.derivations.open(caseId);
    if (open) {
      const taken = open.recipients.includes(to);
      await tx.derivations.close(open.id, { state: taken ? 'taken' : 'returned', answer: null, by: taken ? to : ctx.username, at });
    }
    await tx.feed.publishCase(caseId, 'reassigned');
    return APPLIED;
  },
};
