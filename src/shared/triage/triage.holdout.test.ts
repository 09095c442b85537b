// The held-out set (triage.holdout.ts) says how triage reads messages it was never shaped on:
// the protocol type with a confusion matrix, recall and precision per type; whether a message
// reaches retention the way the inbox sees it (the default priority rules' "retention" group);
// and whether the noise filter sets courtesy aside without hiding real messages.
import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES, type MessageType } from '../domain.ts';
import { classifyMessage } from './classify.ts';
import { noiseOf } from './noise.ts';
import { computePriority, DEFAULT_PRIORITY_RULES } from './priority.ts';
import { TRIAGE_HELD_OUT, type HeldOutMessage } from './triage.holdout.ts';

const SHORT: Record<MessageType, string> = {
  public: 'A', private_data: 'B', hostile: 'C', no_content: 'D', hostile_no_content: 'E',
};

interface Rate {
  recall: number;
  precision: number;
}

/** Recall and precision of `predicted` against `actual` over the set. */
function rate(set: readonly HeldOutMessage[], actual: (m: HeldOutMessage) => boolean, predicted: (m: HeldOutMessage) => boolean): Rate {
  let truePositive = 0;
  let positives = 0;
  let predictedPositives = 0;
  for (const m of set) {
    const a = actual(m);
    const p = predicted(m);
    if (a) positives++;
    if (p) predictedPositives++;
    if (a && p) truePositive++;
  }
  return { recall: positives ? truePositive / positives : 1, precision: predictedPositives ? truePositive / predictedPositives : 1 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8);
const line = (m: HeldOutMessage) => `${m.lang} ${m.channel} [${m.tag ?? ''}]: ${m.text}`;

const typeOf = new Map(TRIAGE_HELD_OUT.map((m) => [m, classifyMessage({ text: m.text, channel: m.channel }).type]));
const predictedType = (m: HeldOutMessage): MessageType => typeOf.get(m) ?? 'public';

const retained = (m: HeldOutMessage): boolean =>
  computePriority(
    { texts: [m.text], channel: m.channel, segment: 'standard', influence: { level: 'low' }, waitingMinutes: null },
    DEFAULT_PRIORITY_RULES,
  ).reasons.some((r) => r.code === 'keyword' && r.group === 'retention');

const filtered = (m: HeldOutMessage): boolean => noiseOf({ text: m.text, previous: null, caseStatus: 'open', repliesToPromo: false }) !== null;

describe('triage on the held-out set', () => {
  it('holds enough of every kind to measure', () => {
    for (const type of MESSAGE_TYPES) expect(TRIAGE_HELD_OUT.filter((m) => m.type === type).length, type).toBeGreaterThanOrEqual(30);
    expect(TRIAGE_HELD_OUT.filter((m) => m.retention).length).toBeGreaterThanOrEqual(40);
    expect(TRIAGE_HELD_OUT.filter((m) => m.tag === 'baja-other-sense').length).toBeGreaterThanOrEqual(15);
    expect(TRIAGE_HELD_OUT.filter((m) => m.courtesyOnly).length).toBeGreaterThanOrEqual(30);
    expect(TRIAGE_HELD_OUT.length).toBeGreaterThanOrEqual(200);
  });

  it('types messages: recall and precision of at least 0.9 per type, 0.85 for E', () => {
    const header = `  expected \\ got ${MESSAGE_TYPES.map((t) => SHORT[t].padStart(5)).join('')}    recall precision`;
    const rows: string[] = [];
    const rates = new Map<MessageType, Rate>();
    for (const type of MESSAGE_TYPES) {
      const r = rate(TRIAGE_HELD_OUT, (m) => m.type === type, (m) => predictedType(m) === type);
      rates.set(type, r);
      const counts = MESSAGE_TYPES.map((got) => TRIAGE_HELD_OUT.filter((m) => m.type === type && predictedType(m) === got).length);
      rows.push(`  ${`${SHORT[type]} ${type}`.padEnd(16)}${counts.map((c) => String(c).padStart(5)).join('')}  ${pct(r.recall)}  ${pct(r.precision)}`);
    }
    const misses = TRIAGE_HELD_OUT.filter((m) => predictedType(m) !== m.type).map((m) => `    ${SHORT[m.type]} → ${SHORT[predictedType(m)]} ${line(m)}`);
    console.log([`held-out set, ${TRIAGE_HELD_OUT.length} messages: types`, header, ...rows, '  misses:', ...misses].join('\n'));
    for (const type of MESSAGE_TYPES) {
      const floor = type === 'hostile_no_content' ? 0.85 : 0.9;
      expect(rates.get(type)?.recall, `${type} recall`).toBeGreaterThanOrEqual(floor);
      expect(rates.get(type)?.precision, `${type} precision`).toBeGreaterThanOrEqual(floor);
    }
  });

  it('sends cancellations to retention, and no other sense of "baja": recall and precision of at least 0.95', () => {
    const r = rate(TRIAGE_HELD_OUT, (m) => m.retention, retained);
    const missed = TRIAGE_HELD_OUT.filter((m) => m.retention && !retained(m)).map((m) => `    missed: ${line(m)}`);
    const wrong = TRIAGE_HELD_OUT.filter((m) => !m.retention && retained(m)).map((m) => `    wrongly: ${line(m)}`);
    console.log([`held-out set: retention recall ${pct(r.recall)}, precision ${pct(r.precision)}`, ...missed, ...wrong].join('\n'));
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('filters courtesy (recall of at least 0.95) and at most 1 % of real messages', () => {
    const courtesy = TRIAGE_HELD_OUT.filter((m) => m.courtesyOnly);
    const real = TRIAGE_HELD_OUT.filter((m) => !m.courtesyOnly);
    const caught = courtesy.filter(filtered).length / courtesy.length;
    const lost = real.filter(filtered);
    console.log([
      `held-out set: noise recall ${pct(caught)}, real messages filtered ${lost.length} of ${real.length}`,
      ...courtesy.filter((m) => !filtered(m)).map((m) => `    kept: ${line(m)}`),
      ...lost.map((m) => `    filtered: ${line(m)}`),
    ].join('\n'));
    expect(caught).toBeGreaterThanOrEqual(0.95);
    expect(lost.length / real.length).toBeLessThanOrEqual(0.01);
  });
});
