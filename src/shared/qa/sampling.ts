// The QA sample: a pure, seeded draw, so a seed shown to the supervisor reproduces the same
// pack anywhere. Each agent's count is split across the strata present in their cases in
// proportion to their sizes, by largest remainder; an oversampled case (a complaint, long
// handling) counts double in its stratum's size, and no stratum gives more than it holds.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Channel } from '../domain.ts';
import { stratumKey, type StratumDimension, type StratumValues } from './strata.ts';

export interface SampleCandidate {
  caseId: string;
  /** The agent the case is reviewed for: who resolved it. */
  agent: string;
  channel: Channel;
  values: StratumValues;
  oversampled: boolean;
  /** Everyone who handled the case (assigned to it or replied on it): never its reviewer. */
  handledBy: readonly string[];
  /** Already reviewed in the period: not drawn again. */
  reviewed: boolean;
}

export interface DrawInput {
  candidates: readonly SampleCandidate[];
  by: readonly StratumDimension[];
  perAgent: number;
  seed: string;
  reviewer: string;
}

export interface SampledCase {
  caseId: string;
  agent: string;
  channel: Channel;
  stratum: string;
}

export interface Sample {
  seed: string;
  /** Cases drawn per stratum key, over every agent, by key. */
  strata: { key: string; count: number }[];
  cases: SampledCase[];
}

/** A stratum as the split sees it: how many cases it holds, and its size with oversampled cases counted twice. */
export interface StratumSize {
  key: string;
  size: number;
  weight: number;
}

/** 32-bit FNV-1a of the seed's text: any string a supervisor types is a seed. */
export function seedNumber(seed: string): number {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(seed)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash | 0;
}

/** Largest remainder over `strata` by weight, in exact integer arithmetic; ties go to the earlier key. */
function largestRemainder(count: number, strata: readonly StratumSize[]): Map<string, number> {
  const total = strata.reduce((sum, s) => sum + s.weight, 0);
  const shares = strata.map((s) => ({ key: s.key, whole: Math.floor((count * s.weight) / total), rest: (count * s.weight) % total }));
  let left = count - shares.reduce((sum, s) => sum + s.whole, 0);
  const byRest = [...shares].sort((a, b) => b.rest - a.rest || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const share of byRest) {
    if (left === 0) break;
    share.whole += 1;
    left -= 1;
  }
  return new Map(shares.map((s) => [s.key, s.whole]));
}

/**
 * How many cases each stratum gives: `count` (at most the strata's cases together) split by
 * largest remainder; a stratum given more than it holds gives all it holds, and the rest is
 * split again by the same rule among the others.
 */
export function allocate(count: number, strata: readonly StratumSize[]): Map<string, number> {
  const result = new Map<string, number>();
  let open = [...strata];
  let left = Math.min(count, strata.reduce((sum, s) => sum + s.size, 0));
  while (open.length > 0) {
    const split = largestRemainder(left, open);
    const full = open.filter((s) => (split.get(s.key) ?? 0) > s.size);
    if (full.length === 0) {
      for (const [key, n] of split) result.set(key, n);
      break;
    }
    for (const s of full) {
      result.set(s.key, s.size);
      left -= s.size;
    }
    open = open.filter((s) => !full.includes(s));
  }
  return result;
}

/** Draws `k` of `cases` without replacement, an oversampled case twice as likely. */
function drawFrom(rng: RandomGenerator, cases: SampleCandidate[], k: number): SampleCandidate[] {
  const pool = [...cases];
  const drawn: SampleCandidate[] = [];
  while (drawn.length < k) {
    const total = pool.reduce((sum, c) => sum + (c.oversampled ? 2 : 1), 0);
    let ticket = uniformInt(rng, 0, total - 1);
    const index = pool.findIndex((c) => (ticket -= c.oversampled ? 2 : 1) < 0);
    drawn.push(...pool.splice(index, 1));
  }
  return drawn;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The cases a reviewer may be given: not handled by them, not reviewed in the period. */
export function eligible(candidates: readonly SampleCandidate[], reviewer: string): SampleCandidate[] {
  return candidates.filter((c) => !c.reviewed && !c.handledBy.includes(reviewer) && c.agent !== reviewer);
}

export function drawSample(input: DrawInput): Sample {
  const rng = xoroshiro128plus(seedNumber(input.seed));
  const byAgent = new Map<string, Map<string, SampleCandidate[]>>();
  // Sorted, so the same candidates in any order give the same sample.
  const pool = eligible(input.candidates, input.reviewer).sort((a, b) => byText(a.caseId, b.caseId));
  const seen = new Set<string>();
  for (const c of pool) {
    if (seen.has(c.caseId)) continue;
    seen.add(c.caseId);
    const strata = byAgent.get(c.agent) ?? new Map<string, SampleCandidate[]>();
    const key = stratumKey(c.values, input.by);
    strata.set(key, [...(strata.get(key) ?? []), c]);
    byAgent.set(c.agent, strata);
  }
  const cases: SampledCase[] = [];
  const totals = new Map<string, number>();
  for (const agent of [...byAgent.keys()].sort(byText)) {
    const strata = byAgent.get(agent) ?? new Map<string, SampleCandidate[]>();
    const keys = [...strata.keys()].sort(byText);
    const sizes = keys.map((key) => {
      const members = strata.get(key) ?? [];
      return { key, size: members.length, weight: members.reduce((sum, c) => sum + (c.oversampled ? 2 : 1), 0) };
    });
    const counts = allocate(input.perAgent, sizes);
    for (const key of keys) {
      const k = counts.get(key) ?? 0;
      if (k === 0) continue;
      totals.set(key, (totals.get(key) ?? 0) + k);
      for (const c of drawFrom(rng, strata.get(key) ?? [], k)) cases.push({ caseId: c.caseId, agent, channel: c.channel, stratum: key });
    }
  }
  const strata = [...totals].sort(([a], [b]) => byText(a, b)).map(([key, count]) => ({ key, count }));
  return { seed: input.seed, strata, cases };
}
