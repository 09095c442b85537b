// The evaluation sheet [planilla de evaluación] supervisors score a case with, synced as the
// settings document `qa_scorecards`: the scorecard in force and the versions before it, so a
// review always shows and rescores against the version it used. Read like the other settings:
// valid, used whole; missing, the default; invalid, the default and why.
import { z } from 'zod';
import { CHANNELS } from '../domain.ts';
import { DEFAULT_SCORECARD } from './default-scorecard.ts';

export const QA_SCORECARDS_SETTING = 'qa_scorecards';

export const SCALES = ['yesno', '1-3', '1-5'] as const;
export type Scale = (typeof SCALES)[number];
/** Standard criteria make the score; bonus criteria add to it up to a cap; an auto-fail answered "no" makes it 0. */
export const SECTION_KINDS = ['standard', 'bonus', 'autofail'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** What one sheet may hold: enough for any real sheet, small enough to sync and read on a train. */
export const SCORECARD_LIMITS = {
  id: 60,
  name: 120,
  title: 120,
  question: 300,
  help: 1000,
  sections: 12,
  criteria: 60,
  weightMax: 100,
  bonusCapMax: 100,
  previous: 50,
} as const;

const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'an id is lowercase letters, digits, "-" and "_"').max(SCORECARD_LIMITS.id);
const Text = (max: number, what: string) => z.string().trim().min(1, `${what} cannot be empty`).max(max);

export const Criterion = z.object({
  id: Id,
  question: Text(SCORECARD_LIMITS.question, 'a question'),
  /** What good looks like, shown to the reviewer beside the question. */
  help: z.string().trim().max(SCORECARD_LIMITS.help).default(''),
  scale: z.enum(SCALES),
  /** How much the criterion counts within its section; unused on auto-fail criteria. */
  weight: z.number().positive('a weight is more than 0').max(SCORECARD_LIMITS.weightMax),
  /** Whether "not applicable" may be answered. */
  na: z.boolean(),
  /** The channels it applies to; null: every channel. On another channel it counts as N/A. */
  channels: z.array(z.enum(CHANNELS)).min(1, 'name at least one channel, or none for every channel')
    .refine((c) => new Set(c).size === c.length, 'each channel appears once').nullable(),
});
export type Criterion = z.infer<typeof Criterion>;

export const Section = z.object({
  id: Id,
  kind: z.enum(SECTION_KINDS),
  title: Text(SCORECARD_LIMITS.title, 'a section title'),
  criteria: z.array(Criterion).max(SCORECARD_LIMITS.criteria),
});
export type Section = z.infer<typeof Section>;

export const Scorecard = z.object({
  id: Id,
  version: z.int().positive(),
  name: Text(SCORECARD_LIMITS.name, 'a name'),
  /** Points the bonus criteria may add at most. */
  bonusCap: z.number().min(0, 'the bonus cap is 0 or more').max(SCORECARD_LIMITS.bonusCapMax).default(10),
  sections: z.array(Section).min(1).max(SCORECARD_LIMITS.sections),
}).superRefine((card, ctx) => {
  const sectionIds = card.sections.map((s) => s.id);
  if (new Set(sectionIds).size !== sectionIds.length) ctx.addIssue({ code: 'custom', message: 'each section id appears once', path: ['sections'] });
  // Answers are keyed by criterion id, so an id names one criterion in the whole sheet.
  const criteria = card.sections.flatMap((s) => s.criteria);
  const ids = criteria.map((c) => c.id);
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'each criterion id appears once in the scorecard', path: ['sections'] });
  if (criteria.length > SCORECARD_LIMITS.criteria) {
    ctx.addIssue({ code: 'custom', message: `a scorecard holds at most ${SCORECARD_LIMITS.criteria} criteria`, path: ['sections'] });
  }
  if (!card.sections.some((s) => s.kind === 'standard' && s.criteria.length > 0)) {
    ctx.addIssue({ code: 'custom', message: 'a scorecard needs at least one standard criterion', path: ['sections'] });
  }
  // A channel no standard criterion applies to could never be scored.
  const standard = card.sections.filter((s) => s.kind === 'standard').flatMap((s) => s.criteria);
  const unjudged = standard.length === 0 ? [] : CHANNELS.filter((ch) => !standard.some((c) => c.channels === null || c.channels.includes(ch)));
  if (unjudged.length > 0) {
    ctx.addIssue({ code: 'custom', message: `no standard criterion applies to ${unjudged.join(', ')}`, path: ['sections'] });
  }
  card.sections.forEach((section, s) => section.criteria.forEach((criterion, c) => {
    // A scale auto-fails only at 1; on 1–5 a 2 is already poor, so a critical item is at most 1–3.
    if (section.kind === 'autofail' && criterion.scale === '1-5') {
      ctx.addIssue({ code: 'custom', message: 'an auto-fail criterion is yes/no or 1–3', path: ['sections', s, 'criteria', c, 'scale'] });
    }
  }));
});
export type Scorecard = z.infer<typeof Scorecard>;

export const ScorecardsDocument = z.object({
  inForce: Scorecard,
  /** Earlier versions, newest first, so a review keeps and rescores against the one it used. */
  previous: z.array(Scorecard).max(SCORECARD_LIMITS.previous).default([]),
}).superRefine((doc, ctx) => {
  const keys = [doc.inForce, ...doc.previous].map((c) => `${c.id}@${c.version}`);
  if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', message: 'each scorecard version appears once', path: ['previous'] });
  if (doc.previous.some((c) => c.id === doc.inForce.id && c.version >= doc.inForce.version)) {
    ctx.addIssue({ code: 'custom', message: 'the scorecard in force is newer than its previous versions', path: ['inForce', 'version'] });
  }
});
export type ScorecardsDocument = z.infer<typeof ScorecardsDocument>;

export const DEFAULT_SCORECARDS: ScorecardsDocument = { inForce: DEFAULT_SCORECARD, previous: [] };

/** The scorecards document in force and, when the synced one was refused, why. */
export function scorecardFrom(value: unknown): { scorecard: ScorecardsDocument; problem: string | null } {
  if (value === undefined || value === null) return { scorecard: DEFAULT_SCORECARDS, problem: null };
  const parsed = ScorecardsDocument.safeParse(value);
  return parsed.success
    ? { scorecard: parsed.data, problem: null }
    : { scorecard: DEFAULT_SCORECARDS, problem: z.prettifyError(parsed.error) };
}

/** The version a review used: the one in force or a previous one; undefined when it is gone. */
export function scorecardVersion(doc: ScorecardsDocument, id: string, version: number): Scorecard | undefined {
  return [doc.inForce, ...doc.previous].find((c) => c.id === id && c.version === version);
}

/**
 * The document after saving `edited` as the new version: its version is one past the newest of
 * that id, and the card in force so far moves to the front of `previous` (the oldest fall off
 * past the limit). A save that changes nothing returns the document as it was.
 */
export function publishScorecard(doc: ScorecardsDocument, edited: Scorecard): ScorecardsDocument {
  const current = doc.inForce;
  if (JSON.stringify({ ...edited, version: current.version }) === JSON.stringify(current)) return doc;
  const newest = Math.max(0, ...[current, ...doc.previous].filter((c) => c.id === edited.id).map((c) => c.version));
  return {
    inForce: { ...edited, version: newest + 1 },
    previous: [current, ...doc.previous].slice(0, SCORECARD_LIMITS.previous),
  };
}

/**
 * Why `after` may not replace `before`: it rewrites or drops a version reviews may have used. Every
 * version `before` holds stays, unchanged; only past the history's limit may the oldest go.
 */
export function historyProblem(before: unknown, after: ScorecardsDocument): string | null {
  if (before === undefined || before === null) return null;
  const parsed = ScorecardsDocument.safeParse(before);
  // A document nobody could read was never in force: nothing was scored with it.
  if (!parsed.success) return null;
  const kept = new Map([after.inForce, ...after.previous].map((c) => [`${c.id}@${c.version}`, JSON.stringify(c)]));
  const full = after.previous.length >= SCORECARD_LIMITS.previous;
  for (const [index, card] of [parsed.data.inForce, ...parsed.data.previous].entries()) {
    const key = `${card.id}@${card.version}`;
    const now = kept.get(key);
    if (now === undefined && (index === 0 || !full)) return `version ${card.version} of ${card.id} is missing: save a new version instead`;
    if (now !== undefined && now !== JSON.stringify(card)) return `version ${card.version} of ${card.id} was changed: save a new version instead`;
  }
  return null;
}

/** Every criterion of the card with the kind of its section, in the sheet's order. */
export const criteriaOf = (card: Scorecard): (Criterion & { kind: SectionKind })[] =>
  card.sections.flatMap((s) => s.criteria.map((c) => ({ ...c, kind: s.kind })));

/** Whether the criterion counts on this channel (a criterion for other channels counts as N/A). */
export const appliesTo = (criterion: Criterion, channel: string): boolean =>
  criterion.channels === null || (criterion.channels as readonly string[]).includes(channel);

// ---- Answers ----

export const ANSWER_WORDS = ['yes', 'no', 'na'] as const;
export const Answer = z.union([z.enum(ANSWER_WORDS), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
/** `"yes" | "no" | "na" | 1 | 2 | 3 | 4 | 5`: a number only on scales, "na" only where allowed. */
export type Answer = z.infer<typeof Answer>;
/** Criterion id → answer. */
export const Answers = z.record(Id, Answer);
export type Answers = z.infer<typeof Answers>;

/** Whether `answer` fits the criterion's scale (N/A aside). */
export function fitsScale(scale: Scale, answer: Answer): boolean {
  if (answer === 'na') return true;
  if (scale === 'yesno') return answer === 'yes' || answer === 'no';
  return typeof answer === 'number' && answer <= (scale === '1-3' ? 3 : 5);
}

/** Why `answers` cannot be given on this scorecard (an unknown criterion, a value off its scale, a forbidden N/A); null when they can. */
export function answersProblem(card: Scorecard, answers: Answers): string | null {
  const byId = new Map(card.sections.flatMap((s) => s.criteria).map((c) => [c.id, c]));
  for (const [id, answer] of Object.entries(answers)) {
    const criterion = byId.get(id);
    if (!criterion) return `"${id}" is not a criterion of ${card.id} v${card.version}`;
    if (!fitsScale(criterion.scale, answer)) return `"${String(answer)}" is not an answer on ${criterion.scale} for "${id}"`;
    if (answer === 'na' && !criterion.na) return `"${id}" may not be answered N/A`;
  }
  return null;
}
