// The board's figures for one trainee, per case they are graded on: answered (the trainee
// replied after the customer's first message), late (past the channel's service level, answered
// or not), waiting (open, the customer's last message unanswered) and the service level so far.
// A case resolved without a reply (a troll's, discarded as the guide says) is not timed.
import type { Transcript } from '../transcript.ts';
import { firstCustomerMessage, isGraded, isTrainees, ms, traineeReplies } from './context.ts';
import { serviceLevelOf } from './service-level.ts';

export interface BoardFigures {
  answered: number;
  late: number;
  waiting: number;
  /** Share of the timed cases answered on time (0–1); null before any is decided. */
  serviceLevel: number | null;
  /** Per case: on time, late, or null while running (or not timed, or not the trainee's). */
  onTime: Record<string, boolean | null>;
}

export function boardFigures(t: Transcript): BoardFigures {
  let answered = 0;
  let late = 0;
  let waiting = 0;
  let onTimeCount = 0;
  const onTime: Record<string, boolean | null> = {};
  for (const c of t.cases) {
    onTime[c.caseId] = null;
    const first = firstCustomerMessage(c);
    if (first === null || !isGraded(t, c)) continue;
    const replied = traineeReplies(t, c, first).length > 0;
    if (replied) answered++;
    const last = c.messages.filter((m) => m.from === 'customer').reduce((a, b) => (ms(b.at) >= ms(a.at) ? b : a), first);
    if (c.status !== 'resolved' && !c.messages.some((m) => isTrainees(t, m) && ms(m.at) >= ms(last.at))) waiting++;
    if (!replied && c.status === 'resolved') continue;
    const timed = serviceLevelOf(t, c, first).onTime;
    onTime[c.caseId] = timed;
    if (timed === false) late++;
    if (timed === true) onTimeCount++;
  }
  const decided = onTimeCount + late;
  return { answered, late, waiting, serviceLevel: decided === 0 ? null : onTimeCount / decided, onTime };
}
