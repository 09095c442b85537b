// Whom a case was derived to closes its open derivation: answers it (back to its agent with the
// note), returns it without an answer, or takes the case over (reassigned to them). Only the
// people fixed when it was derived may (the area's members then, or the agent named), and the
// agent who derived it may withdraw it (`returned`) while it waits.
import { ANSWER_DERIVATION } from '../../protocol/mutations/answer-derivation.ts';
import type { CaseFacts, OpenDerivation } from '../store/repositories.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const answerDerivation: ServerMutation<typeof ANSWER_DERIVATION, { found: CaseFacts; open: OpenDerivation }> = {
  name: ANSWER_DERIVATION,
  async authorize(ctx, { caseId, outcome }, tx) {
    const found = await tx.cases.facts(caseId);
    if (!found) return { refused: { status: 'conflict', reason: 'case_not_found', message: 'The case no longer exists' } };
    const open = await tx.derivations.open(caseId);
    if (!open) return { refused: { status: 'conflict', reason: 'not_derived', message: `Case #${found.number} is not waiting for a derivation's answer` } };
    // The deriving agent may withdraw it (returned); answering or taking it is for its recipients.
    const withdraws = outcome === 'returned' && open.byAgent === ctx.username;
    if (!withdraws && !open.recipients.includes(ctx.username)) {
      return { refused: { status: 'rejected', reason: 'not_in_area', message: `Case #${found.number} was not derived to you or an area of yours` } };
    }
    return { granted: { found, open } };
  },
  async apply(ctx, { outcome, note }, tx, { found, open }) {
    const at = ctx.now().toISOString();
    await tx.derivations.close(open.id, { state: outcome, answer: note === '' ? null : note, by: ctx.username, at });
    if (outcome === 'taken' && found.assignedTo !== ctx.username) {
      await tx.cases.reassign(found.id, ctx.username, at);
      await tx.caseEvents.record(found.id, { kind: 'assigned', data: { from: found.assignedTo, to: ctx.username } }, at, ctx.username);
    } else {
      await tx.cases.touch(found.id);
    }
    await tx.feed.publishCase(found.id);
    return APPLIED;
  },
};
