import { SET_STATUS } from '../../protocol/mutations/set-status.ts';
import { classificationProblem, CONTACT_REASONS_SETTING, contactReasonsFrom } from '../../shared/contact-reasons.ts';
import { PRODUCTS_SETTING, productProblem, productsFrom } from '../../shared/products.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { sendSurveyOnResolution } from './csat-survey.ts';
import { ownCase } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/**
 * The assignee moves the case; resolving needs an active contact reason and a resolution, whatever
 * the console checked. A product named must be an active one; "call avoided" is set at resolution.
 */
export const setStatus: ServerMutation<typeof SET_STATUS, CaseFacts> = {
  name: SET_STATUS,
  authorize: ownCase,
  async apply(ctx, { status, reason, resolution, product, callAvoided }, tx, found) {
    if (status === 'resolved' || reason !== undefined) {
      const problem = classificationProblem(contactReasonsFrom(await tx.settings.value(CONTACT_REASONS_SETTING)), reason);
      if (problem === 'reason_required') {
        return { status: 'rejected', reason: problem, message: `Case #${found.number} cannot be resolved without a contact reason` };
      }
      if (problem === 'unknown_reason') {
        return { status: 'rejected', reason: problem, message: `"${reason ?? ''}" is not an active contact reason` };
      }
    }
    if (status === 'resolved' && resolution === undefined) {
      return { status: 'rejected', reason: 'resolution_required', message: `Say whether case #${found.number} was resolved in the customer's favour or against it` };
    }
    if (productProblem(productsFrom(await tx.settings.value(PRODUCTS_SETTING)), product) !== null) {
      return { status: 'rejected', reason: 'unknown_product', message: `"${product ?? ''}" is not an active product` };
    }
    const resolving = status === 'resolved';
    const next = {
      status,
      reason: reason ?? found.reason,
      resolution: resolving ? resolution ?? null : found.resolution,
      product: product === undefined ? found.product : product,
      callAvoided: resolving ? callAvoided ?? false : found.callAvoided,
    };
    // Asking for a state (and classification) already reached succeeds without a change.
    const same = found.status === status && next.reason === found.reason && next.resolution === found.resolution
      && next.product === found.product && next.callAvoided === found.callAvoided;
    if (same) return APPLIED;
    const now = ctx.now().toISOString();
    await tx.cases.classify(found.id, next, now);
    // Recorded before the status, in the same transaction: classifying while resolving is classifying first.
    if (next.reason !== found.reason && next.reason !== null) {
      await tx.caseEvents.record(found.id, { kind: 'classified', data: { from: found.reason, to: next.reason } }, now, ctx.username);
    }
    if (found.status !== status) await tx.caseEvents.record(found.id, { kind: 'status', data: { from: found.status, to: status } }, now, ctx.username);
    if (status === 'resolved' && found.status !== 'resolved') await sendSurveyOnResolution(tx, ctx, found, now);
    await tx.feed.publishCase(found.id);
    return APPLIED;
  },
};
