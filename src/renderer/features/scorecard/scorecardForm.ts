// The scorecard editor's form: the sheet in force as typed (weights and the bonus cap as text), the
// edits a supervisor makes (add, remove, move), and its problems named by section and criterion
// before anything is queued. What the form cannot say in its own words, the schema says.
import type { Channel } from '../../../shared/domain.ts';
import { CHANNELS } from '../../../shared/domain.ts';
import { Scorecard, SCORECARD_LIMITS, type Scale, type SectionKind } from '../../../shared/qa/scorecard.ts';

export interface CriterionForm {
  id: string;
  question: string;
  help: string;
  scale: Scale;
  weight: string;
  na: boolean;
  /** null: every channel. */
  channels: Channel[] | null;
}
export interface SectionForm { id: string; kind: SectionKind; title: string; criteria: CriterionForm[] }
export interface ScorecardForm { id: string; name: string; bonusCap: string; sections: SectionForm[] }

export const formOf = (card: Scorecard): ScorecardForm => ({
  id: card.id,
  name: card.name,
  bonusCap: String(card.bonusCap),
  sections: card.sections.map((s) => ({ ...s, criteria: s.criteria.map((c) => ({ ...c, weight: String(c.weight) })) })),
});

/** "2,5" is how many supervisors write a weight. */
const numberOf = (text: string): number => (/^\s*\d+([.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : Number.NaN);

/** The form as a sheet at `version`; meaningful once `formProblems` finds nothing. */
export const cardOf = (form: ScorecardForm, version: number): Scorecard => ({
  id: form.id,
  version,
  name: form.name.trim(),
  bonusCap: numberOf(form.bonusCap),
  sections: form.sections.map((s) => ({
    id: s.id, kind: s.kind, title: s.title.trim(),
    criteria: s.criteria.map((c) => ({ ...c, question: c.question.trim(), help: c.help.trim(), weight: numberOf(c.weight) })),
  })),
});

// ---- edits ----

const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export const newCriterion = (kind: SectionKind): CriterionForm =>
  ({ id: newId('c'), question: '', help: '', scale: 'yesno', weight: '1', na: kind !== 'autofail', channels: null });
export const newSection = (kind: SectionKind, title: string): SectionForm => ({ id: newId('s'), kind, title, criteria: [newCriterion(kind)] });

/** The list with item `from` moved by `by` places (kept within bounds). */
export function moved<T>(list: readonly T[], from: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, from + by));
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export const replaced = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));
export const removed = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

// ---- problems ----

interface At { section: number; criterion: number }
export type ScorecardProblem =
  | { key: 'name' | 'bonusCap' | 'noStandard' | 'tooManySections' | 'tooManyCriteria' }
  | { key: 'title'; section: number }
  | ({ key: 'question' | 'questionLong' | 'helpLong' | 'weight' | 'autofailScale' } & At)
  | { key: 'unjudged'; channels: Channel[] }
  | { key: 'schema'; message: string };

const inRange = (n: number, max: number, positive: boolean) => Number.isFinite(n) && (positive ? n > 0 : n >= 0) && n <= max;

export function formProblems(form: ScorecardForm): ScorecardProblem[] {
  const problems: ScorecardProblem[] = [];
  if (form.name.trim() === '') problems.push({ key: 'name' });
  if (!inRange(numberOf(form.bonusCap), SCORECARD_LIMITS.bonusCapMax, false)) problems.push({ key: 'bonusCap' });
  if (form.sections.length > SCORECARD_LIMITS.sections) problems.push({ key: 'tooManySections' });
  if (form.sections.flatMap((s) => s.criteria).length > SCORECARD_LIMITS.criteria) problems.push({ key: 'tooManyCriteria' });
  const standard = form.sections.filter((s) => s.kind === 'standard').flatMap((s) => s.criteria);
  if (standard.length === 0) problems.push({ key: 'noStandard' });
  const unjudged = standard.length === 0 ? [] : CHANNELS.filter((ch) => !standard.some((c) => c.channels === null || c.channels.includes(ch)));
  if (unjudged.length > 0) problems.push({ key: 'unjudged', channels: unjudged });
  form.sections.forEach((s, section) => {
    if (s.title.trim() === '') problems.push({ key: 'title', section });
    s.criteria.forEach((c, criterion) => {
      const at = { section, criterion };
      if (c.question.trim() === '') problems.push({ key: 'question', ...at });
      if (c.question.trim().length > SCORECARD_LIMITS.question) problems.push({ key: 'questionLong', ...at });
      if (c.help.trim().length > SCORECARD_LIMITS.help) problems.push({ key: 'helpLong', ...at });
      if (s.kind !== 'autofail' && !inRange(numberOf(c.weight), SCORECARD_LIMITS.weightMax, true)) problems.push({ key: 'weight', ...at });
      if (s.kind === 'autofail' && c.scale === '1-5') problems.push({ key: 'autofailScale', ...at });
    });
  });
  if (problems.length > 0) return problems;
  // Whatever the form does not check itself, the schema the server reads with still does.
  const parsed = Scorecard.safeParse(cardOf(form, 1));
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ key: 'schema', message: i.message }));
}
