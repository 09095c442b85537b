// What every rule reads the same way: which cases are the trainee's to grade, where a step's
// message is, the trainee's replies after it, and how evidence is quoted.
//
// Edge cases, decided once here so every rule agrees:
// - A step judges what happened after its customer message: a reply written before the step
//   fired (in a case an earlier step opened) does not answer it.
// - Only the trainee's replies count: an auto-reply or survey (`engine`) and the colleague's
//   replies are never the trainee's.
// - A case someone else holds now (the script's colleague, after a reassignment) that the
//   trainee never wrote in is not graded: the trainee is not judged on what the colleague
//   holds. Once the trainee wrote in it, what they wrote is graded.
// - A step that has not fired yet is pending while the class runs; at the end, a step that never
//   fired (the trainer stopped early) is not graded.
// - Obligations (answer in time, move to private, classify, use a source) are pending (null)
//   while the class runs and unmet, and fail once it has finished; prohibitions (no public
//   answer to a troll, no insult, no duplicate, sign each reply) pass until broken.
import type { GradingRule } from '../rules.ts';
import type { StepExpectation, Transcript, TranscriptCase, TranscriptMessage, TranscriptStep, RuleCheck } from '../transcript.ts';

/** What a rule judges: one case, from one customer message on. */
export interface Target {
  step: TranscriptStep | null;
  expectation: StepExpectation | null;
  case: TranscriptCase;
  /** The customer message the step brought (or the case's first). */
  from: TranscriptMessage;
  /** Replies before it do not count; null: every reply counts. */
  since: TranscriptMessage | null;
}

export const ms = (iso: string): number => Date.parse(iso);

export const isTrainees = (t: Transcript, m: TranscriptMessage): boolean => m.from === 'agent' && m.author === t.trainee.username;

/** The trainee's replies in the case, oldest first, from `from` on (all of them when null). */
export function traineeReplies(t: Transcript, c: TranscriptCase, from: TranscriptMessage | null = null): TranscriptMessage[] {
  const since = from === null ? -Infinity : ms(from.at);
  return c.messages.filter((m) => isTrainees(t, m) && ms(m.at) >= since).sort((a, b) => ms(a.at) - ms(b.at));
}

const customerMessages = (c: TranscriptCase): TranscriptMessage[] =>
  c.messages.filter((m) => m.from === 'customer').sort((a, b) => ms(a.at) - ms(b.at));

export const firstCustomerMessage = (c: TranscriptCase): TranscriptMessage | null => customerMessages(c)[0] ?? null;

/** The customer message a step brought: the first one at or after it fired. */
export function stepMessage(c: TranscriptCase, step: TranscriptStep): TranscriptMessage | null {
  const fired = step.firedAt === null ? -Infinity : ms(step.firedAt);
  const all = customerMessages(c);
  return all.find((m) => ms(m.at) >= fired) ?? all[0] ?? null;
}

/** The trainee's to grade: held by them (or nobody), or written in by them. */
export const isGraded = (t: Transcript, c: TranscriptCase): boolean =>
  c.assignedTo === null || c.assignedTo === t.trainee.username || c.messages.some((m) => isTrainees(t, m));

export const ruleInUse = (t: Transcript, rule: GradingRule): boolean =>
  t.always.includes(rule) || t.steps.some((s) => s.expect.some((e) => e.rule === rule));

/**
 * The targets of a rule: each step that expects it (on the step's case, from the step's message),
 * and, when the rule is in `always`, every other graded case `always` selects. Steps not fired yet
 * come back as pending checks while the class runs.
 */
export function targetsOf(t: Transcript, rule: GradingRule, always: (c: TranscriptCase) => boolean): { targets: Target[]; pending: RuleCheck[] } {
  const targets: Target[] = [];
  const pending: RuleCheck[] = [];
  const covered = new Set<string>();
  for (const step of t.steps) {
    for (const expectation of step.expect) {
      if (expectation.rule !== rule) continue;
      const c = step.caseId === null ? undefined : t.cases.find((x) => x.caseId === step.caseId);
      if (c === undefined || step.firedAt === null) {
        if (!t.finished) pending.push({ rule, pass: null, stepId: step.id, caseId: null, evidence: null, detail: NOT_YET[lang(t)] });
        continue;
      }
      const from = stepMessage(c, step);
      if (from === null || !isGraded(t, c)) continue;
      covered.add(c.caseId);
      targets.push({ step, expectation, case: c, from, since: from });
    }
  }
  if (t.always.includes(rule)) {
    for (const c of t.cases) {
      const from = firstCustomerMessage(c);
      if (covered.has(c.caseId) || from === null || !isGraded(t, c) || !always(c)) continue;
      targets.push({ step: t.steps.find((s) => s.id === c.step) ?? null, expectation: null, case: c, from, since: from });
    }
  }
  return { targets, pending };
}

const NOT_YET = { es: 'el paso todavía no ocurrió', en: 'the step has not happened yet' };

/** A check on a target. */
export const checkOn = (rule: GradingRule, target: Target, pass: boolean | null, evidence: TranscriptMessage | null, detail: string): RuleCheck => ({
  rule, pass, stepId: target.step?.id ?? null, caseId: target.case.caseId, evidence: evidence === null ? null : quote(evidence.text), detail,
});

export const EVIDENCE_LENGTH = 200;

/** The message as evidence: whitespace runs made one space, long text cut at a word near 200 characters. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EVIDENCE_LENGTH) return flat;
  const cut = flat.slice(0, EVIDENCE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EVIDENCE_LENGTH * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The class's language for `detail`: Spanish unless the script is in English. */
export const lang = (t: Transcript): 'es' | 'en' => (t.language === 'en' ? 'en' : 'es');

export const minutesBetween = (from: string, to: string): number => Math.round(((ms(to) - ms(from)) / 60_000) * 10) / 10;

const MINUTES = { es: new Intl.NumberFormat('es', { maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en', { maximumFractionDigits: 1 }) };

/** Minutes as the class's language writes them: "3,5" in Spanish. */
export const minutes = (t: Transcript, value: number): string => MINUTES[lang(t)].format(value);

/**
 * The targets of a rule that judges replies: in `always`, every graded case and every reply of
 * the trainee's in it; otherwise the steps that expect it, from each step's message on.
 */
export function replyTargets(t: Transcript, rule: GradingRule): { targets: Target[]; pending: RuleCheck[] } {
  if (!t.always.includes(rule)) return targetsOf(t, rule, () => false);
  const targets: Target[] = [];
  for (const c of t.cases) {
    const from = firstCustomerMessage(c);
    if (from === null || !isGraded(t, c)) continue;
    targets.push({ step: t.steps.find((s) => s.id === c.step) ?? null, expectation: null, case: c, from, since: null });
  }
  return { targets, pending: [] };
}
