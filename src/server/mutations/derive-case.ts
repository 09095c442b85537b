// An agent derives their case to an area of the routing document in force, or to a person, with
// an internal note (src/shared/derivation/derivation.ts). Who may answer is fixed now: the area's
// members (the deriving agent left out) or the agent named. The case stays its agent's and its
// service-level clock keeps running; it reaches the area's members' consoles through the feed.
import { DERIVE_CASE } from '../../protocol/mutations/derive-case.ts';
import { areaOf, parseTarget } from '../../shared/derivation/derivation.ts';
import { ROUTING_SETTING, routingFrom } from '../../shared/routing/document.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { ownCase } from './guards.ts';
import { APPLIED, type Outcome, type ServerMutation } from './types.ts';

const refused = (status: Outcome['status'], reason: Outcome['reason'], message: string) => ({ refused: { status, reason, message } });

export const deriveCase: ServerMutation<typeof DERIVE_CASE, { found: CaseFacts; recipients: string[] }> = {
  name: DERIVE_CASE,
  async authorize(ctx, args, tx) {
    const own = await ownCase(ctx, args, tx);
    if ('refused' in own) return own;
    const found = own.granted;
    if (await tx.derivations.exists(args.derivationId)) {
      return refused('rejected', 'duplicate_derivation', `Derivation ${args.derivationId} already exists`);
    }
    if (await tx.derivations.open(found.id)) {
      return refused('conflict', 'already_derived', `Case #${found.number} is already derived and waiting for an answer`);
    }
    const target = parseTarget(args.to);
    if (target.kind === 'area') {
      const area = areaOf(args.to, routingFrom(await tx.settings.value(ROUTING_SETTING)).routing);
      if (!area) return refused('rejected', 'unknown_area', `"${target.id}" is not an area of the routing document in force`);
      // A member an administrator disabled cannot sign in to take it.
      const others = area.members.filter((m) => m !== ctx.username);
      const away = new Set(await tx.organisation.disabled(others));
      const recipients = others.filter((m) => !away.has(m));
      if (recipients.length === 0) return refused('rejected', 'no_recipient', `${area.name} has no member but you who can sign in`);
      return { granted: { found, recipients } };
    }
    const role = await tx.organisation.role(target.id);
    if (target.id === ctx.username || (role !== 'agent' && role !== 'supervisor')) {
      return refused('rejected', 'no_recipient', `${target.id} is not another agent or supervisor of the organisation`);
    }
    if ((await tx.organisation.disabled([target.id])).length > 0) {
      return refused('rejected', 'no_recipient', `${target.id} was disabled by an administrator and cannot sign in`);
    }
    return { granted: { found, recipients: [target.id] } };
  },
  async apply(ctx, args, tx, { found, recipients }) {
    await tx.derivations.create({
      id: args.derivationId, caseId: found.id, byAgent: ctx.username, to: args.to, note: args.note, reason: found.reason, recipients,
      at: ctx.now().toISOString(),
    });
    await tx.cases.touch(found.id);
    await tx.feed.publishCase(found.id);
    return APPLIED;
  },
};
