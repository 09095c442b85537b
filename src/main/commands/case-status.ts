// A case's state and its classification [tipificación]: resolving needs a contact reason from
// the synced list and whether it went in the customer's favour.
import { classificationProblem, CONTACT_REASONS_SETTING, contactReasonsFrom, type ContactReasonOption } from '../../shared/contact-reasons.ts';
import { CASE_STATUSES, RESOLUTIONS, type CaseStatus, type Resolution } from '../../shared/domain.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/** How a case is classified [tipificación]: required to resolve it. */
export interface Classification {
  reason?: string | undefined;
  resolution?: string | undefined;
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
  const { reason, resolution } = classification;
  if (status === 'resolved' || reason !== undefined) checkReason(ctx, found.number, reason);
  if (status === 'resolved' && !isResolution(resolution)) {
    throw new CommandError('resolution_required',
      `To resolve case #${found.number}, say whether it was in the customer's favour or against it (${RESOLUTIONS.join(' or ')})`);
  }
  const args = {
    caseId: found.id, status,
    ...(reason === undefined ? {} : { reason }),
    ...(status === 'resolved' && isResolution(resolution) ? { resolution } : {}),
  };
  return { ...ctx.enqueue('set_status', args, found.version), caseId: found.id };
}

/** The contact reasons the central API syncs (the guide's list until it sends one). */
export function contactReasons(ctx: CommandContext): ContactReasonOption[] {
  return contactReasonsFrom(ctx.store.reference.setting(CONTACT_REASONS_SETTING));
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
