// hostile_not_public: a hostile message without content (type E, a troll's) gets no public reply
// from the trainee in that case (guide, section 5: discard it; an answer would be public). A
// private message to the author is not public. It passes until a public reply breaks it.
import type { RuleCheck, Transcript } from '../transcript.ts';
import { checkOn, lang, targetsOf, traineeReplies } from './context.ts';

const TEXT = {
  es: { answered: 'respondió en público a un mensaje hostil sin contenido', silent: 'sin respuesta pública' },
  en: { answered: 'answered a hostile message without content in public', silent: 'no public answer' },
};

export function checkHostileNotPublic(t: Transcript): RuleCheck[] {
  const text = TEXT[lang(t)];
  const { targets, pending } = targetsOf(t, 'hostile_not_public', (c) => c.messageType === 'hostile_no_content');
  return [...pending, ...targets.map((target) => {
    const answer = traineeReplies(t, target.case, target.since).find((m) => m.public);
    return answer
      ? checkOn('hostile_not_public', target, false, answer, text.answered)
      : checkOn('hostile_not_public', target, true, target.from, text.silent);
  })];
}
