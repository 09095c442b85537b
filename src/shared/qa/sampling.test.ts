import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, CONTACT_REASONS, RESOLUTIONS } from '../domain.ts';
import { drawSample, type SampleCandidate } from './sampling.ts';
import { SENIORITY_BANDS, STRATUM_DIMENSIONS, stratumKey, type StratumDimension } from './strata.ts';

/**
 * A separate model of the split, written from the rule's words with fractions compared by cross
 * multiplication: quota = count·weight/Σweight; whole parts first, then one more each to the
 * largest fractional parts (ties: the earlier key); a stratum past its size is held at its size
 * and the rest shared again by the same rule among the others.
 */
function referenceSplit(count: number, strata: { key: string; size: number; weight: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  const go = (n: number, open: typeof strata): void => {
    if (open.length === 0) return;
    const sum = open.reduce((t, s) => t + s.weight, 0);
    const quotas = open.map((s) => ({ s, num: n * s.weight }));
    const give = new Map(quotas.map((q) => [q.s.key, Math.trunc(q.num / sum)]));
    const leftover = n - [...give.values()].reduce((a, b) => a + b, 0);
    const ranked = quotas.slice().sort((a, b) => {
      const fa = a.num - Math.trunc(a.num / sum) * sum;
      const fb = b.num - Math.trunc(b.num / sum) * sum;
      return fb - fa || (a.s.key < b.s.key ? -1 : 1);
    });
    ranked.slice(0, leftover).forEach((q) => give.set(q.s.key, (give.get(q.s.key) ?? 0) + 1));
    const over = open.filter((s) => (give.get(s.key) ?? 0) > s.size);
    if (over.length === 0) {
      for (const [k, v] of give) out[k] = v;
      return;
    }
    over.forEach((s) => (out[s.key] = s.size));
    go(n - over.reduce((t, s) => t + s.size, 0), open.filter((s) => !over.includes(s)));
  };
  go(Math.min(count, strata.reduce((t, s) => t + s.size, 0)), strata);
  return out;
}

const AGENTS = ['lucia', 'mateo', 'ana', 'sofia'];
const candidate = fc.record({
  agent: fc.constantFrom(...AGENTS),
  channel: fc.constantFrom(...CHANNELS.slice(0, 3)),
  seniority: fc.constantFrom(...SENIORITY_BANDS),
  reason: fc.constantFrom(null, ...CONTACT_REASONS.slice(0, 2)),
  resolution: fc.constantFrom(null, ...RESOLUTIONS),
  oversampled: fc.boolean(),
  otherHandler: fc.option(fc.constantFrom(...AGENTS), { nil: null }),
  reviewed: fc.boolean(),
});
const candidates = fc.array(candidate, { maxLength: 80 }).map((list): SampleCandidate[] => list.map((c, i) => ({
  caseId: `case-${String(i).padStart(3, '0')}`,
  agent: c.agent,
  channel: c.channel,
  values: { channel: c.channel, seniority: c.seniority, reason: c.reason, resolution: c.resolution },
  oversampled: c.oversampled,
  handledBy: c.otherHandler === null ? [c.agent] : [c.agent, c.otherHandler],
  reviewed: c.reviewed,
})));
const dims = fc.subarray<StratumDimension>([...STRATUM_DIMENSIONS]);
const input = fc.record({ candidates, by: dims, perAgent: fc.integer({ min: 1, max: 25 }), seed: fc.string({ maxLength: 12 }) });

describe('drawSample', () => {
  it('gives each agent exactly the count per stratum an independent largest-remainder split gives', () => {
    fc.assert(fc.property(input, ({ candidates: list, by, perAgent, seed }) => {
      const sample = drawSample({ candidates: list, by, perAgent, seed, reviewer: 'sofia' });
      const eligible = list.filter((c) => !c.reviewed && !c.handledBy.includes('sofia') && c.agent !== 'sofia');
      const expectedTotals: Record<string, number> = {};
      for (const agent of AGENTS) {
        const mine = eligible.filter((c) => c.agent === agent);
        const keys = [...new Set(mine.map((c) => stratumKey(c.values, by)))];
        const strata = keys.map((key) => {
          const members = mine.filter((c) => stratumKey(c.values, by) === key);
          return { key, size: members.length, weight: members.length + members.filter((c) => c.oversampled).length };
        });
        const expected = referenceSplit(perAgent, strata);
        const got: Record<string, number> = {};
        for (const c of sample.cases.filter((s) => s.agent === agent)) got[c.stratum] = (got[c.stratum] ?? 0) + 1;
        const nonZero = Object.fromEntries(Object.entries(expected).filter(([, n]) => n > 0));
        expect(got).toEqual(nonZero);
        expect(sample.cases.filter((s) => s.agent === agent)).toHaveLength(Math.min(perAgent, mine.length));
        for (const [k, n] of Object.entries(nonZero)) expectedTotals[k] = (expectedTotals[k] ?? 0) + n;
      }
      expect(Object.fromEntries(sample.strata.map((s) => [s.key, s.count]))).toEqual(expectedTotals);
    }));
  });

  it('draws no case twice, none the reviewer handled and none already reviewed, each in its own stratum', () => {
    fc.assert(fc.property(input, fc.constantFrom(...AGENTS), ({ candidates: list, by, perAgent, seed }, reviewer) => {
      const sample = drawSample({ candidates: list, by, perAgent, seed, reviewer });
      const ids = sample.cases.map((c) => c.caseId);
      expect(new Set(ids).size).toBe(ids.length);
      const byId = new Map(list.map((c) => [c.caseId, c]));
      for (const drawn of sample.cases) {
        const c = byId.get(drawn.caseId);
        expect(c).toBeDefined();
        expect(c?.handledBy).not.toContain(reviewer);
        expect(c?.reviewed).toBe(false);
        expect(drawn.agent).toBe(c?.agent);
        expect(drawn.stratum).toBe(c && stratumKey(c.values, by));
      }
    }));
  });

  it('gives the same sample for the same seed, whatever the candidates’ order', () => {
    fc.assert(fc.property(input, ({ candidates: list, by, perAgent, seed }) => {
      const first = drawSample({ candidates: list, by, perAgent, seed, reviewer: 'sofia' });
      const again = drawSample({ candidates: [...list].reverse(), by, perAgent, seed, reviewer: 'sofia' });
      expect(again).toEqual(first);
      expect(first.seed).toBe(seed);
    }));
  });

  it('gives other samples for other seeds when a stratum leaves a choice', () => {
    // Twelve cases in one stratum and three to draw: 220 possible samples, so eight seeds agreeing
    // on one would be a broken generator, not chance.
    const twelve = fc.constant(null).map((): SampleCandidate[] => Array.from({ length: 12 }, (_, i) => ({
      caseId: `c-${i}`, agent: 'lucia', channel: 'whatsapp', oversampled: i % 3 === 0, handledBy: ['lucia'], reviewed: false,
      values: { channel: 'whatsapp', seniority: '0-6m', reason: 'query', resolution: 'favour' },
    })));
    fc.assert(fc.property(twelve, fc.uniqueArray(fc.string({ minLength: 1, maxLength: 10 }), { minLength: 8, maxLength: 8 }), (list, seeds) => {
      const samples = seeds.map((seed) => JSON.stringify(drawSample({ candidates: list, by: ['channel'], perAgent: 3, seed, reviewer: 'sofia' }).cases));
      expect(new Set(samples).size).toBeGreaterThan(1);
    }));
  });

  it('splits by weight, an oversampled case counting double, and gives all of an agent with fewer cases', () => {
    const make = (i: number, reason: 'complaint' | 'query', oversampled: boolean): SampleCandidate => ({
      caseId: `c-${String(i).padStart(2, '0')}`, agent: 'lucia', channel: 'email', oversampled, handledBy: ['lucia'], reviewed: false,
      values: { channel: 'email', seniority: '12m+', reason, resolution: null },
    });
    // 5 complaints (weight 10) and 10 queries (weight 10): 4 split 2 and 2, not 1 and 3.
    const list = [...Array.from({ length: 5 }, (_, i) => make(i, 'complaint', true)), ...Array.from({ length: 10 }, (_, i) => make(10 + i, 'query', false))];
    const sample = drawSample({ candidates: list, by: ['reason'], perAgent: 4, seed: 'x', reviewer: 'sofia' });
    expect(sample.strata).toEqual([{ key: 'reason=complaint', count: 2 }, { key: 'reason=query', count: 2 }]);
    expect(drawSample({ candidates: list, by: ['reason'], perAgent: 40, seed: 'x', reviewer: 'sofia' }).cases).toHaveLength(15);
  });
});
