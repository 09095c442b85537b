import { z } from 'zod';
import { CASE_STATUSES, RESOLUTIONS } from '../../shared/domain.ts';
import { id } from '../fields.ts';

export const SET_STATUS = 'set_status';
const reasonCode = z.string().regex(/^[a-z][a-z_]{0,39}$/, 'a contact reason is a lowercase code such as "complaint"');
export const SetStatusArgs = z.object({
  caseId: id,
  status: z.enum(CASE_STATUSES),
  /**
   * The contact reason, required to resolve: one of the active codes of the `contact_reasons`
   * setting (else `rejected` / `reason_required` or `unknown_reason`). Optional otherwise.
   */
  reason: reasonCode.optional(),
  /** In the customer's favour or against it; required to resolve, ignored otherwise. */
  resolution: z.enum(RESOLUTIONS).optional(),
  /** The product the case is about: an active key of the `products` setting (else `rejected` / `unknown_product`), or null to clear it. */
  product: z.string().min(1).max(40).nullable().optional(),
  /** At resolution: the answer spared the customer a phone call. Ignored for other states. */
  callAvoided: z.boolean().optional(),
});
