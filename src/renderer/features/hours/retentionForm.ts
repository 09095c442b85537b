// The retention section's form: each field as typed (whole days), checked field by field with
// the one schema the server and every console read the document with, so the page names the
// field and the bounds before anything is queued.
import { RETENTION_FIELDS, Retention, type RetentionField } from '../../../shared/retention.ts';

export type RetentionForm = Record<RetentionField, string>;

/** Why a field cannot be saved: nothing typed, not a whole number of days, or out of bounds. */
export type RetentionProblemKey = 'empty' | 'whole' | 'range';
export interface RetentionProblem { field: RetentionField; key: RetentionProblemKey }

export const retentionForm = (retention: Retention): RetentionForm => ({
  textDays: String(retention.textDays),
  outboxDays: String(retention.outboxDays),
  maxOfflineDays: String(retention.maxOfflineDays),
});

/** The form as the document it saves; meaningful once `retentionProblems` finds nothing. */
export const retentionDocument = (form: RetentionForm): Retention => ({
  version: 1,
  textDays: Number(form.textDays.trim()),
  outboxDays: Number(form.outboxDays.trim()),
  maxOfflineDays: Number(form.maxOfflineDays.trim()),
});

export function retentionFieldProblem(field: RetentionField, text: string): RetentionProblemKey | null {
  const typed = text.trim();
  if (typed === '') return 'empty';
  // Digits only: "1e2", "0x10" or "2,5" are numbers to JavaScript, not days a person writes.
  if (!/^[+-]?\d+([.,]\d+)?$/.test(typed)) return 'whole';
  const parsed = Retention.shape[field].safeParse(Number(typed.replace(',', '.')));
  if (parsed.success) return null;
  return parsed.error.issues.every((i) => i.code === 'too_small' || i.code === 'too_big') ? 'range' : 'whole';
}

export const retentionProblems = (form: RetentionForm): RetentionProblem[] =>
  RETENTION_FIELDS.flatMap((field) => {
    const key = retentionFieldProblem(field, form[field]);
    return key ? [{ field, key }] : [];
  });
