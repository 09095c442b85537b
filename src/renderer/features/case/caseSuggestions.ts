// The case's suggestions, read once for both views that show them: the line above the thread and
// the knowledge panel's suggested articles. Each asked main for them on every open, and the
// second read (a search of the knowledge base) kept main busy while the agent went on to the next
// case. An answer is kept until main announces a change to what suggestions are made of, so no
// view is handed one older than the change it reads again for.
import type { CaseSuggestions } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api, onEvent } from '../../lib/bridge.ts';

/** What suggestions are made of: a change to any of them makes every kept answer old. */
export const SUGGESTION_ENTITIES: readonly EntityName[] = ['message', 'article', 'template'];

/** The cases whose answers are kept: the open one and the few an agent goes back and forth between. */
export const KEPT_CASES = 4;

const kept = new Map<string, Promise<CaseSuggestions>>();

// Listening from when this module loads, before either view does: on a change, the kept answers
// are forgotten before the views' own listeners ask again.
onEvent((event) => {
  if (event.type === 'changed' && event.entities.some((entity) => SUGGESTION_ENTITIES.includes(entity))) kept.clear();
});

export function readSuggestions(caseId: string): Promise<CaseSuggestions> {
  const known = kept.get(caseId);
  if (known) {
    // Asked again: it goes to the back, the last to be let go.
    kept.delete(caseId);
    kept.set(caseId, known);
    return known;
  }
  const answer = api.suggestForCase({ caseId });
  kept.set(caseId, answer);
  // A failure is each view's to show; it is not kept, so the next ask reads again.
  answer.catch(() => kept.get(caseId) === answer && kept.delete(caseId));
  if (kept.size > KEPT_CASES) kept.delete(kept.keys().next().value as string);
  return answer;
}
