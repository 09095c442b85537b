// no_insult: no text of the trainee's carries an insult, read with the triage's hostility lexicons
// (whole words, accents, leetspeak and stretched letters as customers write them) and its
// aggressive emoji. A few entries are words an agent may well need to write: a warning about
// scams, the consumer-protection office, "unacceptable" said in sympathy.
import { AGGRESSIVE_EMOJI, HOSTILE_EN, HOSTILE_ES, INNOCENT } from '../../triage/lexicon.ts';
import { compilePhrases, findPhrases, markHits, wordsOf } from '../../triage/text.ts';
import type { RuleCheck, Transcript } from '../transcript.ts';
import { checkOn, lang, replyTargets, traineeReplies } from './context.ts';

const TEXT = {
  es: { insult: (word: string) => `insulto en la respuesta: «${word}»`, clean: 'sin insultos' },
  en: { insult: (word: string) => `insult in the reply: "${word}"`, clean: 'no insults' },
};

/** Lexicon entries that are not insults in an agent's mouth. */
const AGENT_MAY_SAY = new Set([
  'estafa', 'estafas', 'una estafa', 'scam', 'scams', 'a scam', 'defensa del consumidor', 'denunciarlos', 'denunciarlas',
  'report you', 'reporting you', 'unacceptable',
]);
const INSULTS = compilePhrases([...HOSTILE_ES, ...HOSTILE_EN].filter((p) => !AGENT_MAY_SAY.has(p)));
const INNOCENT_USES = compilePhrases(INNOCENT);

/** The first insult in the text, as the lexicon writes it, or null. */
export function insultIn(text: string): string | null {
  const words = wordsOf(text);
  const shielded: boolean[] = [];
  markHits(shielded, findPhrases(words, INNOCENT_USES));
  const hit = findPhrases(words, INSULTS, shielded)[0];
  return hit?.phrase ?? AGGRESSIVE_EMOJI.find((emoji) => text.includes(emoji)) ?? null;
}

export function checkNoInsult(t: Transcript): RuleCheck[] {
  const text = TEXT[lang(t)];
  const { targets, pending } = replyTargets(t, 'no_insult');
  return [...pending, ...targets.flatMap((target) => traineeReplies(t, target.case, target.since).map((reply) => {
    const insult = insultIn(reply.text);
    return insult === null
      ? checkOn('no_insult', target, true, reply, text.clean)
      : checkOn('no_insult', target, false, reply, text.insult(insult));
  }))];
}
