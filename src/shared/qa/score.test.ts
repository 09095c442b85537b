// Scores worked out by hand on the default sheet, and the edges the review screen shows.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD } from './default-scorecard.ts';
import type { Scorecard } from './scorecard.ts';
import { score } from './score.ts';

const WHATSAPP_ANSWERS = {
  'tono-transparente': 2, // (2−1)/2 = 0.5, weight 2 → 1
  'tono-humilde': 4, // (4−1)/4 = 0.75, weight 3 → 2.25
  'historial': 'yes', // weight 2 → 2
  'nivel-servicio': 'no', // weight 2 → 0
  'clasificacion': 'yes', // weight 2 → 2
  'firma': 'yes', // weight 1 → 1
  'plantillas': 'na', // left out
} as const;

describe('score on the default sheet', () => {
  it('weighs the standard criteria: 8.25 of 12 is 68.75', () => {
    const got = score(DEFAULT_SCORECARD, { ...WHATSAPP_ANSWERS, 'un-contacto': 'na', 'sorprender': 'no' }, 'whatsapp');
    expect(got.standard).toBeCloseTo(68.75, 10);
    expect(got.score).toBeCloseTo(68.75, 10);
    expect(got.bonus).toBe(0);
    // Public-only criteria do not apply on WhatsApp, so nothing is missing.
    expect(got.excluded).toEqual(['canal-privado', 'datos-publicos']);
    expect(got.unanswered).toEqual([]);
    expect(got.complete).toBe(true);
  });

  it('adds each bonus as 100·w/Σw (8.33 points) and caps the two at 10', () => {
    const one = score(DEFAULT_SCORECARD, { ...WHATSAPP_ANSWERS, 'un-contacto': 'yes', 'sorprender': 'no' }, 'whatsapp');
    expect(one.bonus).toBeCloseTo(100 / 12, 10);
    expect(one.score).toBeCloseTo(68.75 + 100 / 12, 10);
    const both = score(DEFAULT_SCORECARD, { ...WHATSAPP_ANSWERS, 'un-contacto': 'yes', 'sorprender': 'yes' }, 'whatsapp');
    expect(both.bonusUncapped).toBeCloseTo(200 / 12, 10);
    expect(both.bonus).toBe(10);
    expect(both.score).toBeCloseTo(78.75, 10);
  });

  it('never goes past 100 with a perfect sheet and the bonus', () => {
    const perfect = {
      'tono-transparente': 3, 'tono-humilde': 5, 'historial': 'yes', 'canal-privado': 'yes', 'nivel-servicio': 'yes',
      'clasificacion': 'yes', 'firma': 'yes', 'plantillas': 3, 'un-contacto': 'yes', 'sorprender': 'yes', 'datos-publicos': 'yes',
    } as const;
    const got = score(DEFAULT_SCORECARD, perfect, 'x_mention');
    expect(got.standard).toBe(100);
    expect(got.score).toBe(100);
    expect(got.complete).toBe(true);
  });

  it('gives 0 when private data was exposed on a public channel', () => {
    const got = score(DEFAULT_SCORECARD, { ...WHATSAPP_ANSWERS, 'canal-privado': 'yes', 'sorprender': 'yes', 'un-contacto': 'yes', 'datos-publicos': 'no' }, 'facebook_post');
    expect(got.score).toBe(0);
    expect(got.autoFailed).toBe(true);
    expect(got.autoFailedBy).toEqual(['datos-publicos']);
    // The parts stay visible, so the reviewer sees what the case would have scored.
    expect(got.standard).toBeGreaterThan(60);
  });

  it('lists what is still unanswered and refuses N/A where it is not allowed', () => {
    const got = score(DEFAULT_SCORECARD, { 'tono-transparente': 3, 'firma': 'na' }, 'facebook_post');
    expect(got.unanswered).toEqual([
      'tono-humilde', 'historial', 'canal-privado', 'nivel-servicio', 'clasificacion', 'firma', 'plantillas', 'un-contacto', 'sorprender', 'datos-publicos',
    ]);
    expect(got.invalid).toEqual(['firma']);
    expect(got.score).toBe(100);
    expect(got.complete).toBe(false);
  });
});

describe('a sheet whose standard criteria are all N/A', () => {
  const card: Scorecard = {
    id: 'c', version: 1, name: 'C', bonusCap: 10, sections: [
      { id: 's', kind: 'standard', title: 'S', criteria: [{ id: 'a', question: 'A', help: '', scale: 'yesno', weight: 1, na: true, channels: null }] },
      { id: 'b', kind: 'bonus', title: 'B', criteria: [{ id: 'b1', question: 'B1', help: '', scale: 'yesno', weight: 1, na: false, channels: null }] },
      { id: 'x', kind: 'autofail', title: 'X', criteria: [{ id: 'x1', question: 'X1', help: '', scale: '1-3', weight: 1, na: false, channels: null }] },
    ],
  };

  it('has nothing to weigh: 0, not scorable, and it cannot be submitted', () => {
    const got = score(card, { a: 'na', b1: 'yes', x1: 3 }, 'email');
    expect(got).toMatchObject({ score: 0, standard: null, bonus: 0, scorable: false, complete: false, autoFailed: false });
  });

  it('can be submitted at 0 when an auto-fail criterion failed (1 on its scale)', () => {
    const got = score(card, { a: 'na', b1: 'yes', x1: 1 }, 'email');
    expect(got).toMatchObject({ score: 0, scorable: true, complete: true, autoFailed: true, autoFailedBy: ['x1'] });
  });
});
