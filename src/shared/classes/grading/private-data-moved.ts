// private_data_moved: a case with the customer's private data on a public channel was moved to a
// private one (the move recorded on the case, or a reply of the trainee's that went out
// privately), and no public reply of the trainee's repeats that data: the digits of a DNI, CUIT,
// card, account or phone, an e-mail address, or a street address. A repeat fails at once; not
// moved yet is pending while the class runs.
import { isPublicChannel } from '../../channels.ts';
import { fold } from '../../template-search.ts';
import { addressKey, privateDataIn, type PrivateDataItem } from '../../triage/index.ts';
import type { RuleCheck, Transcript, TranscriptCase, TranscriptMessage } from '../transcript.ts';
import { checkOn, lang, targetsOf, traineeReplies } from './context.ts';

const TEXT = {
  es: {
    kinds: { dni: 'el DNI', cuit: 'el CUIT', card: 'la tarjeta', cbu: 'el CBU', phone: 'el teléfono', email: 'el e-mail', account: 'el número de cliente', address: 'la dirección' },
    repeated: (what: string) => `repitió en público ${what} del cliente`,
    moved: (channel: string) => `pasó a privado (${channel}) sin repetir datos en público`,
    notMoved: 'todavía no pasó a privado',
    neverMoved: 'no pasó el caso a un canal privado',
  },
  en: {
    kinds: { dni: 'ID number', cuit: 'tax ID', card: 'card number', cbu: 'bank account', phone: 'phone number', email: 'e-mail address', account: 'customer number', address: 'address' },
    repeated: (what: string) => `repeated the customer's ${what} in public`,
    moved: (channel: string) => `moved to private (${channel}) without repeating data in public`,
    notMoved: 'not moved to private yet',
    neverMoved: 'the case was never moved to a private channel',
  },
};

const NUMBER_RUN = /\d+(?:[ .-]\d+)*/g;
const SPACES = /\s+/g;

type Secret = PrivateDataItem;

/** The customer's private data in the case, as a public reply could repeat it. */
export function secretsOf(c: TranscriptCase): Secret[] {
  const secrets: Secret[] = [];
  for (const m of c.messages) {
    if (m.from !== 'customer') continue;
    secrets.push(...privateDataIn(m.text));
  }
  return secrets;
}

/**
 * The first secret the text repeats: the same digits as one number, the same e-mail, or the same
 * street and number however written ("Laprida nro. 77" repeats "Laprida 77 piso 2").
 */
function repeated(text: string, secrets: readonly Secret[]): Secret | null {
  const folded = fold(text).replace(SPACES, ' ');
  const numbers = new Set([...folded.matchAll(NUMBER_RUN)].map(([run]) => run.replace(/\D/g, '')));
  const streets = ` ${addressKey(folded)} `;
  for (const secret of secrets) {
    if (secret.kind === 'email' ? folded.includes(secret.value) : secret.kind === 'address' ? streets.includes(` ${secret.value} `) : numbers.has(secret.value)) return secret;
  }
  return null;
}

/** Where the case went private: the move recorded on it, or the trainee's first private reply. */
function movedTo(replies: readonly TranscriptMessage[], c: TranscriptCase): string | null {
  if (!isPublicChannel(c.channel)) return c.channel;
  if (c.movedTo !== null && !isPublicChannel(c.movedTo)) return c.movedTo;
  return replies.find((m) => !m.public)?.channel ?? null;
}

export function checkPrivateDataMoved(t: Transcript): RuleCheck[] {
  const text = TEXT[lang(t)];
  const always = (c: TranscriptCase) => isPublicChannel(c.channel) && secretsOf(c).length > 0;
  const { targets, pending } = targetsOf(t, 'private_data_moved', always);
  return [...pending, ...targets.map((target) => {
    const replies = traineeReplies(t, target.case, target.since);
    const secrets = secretsOf(target.case);
    for (const reply of replies) {
      const secret = reply.public ? repeated(reply.text, secrets) : null;
      if (secret) return checkOn('private_data_moved', target, false, reply, text.repeated(text.kinds[secret.kind]));
    }
    const channel = movedTo(replies, target.case);
    if (channel !== null) {
      const shown = replies.find((m) => !m.public) ?? replies.findLast((m) => m.public) ?? target.from;
      return checkOn('private_data_moved', target, true, shown, text.moved(channel));
    }
    return checkOn('private_data_moved', target, t.finished ? false : null, target.from, t.finished ? text.neverMoved : text.notMoved);
  })];
}
