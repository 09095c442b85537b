// no_duplicate_reply: no two replies of the trainee's in a case say the same thing, compared as
// folded words (case, accents, spacing and punctuation aside): a customer who gets the same
// answer twice was not read. One check per case with replies.
import { tokenize } from '../../triage/text.ts';
import type { RuleCheck, Transcript } from '../transcript.ts';
import { checkOn, lang, replyTargets, traineeReplies } from './context.ts';

const TEXT = {
  es: { repeated: 'envió dos veces la misma respuesta en el caso', distinct: (n: number) => `${n} respuesta(s), ninguna repetida` },
  en: { repeated: 'sent the same reply twice in the case', distinct: (n: number) => `${n} repl(ies), none repeated` },
};

export const normalized = (text: string): string => tokenize(text).join(' ');

export function checkNoDuplicateReply(t: Transcript): RuleCheck[] {
  const text = TEXT[lang(t)];
  const { targets, pending } = replyTargets(t, 'no_duplicate_reply');
  const checks: RuleCheck[] = [...pending];
  for (const target of targets) {
    const replies = traineeReplies(t, target.case, target.since);
    const first = replies[0];
    if (first === undefined) continue;
    const seen = new Set<string>();
    const again = replies.find((m) => {
      const key = normalized(m.text);
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    });
    checks.push(again
      ? checkOn('no_duplicate_reply', target, false, again, text.repeated)
      : checkOn('no_duplicate_reply', target, true, first, text.distinct(replies.length)));
  }
  return checks;
}
