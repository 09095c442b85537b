// The contact reasons a case is classified by [tipificación], as data: the central API syncs
// them as the setting document `contact_reasons` (codes, labels in each language, which are
// active), so an administrator can retire a reason without a new console. The codes are the
// domain's CONTACT_REASONS; a document that fails the schema is ignored whole and the console
// keeps the defaults, never a half-read list.
import { z } from 'zod';
import { CONTACT_REASONS, type ContactReason } from './domain.ts';

export const CONTACT_REASONS_SETTING = 'contact_reasons';

const Label = z.string().trim().min(1).max(80);

export const ContactReasonsDocument = z.object({
  version: z.literal(1),
  reasons: z
    .array(z.object({
      code: z.enum(CONTACT_REASONS),
      labels: z.object({ es: Label, en: Label }).catchall(Label),
      active: z.boolean(),
    }))
    .min(1)
    .max(50)
    .refine((reasons) => new Set(reasons.map((r) => r.code)).size === reasons.length, 'each code appears once'),
});
export type ContactReasonsDocument = z.infer<typeof ContactReasonsDocument>;
export type ContactReasonOption = ContactReasonsDocument['reasons'][number];

/** The guide's list (seed 001): what a console uses until the central API sends its own. */
export const DEFAULT_CONTACT_REASONS: ContactReasonsDocument = {
  version: 1,
  reasons: [
    { code: 'query', labels: { es: 'Consulta', en: 'Query' }, active: true },
    { code: 'complaint', labels: { es: 'Queja', en: 'Complaint' }, active: true },
    { code: 'suggestion', labels: { es: 'Sugerencia', en: 'Suggestion' }, active: true },
    { code: 'request_signup', labels: { es: 'Pedido de alta', en: 'Sign-up request' }, active: true },
    { code: 'request_sale', labels: { es: 'Pedido de venta', en: 'Sale request' }, active: true },
    { code: 'request_change', labels: { es: 'Pedido de modificación', en: 'Change request' }, active: true },
    { code: 'request_cancellation', labels: { es: 'Pedido de baja', en: 'Cancellation request' }, active: true },
  ],
};

/** The synced list, or the defaults when the document is missing or invalid. */
export function contactReasonsFrom(document: unknown): ContactReasonOption[] {
  const parsed = ContactReasonsDocument.safeParse(document);
  return parsed.success ? parsed.data.reasons : DEFAULT_CONTACT_REASONS.reasons;
}

/** Why a classification cannot be used, or null when it can: the same rule in console and server. */
export function classificationProblem(
  reasons: readonly ContactReasonOption[],
  reason: string | undefined,
): 'reason_required' | 'unknown_reason' | null {
  if (reason === undefined || reason === '') return 'reason_required';
  return reasons.some((r) => r.code === reason && r.active) ? null : 'unknown_reason';
}

export const isContactReason = (value: string): value is ContactReason => (CONTACT_REASONS as readonly string[]).includes(value);
