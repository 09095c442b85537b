// Property tests of `score` against a reference model written another way: the model first
// lists, criterion by criterion, what each answer is worth (a lookup table per scale, no
// arithmetic on the answer), then adds the lists up. Random sheets, answers and channels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../domain.ts';
import type { Answer, Answers, Criterion, Scorecard, Section } from './scorecard.ts';
import { score } from './score.ts';

// ---- the model ------------------------------------------------------------------------------

const WORTH: Record<Criterion['scale'], Partial<Record<string, number>>> = {
  'yesno': { yes: 1, no: 0 },
  '1-3': { 1: 0, 2: 0.5, 3: 1 },
  '1-5': { 1: 0, 2: 0.25, 3: 0.5, 4: 0.75, 5: 1 },
};

function model(card: Scorecard, answers: Answers, channel: Channel): { score: number; autoFailed: boolean; complete: boolean } {
  const rows: { kind: Section['kind']; weight: number; worth: number | 'na' | 'missing' }[] = [];
  for (const section of card.sections) {
    for (const c of section.criteria) {
      if (c.channels && !c.channels.includes(channel)) continue;
      const a = answers[c.id];
      const worth = a === undefined ? undefined : a === 'na' ? (c.na ? 'na' : undefined) : WORTH[c.scale][String(a)];
      rows.push({ kind: section.kind, weight: c.weight, worth: worth ?? 'missing' });
    }
  }
  const counted = rows.filter((r) => r.kind === 'standard' && typeof r.worth === 'number');
  const totalWeight = counted.reduce((s, r) => s + r.weight, 0);
  const failed = rows.some((r) => r.kind === 'autofail' && r.worth === 0);
  const onSheet = new Set(card.sections.flatMap((s) => s.criteria.map((c) => c.id)));
  const complete = rows.every((r) => r.worth !== 'missing') && Object.keys(answers).every((id) => onSheet.has(id))
    && (totalWeight > 0 || failed);
  if (failed || totalWeight === 0) return { score: 0, autoFailed: failed, complete };
  const standard = counted.reduce((s, r) => s + r.weight * (r.worth as number), 0) / totalWeight * 100;
  const bonus = rows.filter((r) => r.kind === 'bonus' && typeof r.worth === 'number')
    .reduce((s, r) => s + r.weight * (r.worth as number) / totalWeight * 100, 0);
  return { score: Math.max(0, Math.min(100, standard + Math.min(bonus, card.bonusCap))), autoFailed: false, complete };
}

// ---- generators -----------------------------------------------------------------------------

const criterionArb = (id: string, kind: Section['kind']) => fc.record({
  id: fc.constant(id),
  question: fc.constant(`¿${id}?`),
  help: fc.constant(''),
  scale: kind === 'autofail' ? fc.constantFrom('yesno' as const, '1-3' as const) : fc.constantFrom('yesno' as const, '1-3' as const, '1-5' as const),
  weight: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.1, max: 100, noNaN: true })),
  na: fc.boolean(),
  channels: fc.option(fc.uniqueArray(fc.constantFrom(...CHANNELS), { minLength: 1, maxLength: 4 }), { freq: 2 }),
});

const sectionArb = (index: number) => fc.constantFrom<Section['kind']>('standard', 'standard', 'bonus', 'autofail').chain((kind) =>
  fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => criterionArb(`s${index}-c${i}`, kind)))
    .map((criteria): Section => ({ id: `s${index}`, kind, title: `S${index}`, criteria }))));

const cardArb: fc.Arbitrary<Scorecard> = fc.record({
  sections: fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => sectionArb(i)))),
  bonusCap: fc.constantFrom(0, 5, 10, 25),
}).map(({ sections, bonusCap }) => ({ id: 'card', version: 1, name: 'Card', bonusCap, sections }));

const ANSWERS: Answer[] = ['yes', 'no', 'na', 1, 2, 3, 4, 5];
/** Answers for some of the card's criteria, off-scale ones included, and one for a criterion that does not exist. */
const answersArb = (card: Scorecard): fc.Arbitrary<Answers> => {
  const ids = [...card.sections.flatMap((s) => s.criteria.map((c) => c.id)), 'ghost'];
  return fc.tuple(...ids.map((id) => fc.option(fc.constantFrom(...ANSWERS), { freq: 5 }).map((a) => [id, a] as const)))
    .map((pairs) => Object.fromEntries(pairs.filter(([, a]) => a !== null)) as Answers);
};
/** Answers that fit each criterion's scale, N/A only where allowed: what the review screen lets through. */
const fittingArb = (card: Scorecard): fc.Arbitrary<Answers> =>
  fc.tuple(...card.sections.flatMap((s) => s.criteria).map((c) => {
    const values: Answer[] = c.scale === 'yesno' ? ['yes', 'no'] : c.scale === '1-3' ? [1, 2, 3] : [1, 2, 3, 4, 5];
    return fc.constantFrom(...(c.na ? [...values, 'na' as const] : values)).map((a) => [c.id, a] as const);
  })).map((pairs) => Object.fromEntries(pairs));

const caseArb = cardArb.chain((card) => fc.record({ card: fc.constant(card), answers: answersArb(card), channel: fc.constantFrom(...CHANNELS) }));
const fittingCaseArb = cardArb.chain((card) => fc.record({ card: fc.constant(card), answers: fittingArb(card), channel: fc.constantFrom(...CHANNELS) }));

const criteriaOf = (card: Scorecard, kind: Section['kind']) => card.sections.filter((s) => s.kind === kind).flatMap((s) => s.criteria);
const applies = (c: Criterion, channel: Channel) => c.channels === null || c.channels.includes(channel);

// ---- properties -----------------------------------------------------------------------------

describe('score against the reference model', () => {
  it('gives the model\'s score, auto-fail and completeness for any sheet, answers and channel', () => {
    fc.assert(fc.property(caseArb, ({ card, answers, channel }) => {
      const got = score(card, answers, channel);
      const want = model(card, answers, channel);
      expect(got.score).toBeCloseTo(want.score, 9);
      expect(got.autoFailed).toBe(want.autoFailed);
      expect(got.complete).toBe(want.complete);
      expect(got.score).toBeGreaterThanOrEqual(0);
      expect(got.score).toBeLessThanOrEqual(100);
    }), { numRuns: 2000 });
  });

  it('counts a standard criterion answered N/A as if it were not on the sheet', () => {
    fc.assert(fc.property(fittingCaseArb, fc.nat(), ({ card, answers, channel }, pick) => {
      const candidates = criteriaOf(card, 'standard').filter((c) => c.na && applies(c, channel));
      fc.pre(candidates.length > 0);
      const target = candidates[pick % candidates.length] as Criterion;
      const without: Scorecard = { ...card, sections: card.sections.map((s) => ({ ...s, criteria: s.criteria.filter((c) => c !== target) })) };
      const withNa = score(card, { ...answers, [target.id]: 'na' }, channel);
      const removed = score(without, answers, channel);
      expect(withNa.score).toBeCloseTo(removed.score, 9);
      expect(withNa.standard ?? -1).toBeCloseTo(removed.standard ?? -1, 9);
    }));
  });

  it('makes it 0 when any applicable auto-fail criterion is answered "no" or 1, whatever the rest', () => {
    fc.assert(fc.property(fittingCaseArb, fc.nat(), ({ card, answers, channel }, pick) => {
      const critical = criteriaOf(card, 'autofail').filter((c) => applies(c, channel));
      fc.pre(critical.length > 0);
      const target = critical[pick % critical.length] as Criterion;
      const got = score(card, { ...answers, [target.id]: target.scale === 'yesno' ? 'no' : 1 }, channel);
      expect(got.score).toBe(0);
      expect(got.autoFailed).toBe(true);
      expect(got.autoFailedBy).toContain(target.id);
    }));
  });

  it('never lets the bonus add more than the cap, and a better bonus answer never lowers the score', () => {
    fc.assert(fc.property(fittingCaseArb, ({ card, answers, channel }) => {
      const got = score(card, answers, channel);
      expect(got.bonus).toBeLessThanOrEqual(card.bonusCap + 1e-9);
      if (got.standard !== null && !got.autoFailed) expect(got.score).toBeLessThanOrEqual(got.standard + card.bonusCap + 1e-9);
      const best = Object.fromEntries(criteriaOf(card, 'bonus').map((c) => [c.id, c.scale === 'yesno' ? 'yes' : c.scale === '1-3' ? 3 : 5] as const));
      expect(score(card, { ...answers, ...best }, channel).score).toBeGreaterThanOrEqual(got.score - 1e-9);
    }));
  });

  it('depends on the weights only through their proportions', () => {
    fc.assert(fc.property(fittingCaseArb, fc.constantFrom(0.5, 2, 7), ({ card, answers, channel }, k) => {
      const scaled: Scorecard = { ...card, sections: card.sections.map((s) => ({ ...s, criteria: s.criteria.map((c) => ({ ...c, weight: c.weight * k })) })) };
      expect(score(scaled, answers, channel).score).toBeCloseTo(score(card, answers, channel).score, 9);
    }));
  });

  it('leaves out a criterion whose channels exclude the case\'s, whatever it was answered', () => {
    fc.assert(fc.property(caseArb, fc.constantFrom(...ANSWERS), ({ card, answers, channel }, any) => {
      const excluded = card.sections.flatMap((s) => s.criteria).filter((c) => !applies(c, channel));
      const changed = { ...answers, ...Object.fromEntries(excluded.map((c) => [c.id, any])) };
      const a = score(card, answers, channel);
      const b = score(card, changed, channel);
      expect(b.score).toBe(a.score);
      expect(b.complete).toBe(a.complete);
      expect(b.excluded).toEqual(excluded.map((c) => c.id));
    }));
  });
});
