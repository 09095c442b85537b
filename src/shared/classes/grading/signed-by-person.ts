// signed_by_person: each reply of the trainee's is signed with their first name (guide, section
// 5: «brindar siempre el nombre del representante»). The signature is the reply's closing: its
// last line (or a short line just above it) from the last sentence on. It is signed when the
// closing starts with the name ("Ana de Atención al cliente", "Ana - Equipo Conecta", "^Ana") or
// its last part, after a comma or a dash, holds it ("Saludos, Ana.", "— Ana").
// "Hola Ana, te escribo por privado" greets, it does not sign. The company's or a team's name alone ("El equipo de Conecta") is not a person's.
import { tokenize } from '../../triage/text.ts';
import type { RuleCheck, Transcript } from '../transcript.ts';
import { checkOn, lang, replyTargets, traineeReplies } from './context.ts';

const TEXT = {
  es: {
    signed: (name: string) => `firmada por ${name}`,
    byCompany: (who: string) => `firmada como «${who}», no con su nombre`,
    unsigned: (name: string) => `sin firma con su nombre (${name})`,
  },
  en: {
    signed: (name: string) => `signed by ${name}`,
    byCompany: (who: string) => `signed as "${who}", not with their name`,
    unsigned: (name: string) => `not signed with their name (${name})`,
  },
};

/** A signature's last part is a name and a title at most: "Ana", "Ana G.", "Ana de Atención al cliente". */
const SIGNATURE_WORDS = 6;
// A sentence ends at . ! ? … before anything but a small letter (so "Ana G. de Conecta" stays one).
const SENTENCE_END = /[.!?…]+\s+(?=[^\s\p{Ll}])/u;
const PARTS = /\s*(?:,|—|–|\s-\s|:)\s*/;
const TRAILING = /[\s.!?…)"»'\p{Extended_Pictographic}]+$/u;
const LEADING = /^[\s—–\-:]+/;

const linesOf = (text: string): string[] => text.split(/\r?\n/).map((l) => l.replace(TRAILING, '').trim()).filter((l) => l !== '');

/** A line's closing: from its last sentence on, trailing punctuation aside. */
const closingOfLine = (line: string): string => (line.split(SENTENCE_END).at(-1) ?? '').replace(LEADING, '').trim();

/** The reply's closing: its last line, from its last sentence on. */
export const closingOf = (text: string): string => closingOfLine(linesOf(text).at(-1) ?? '');

/** The closing's last part, after a comma or a dash: "Saludos, Ana" → "Ana"; null without one. */
function lastPart(closing: string): string | null {
  const parts = closing.split(PARTS);
  return parts.length > 1 ? (parts.at(-1) ?? null) : null;
}

/**
 * The lines a signature may sit on: the last one, and the short ones just above it (a block such
 * as "Lucía\nAtención Digital – Conecta"), never the reply's first line, which greets.
 */
function signatureLines(text: string): string[] {
  const lines = linesOf(text);
  const block = lines.slice(Math.max(1, lines.length - 3), -1).filter((l) => tokenize(l).length <= SIGNATURE_WORDS);
  return [...block, ...lines.slice(-1)];
}

export function signedBy(text: string, firstName: string): boolean {
  const name = tokenize(firstName)[0];
  if (name === undefined) return false;
  return signatureLines(text).some((line) => {
    const closing = closingOfLine(line);
    if (tokenize(closing)[0] === name) return true;
    const words = tokenize(lastPart(closing) ?? '');
    return words.length <= SIGNATURE_WORDS && words.includes(name);
  });
}

/** The signature, when it names the company or a team instead of a person; null otherwise. */
function signedAs(text: string, names: readonly string[]): string | null {
  const closing = closingOf(text);
  const signature = lastPart(closing) ?? closing;
  const words = ` ${tokenize(signature).join(' ')} `;
  return names.some((n) => tokenize(n).length > 0 && words.includes(` ${tokenize(n).join(' ')} `)) ? signature : null;
}

export function checkSignedByPerson(t: Transcript): RuleCheck[] {
  const text = TEXT[lang(t)];
  const firstName = t.trainee.name.trim().split(/\s+/)[0] ?? '';
  const { targets, pending } = replyTargets(t, 'signed_by_person');
  return [...pending, ...targets.flatMap((target) => traineeReplies(t, target.case, target.since).map((reply) => {
    if (signedBy(reply.text, firstName)) return checkOn('signed_by_person', target, true, reply, text.signed(firstName));
    const company = signedAs(reply.text, [t.company, ...t.teams]);
    return checkOn('signed_by_person', target, false, reply, company === null ? text.unsigned(firstName) : text.byCompany(company));
  }))];
}
