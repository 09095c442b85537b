// The evaluation form a supervisor scores a case with, and the `qa_scorecards` settings
// document that holds the one in force and the older versions (a review keeps the version it used).
import { z } from 'zod';
import { CHANNELS } from '../domain.ts';
import { DEFAULT_SCORECARD } from './default-scorecard.ts';

export const SCORECARDS_DOCUMENT = 'qa_scorecards';

export const SCALES = ['yesno', '1-3', '1-5'] as const;
export type Scale = (typeof SCALES)[number];
export const SECTION_KINDS = ['standard', 'bonus', 'autofail'] as const;

/** `"yes" | "no" | "na"`, or a number on a scale. */
export const Answer = z.union([z.enum(['yes', 'no', 'na']), z.int().min(1).max(5)]);
export type Answer = z.infer<typeof Answer>;
/** Criterion id → answer. */
export const Answers = z.record(z.string().min(1).max(100), Answer);
export type Answers = z.infer<typeof Answers>;

export const Criterion = z.object({
  id: z.string().min(1).max(100),
  question: z.string().min(1).max(500),
  help: z.string().max(2000),
  scale: z.enum(SCALES),
  weight: z.number().positive().max(100),
  na: z.boolean(),
  /** null: every channel. */
  channels: z.array(z.enum(CHANNELS)).nullable(),
});
export type Criterion = z.infer<typeof Criterion>;

export const Scorecard = z.object({
  id: z.string().min(1).max(100),
  version: z.int().positive(),
  name: z.string().min(1).max(200),
  bonusCap: z.number().nonnegative().max(100).default(10),
  sections: z.array(z.object({
    id: z.string().min(1).max(100),
    kind: z.enum(SECTION_KINDS),
    title: z.string().min(1).max(200),
    criteria: z.array(Criterion).max(100),
  })).min(1).max(50),
});
export type Scorecard = z.infer<typeof Scorecard>;

export const ScorecardsDocument = z.object({ inForce: Scorecard, previous: z.array(Scorecard).max(500) });
export type ScorecardsDocument = z.infer<typeof ScorecardsDocument>;

/** The stored document when valid, else the default scorecard alone. */
export function scorecardsFrom(value: unknown): ScorecardsDocument {
  const parsed = ScorecardsDocument.safeParse(value);
  return parsed.success ? parsed.data : { inForce: DEFAULT_SCORECARD, previous: [] };
}

/** The scorecard `id` at `version`, from the one in force or the older ones. */
export function scorecardVersion(document: ScorecardsDocument, id: string, version: number): Scorecard | undefined {
  return [document.inForce, ...document.previous].find((s) => s.id === id && s.version === version);
}

export const criteriaOf = (scorecard: Scorecard): (Criterion & { kind: (typeof SECTION_KINDS)[number] })[] =>
  scorecard.sections.flatMap((s) => s.criteria.map((c) => ({ ...c, kind: s.kind })));

/** Whether the criterion counts on this channel. */
export const appliesTo = (criterion: Criterion, channel: string): boolean =>
  criterion.channels === null || (criterion.channels as readonly string[]).includes(channel);
