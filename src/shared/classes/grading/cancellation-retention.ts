// cancellation_retention: a customer who writes "BAJA" takes the retention path, the case's
// reason being `request_cancellation` (guide, section 6). Unclassified: pending while the class
// runs, failed at the end. With the rule in `always`, the cases it judges are those whose customer
// asked to leave as the inbox's default priority rules read it: what the retention group's
// cancellation reader finds, with none of the group's exceptions.
import { DEFAULT_CONTACT_REASONS } from '../../contact-reasons.ts';
import type { ContactReason } from '../../domain.ts';
import { DEFAULT_PRIORITY_RULES, keywordIn } from '../../triage/index.ts';
import type { RuleCheck, Transcript, TranscriptCase } from '../transcript.ts';
import { checkOn, lang, targetsOf } from './context.ts';

const TEXT = {
  es: {
    retained: 'clasificado como Pedido de baja (retención)',
    other: (reason: string) => `clasificado como ${reason}, no como Pedido de baja`,
    unclassified: 'todavía sin clasificar',
    never: 'la clase terminó sin clasificarlo como Pedido de baja',
  },
  en: {
    retained: 'classified as a Cancellation request (retention)',
    other: (reason: string) => `classified as ${reason}, not as a Cancellation request`,
    unclassified: 'not classified yet',
    never: 'the class ended without classifying it as a Cancellation request',
  },
};

/** The customer asked to leave, as the inbox reads it: not an unsubscribe from mailings. */
export function asksToLeave(c: TranscriptCase): boolean {
  return c.messages.some((m) => m.from === 'customer' && keywordIn(DEFAULT_PRIORITY_RULES, 'retention', m.text) !== null);
}

const reasonLabel = (reason: ContactReason, language: 'es' | 'en'): string =>
  DEFAULT_CONTACT_REASONS.reasons.find((r) => r.code === reason)?.labels[language] ?? reason;

export function checkCancellationRetention(t: Transcript): RuleCheck[] {
  const language = lang(t);
  const text = TEXT[language];
  const { targets, pending } = targetsOf(t, 'cancellation_retention', asksToLeave);
  return [...pending, ...targets.map((target) => {
    const { reason } = target.case;
    if (reason === 'request_cancellation') return checkOn('cancellation_retention', target, true, target.from, text.retained);
    if (reason !== null) return checkOn('cancellation_retention', target, false, target.from, text.other(reasonLabel(reason, language)));
    return checkOn('cancellation_retention', target, t.finished ? false : null, target.from, t.finished ? text.never : text.unclassified);
  })];
}
