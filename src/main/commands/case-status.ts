// A case's state and its classification [tipificación]: resolving needs a contact reason from
// the synced list and whether it went in the customer's favour.
import { classificationProblem, CONTACT_REASONS_SETTING, contactReasonsFrom, type ContactReasonOption } from '../../shared/contact-reasons.ts';
import { isPublicChannel } from '../../shared/channels.ts';
import { CASE_STATUSES, RESOLUTIONS, type CaseStatus, type Resolution } from '../../shared/domain.ts';
import { PRODUCTS_SETTING, productProblem, productsFrom, type Product } from '../../shared/products.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/** How a case is classified [tipificación]: required to resolve it. */
export interface Classification {
  reason?: string | undefined;
  resolution?: string | undefined;
  /** An active product of the synced list; null clears it, undefined keeps the case's own. */
  product?: string | null | undefined;
  /** At resolution: the answer spared the customer a phone call. */
  callAvoided?: boolean | undefined;
}

/**
 * Changes the case's state. Resolving needs a contact reason (one of the synced list's active
 * ones) and whether it was in the customer's favour; other states may carry a reason too.
 */
export function setStatus(ctx: CommandContext, caseRef: string, status: string, classification: Classification = {}): Queued {
  const found = ctx.requireOwnCase(caseRef);
  if (!isCaseStatus(status)) {
    throw new CommandError('invalid_status', `Unknown state "${status}"; use one of ${CASE_STATUSES.join(', ')}`);
  }
  const { reason, resolution, product, callAvoided } = classification;
  if (status === 'resolved' || reason !== undefined) checkReason(ctx, found.number, reason);
  if (status === 'resolved' && !isResolution(resolution)) {
    throw new CommandError('resolution_required',
      `To resolve case #${found.number}, say whether it was in the customer's favour or against it (${RESOLUTIONS.join(' or ')})`);
  }
  if (productProblem(products(ctx), product) !== null) {
    const active = products(ctx).filter((p) => p.active).map((p) => p.key).join(', ') || 'none';
    throw new CommandError('unknown_product', `"${product ?? ''}" is not an active product; use one of ${active}`);
  }
  const args = {
    caseId: found.id, status,
    ...(reason === undefined ? {} : { reason }),
    ...(status === 'resolved' && isResolution(resolution) ? { resolution } : {}),
    ...(product === undefined ? {} : { product }),
    ...(status === 'resolved' && callAvoided !== undefined ? { callAvoided } : {}),
  };
  return { ...ctx.enqueue('set_status', args, found.version), caseId: found.id };
}

/** The contact reasons the central API syncs (the guide's list until it sends one). */
export function contactReasons(ctx: CommandContext): ContactReasonOption[] {
  return contactReasonsFrom(ctx.store.reference.setting(CONTACT_REASONS_SETTING));
}

/** The products the central API syncs (none until it sends a list). */
export function products(ctx: CommandContext): Product[] {
  return productsFrom(ctx.store.reference.setting(PRODUCTS_SETTING));
}

/** "Respondió otro cliente": the agent's mark on their public case, set or taken back. */
export function markPeerAnswered(ctx: CommandContext, caseRef: string, answered: boolean): Queued {
  const found = ctx.requireOwnCase(caseRef);
  if (!isPublicChannel(found.channel)) {
    throw new CommandError('not_public', `Case #${found.number} is on a private channel: no other customer reads it`);
  }
  return { ...ctx.enqueue('mark_peer_answered', { caseId: found.id, answered }, found.version), caseId: found.id };
}

function checkReason(ctx: CommandContext, caseNumber: number, reason: string | undefined): void {
  const reasons = contactReasons(ctx);
  const active = reasons.filter((r) => r.active).map((r) => r.code).join(', ');
  const problem = classificationProblem(reasons, reason);
  if (problem === 'reason_required') {
    throw new CommandError('reason_required', `To resolve case #${caseNumber}, choose its contact reason: ${active}`);
  }
  if (problem === 'unknown_reason') {
    throw new CommandError('unknown_reason', `"${reason ?? ''}" is not an active contact reason; use one of ${active}`);
  }
}

function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

const isResolution = (value: string | undefined): value is Resolution => (RESOLUTIONS as readonly (string | undefined)[]).includes(value);
