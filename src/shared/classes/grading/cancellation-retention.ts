// cancellation_retention: a customer who writes "BAJA" takes the retention path, the case's
// reason being `request_cancellation` (guide, section 6). Unclassified: pending while the class
// runs, failed at the end. With the rule in `always`, the cases it judges are those whose customer
// asked to leave as the inbox's default priority rules read it: the cancellation reader, or one of
// the retention group's phrases, and none of its exceptions.
import { DEFAULT_CONTACT_REASONS } from '../../contact-reasons.ts';
import type { ContactReason } from '../../domain.ts';
import { cancellationIn, DEFAULT_PRIORITY_RULES, readMessage } from '../../triage/index.ts';
import { compilePhrases, firstPhrase } from '../../triage/text.ts';
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

const retention = DEFAULT_PRIORITY_RULES.keywords.find((k) => k.group === 'retention');
const RETENTION = compilePhrases(retention?.phrases ?? []);
const UNLESS = compilePhrases(retention?.unless ?? []);

/** The customer asked to leave, as the inbox reads it: not an unsubscribe from mailings. */
export function asksToLeave(c: TranscriptCase): boolean {
  return c.messages.some((m) => {
    if (m.from !== 'customer') return false;
    const text = readMessage(m.text);
    const asks = cancellationIn(text) !== null || firstPhrase(text.words, RETENTION) !== null;
    return asks && firstPhrase(text.words, UNLESS) === null;
  });
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
