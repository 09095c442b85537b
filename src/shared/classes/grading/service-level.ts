// service_level: the trainee's first reply after the step's customer message came within the
// channel's service level (CHANNEL_INFO slaMinutes), in scenario time. Unanswered and still
// within it: pending while the class runs. Unanswered past it, or when the class ends: failed.
import { CHANNEL_INFO } from '../../channels.ts';
import type { RuleCheck, Transcript, TranscriptCase, TranscriptMessage } from '../transcript.ts';
import { checkOn, lang, minutes, minutesBetween, targetsOf, traineeReplies } from './context.ts';

const TEXT = {
  es: {
    onTime: (m: string, sla: number) => `respondió a los ${m} min (nivel de servicio: ${sla} min)`,
    late: (m: string, sla: number) => `respondió a los ${m} min, tarde (nivel de servicio: ${sla} min)`,
    waiting: (left: string) => `sin respuesta todavía; quedan ${left} min`,
    unanswered: (sla: number) => `sin respuesta pasados ${sla} min (nivel de servicio)`,
    ended: 'la clase terminó sin respuesta',
  },
  en: {
    onTime: (m: string, sla: number) => `answered after ${m} min (service level: ${sla} min)`,
    late: (m: string, sla: number) => `answered after ${m} min, late (service level: ${sla} min)`,
    waiting: (left: string) => `no answer yet; ${left} min left`,
    unanswered: (sla: number) => `no answer after ${sla} min (service level)`,
    ended: 'the class ended with no answer',
  },
};

export interface ServiceLevel {
  /** null while unanswered and still within the service level. */
  onTime: boolean | null;
  reply: TranscriptMessage | null;
  detail: string;
}

/** How the trainee's answer to `from` (a customer message of the case) stands at the class's clock. */
export function serviceLevelOf(t: Transcript, c: TranscriptCase, from: TranscriptMessage): ServiceLevel {
  const text = TEXT[lang(t)];
  const sla = CHANNEL_INFO[from.channel].slaMinutes;
  const reply = traineeReplies(t, c, from)[0] ?? null;
  if (reply !== null) {
    const waited = minutesBetween(from.at, reply.at);
    const shown = minutes(t, waited);
    return waited <= sla ? { onTime: true, reply, detail: text.onTime(shown, sla) } : { onTime: false, reply, detail: text.late(shown, sla) };
  }
  const waited = minutesBetween(from.at, t.now);
  if (waited >= sla) return { onTime: false, reply, detail: text.unanswered(sla) };
  if (t.finished) return { onTime: false, reply, detail: text.ended };
  return { onTime: null, reply, detail: text.waiting(minutes(t, sla - waited)) };
}

export function checkServiceLevel(t: Transcript): RuleCheck[] {
  const { targets, pending } = targetsOf(t, 'service_level', () => true);
  return [...pending, ...targets.map((target) => {
    const { onTime, reply, detail } = serviceLevelOf(t, target.case, target.from);
    return checkOn('service_level', target, onTime, reply ?? target.from, detail);
  })];
}
