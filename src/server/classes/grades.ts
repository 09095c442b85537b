// The one place the server reaches the grading rules. The full rules live in
// src/shared/classes/grading/ (pure over a Transcript); until they are here, this judges two of
// them — service_level and hostile_not_public — and leaves the others out of the results rather
// than pretend to judge them. Same signatures, so the swap is this file only.
import { CHANNEL_INFO, isPublicChannel } from '../../shared/channels.ts';
import { RULE_REFERENCES, type GradingRule } from '../../shared/classes/rules.ts';
import type { RuleCheck, Transcript, TranscriptCase } from '../../shared/classes/transcript.ts';
import type { RuleResult } from '../../shared/classes/wire.ts';

const JUDGED: readonly GradingRule[] = ['service_level', 'hostile_not_public'];
const MINUTE = 60_000;

export interface BoardFigures {
  answered: number;
  late: number;
  waiting: number;
  serviceLevel: number | null;
  onTime: Record<string, boolean | null>;
}

/** The first agent reply after the case's first customer message, and how long that took. */
function firstAnswer(c: TranscriptCase): { asked: string; answered: string | null } | null {
  const asked = c.messages.find((m) => m.from === 'customer');
  if (!asked) return null;
  const answer = c.messages.find((m) => m.from === 'agent' && m.at >= asked.at);
  return { asked: asked.at, answered: answer?.at ?? null };
}

/** On time (true), late (false) or still within its service level while the class runs (null). */
function onTimeOf(c: TranscriptCase, now: string, finished: boolean): boolean | null {
  const answer = firstAnswer(c);
  if (!answer) return null;
  const due = Date.parse(answer.asked) + CHANNEL_INFO[c.channel].slaMinutes * MINUTE;
  if (answer.answered !== null) return Date.parse(answer.answered) <= due;
  if (Date.parse(now) > due) return false;
  return finished ? false : null;
}

export function boardFigures(t: Transcript): BoardFigures {
  const onTime: Record<string, boolean | null> = {};
  let answered = 0;
  let waiting = 0;
  for (const c of t.cases) {
    onTime[c.caseId] = onTimeOf(c, t.now, t.finished);
    if (firstAnswer(c)?.answered) answered += 1;
    else if (c.status !== 'resolved') waiting += 1;
  }
  const judged = Object.values(onTime).filter((v) => v !== null);
  const late = judged.filter((v) => !v).length;
  return { answered, late, waiting, serviceLevel: judged.length === 0 ? null : (judged.length - late) / judged.length, onTime };
}

const quote = (text: string | undefined): string | null => (text === undefined ? null : text.slice(0, 280));

export function checkTranscript(t: Transcript): RuleCheck[] {
  const checks: RuleCheck[] = [];
  const es = t.language === 'es';
  for (const step of t.steps) {
    const c = t.cases.find((x) => x.caseId === step.caseId);
    for (const { rule } of step.expect) {
      if (!JUDGED.includes(rule) || !c) continue;
      if (rule === 'service_level') {
        const pass = onTimeOf(c, t.now, t.finished);
        const asked = c.messages.find((m) => m.from === 'customer');
        const reply = c.messages.find((m) => m.from === 'agent');
        const sla = CHANNEL_INFO[c.channel].slaMinutes;
        checks.push({
          rule, pass, stepId: step.id, caseId: c.caseId, evidence: quote((pass === false && !reply ? asked : reply ?? asked)?.text),
          detail: es ? `nivel de servicio del canal: ${sla} min` : `the channel's service level: ${sla} min`,
        });
      } else {
        const publicReply = c.messages.find((m) => m.from === 'agent' && m.public && isPublicChannel(m.channel));
        checks.push({
          rule, pass: publicReply === undefined, stepId: step.id, caseId: c.caseId,
          evidence: quote(publicReply?.text ?? c.messages.find((m) => m.from === 'customer')?.text),
          detail: publicReply ? (es ? 'respondió en público' : 'answered in public') : (es ? 'no respondió en público' : 'no public answer'),
        });
      }
    }
  }
  return checks;
}

export function ruleResults(t: Transcript, checks: RuleCheck[]): RuleResult[] {
  const inUse = new Set<GradingRule>([...t.steps.flatMap((s) => s.expect.map((e) => e.rule)), ...t.always]);
  return JUDGED.filter((rule) => inUse.has(rule)).map((rule) => {
    const mine = checks.filter((c) => c.rule === rule);
    const failed = mine.find((c) => c.pass === false);
    const pass = failed ? false : mine.some((c) => c.pass === null) ? null : true;
    return { rule, pass, evidence: (failed ?? mine[0])?.evidence ?? null, reference: RULE_REFERENCES[rule], checks: mine };
  });
}

export function scoreOf(results: RuleResult[]): number {
  return results.length === 0 ? 0 : Math.round((100 * results.filter((r) => r.pass === true).length) / results.length);
}
