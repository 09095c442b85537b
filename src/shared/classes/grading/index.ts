// Grading a trainee's class (docs/classes.md): pure rules over a Transcript, one file per rule.
// The server grades with them for the board and the report; the edge cases every rule shares are
// in context.ts.
import type { RuleCheck, Transcript } from '../transcript.ts';
import { checkCancellationRetention } from './cancellation-retention.ts';
import { checkClassifiedBeforeResolving } from './classified-before-resolving.ts';
import { checkExpectedSource } from './expected-source.ts';
import { checkHostileNotPublic } from './hostile-not-public.ts';
import { checkNoDuplicateReply } from './no-duplicate-reply.ts';
import { checkNoInsult } from './no-insult.ts';
import { checkPrivateDataMoved } from './private-data-moved.ts';
import { checkServiceLevel } from './service-level.ts';
import { checkSignedByPerson } from './signed-by-person.ts';

export { boardFigures, type BoardFigures } from './board.ts';
export { ruleResults, scoreOf } from './results.ts';

/** Every check of every rule the class uses, in GRADING_RULES order. */
export function checkTranscript(t: Transcript): RuleCheck[] {
  return [
    checkServiceLevel, checkPrivateDataMoved, checkHostileNotPublic, checkCancellationRetention, checkClassifiedBeforeResolving,
    checkExpectedSource, checkNoDuplicateReply, checkSignedByPerson, checkNoInsult,
  ].flatMap((rule) => rule(t));
}
