// The answers' check both sides run before a review is queued and stored, on the default
// scorecard (score.test.ts covers the score against a reference model).
import { describe, expect, it } from 'vitest';
import { answersProblem } from './answers.ts';
import { DEFAULT_SCORECARD } from './default-scorecard.ts';
import { score } from './score.ts';
import type { Answers, Scorecard } from './scorecard.ts';

/** Every criterion answered, on an e-mail case (a private channel: canal-privado and datos-publicos do not apply). */
const ALL_YES: Answers = {
  'tono-transparente': 3, 'tono-humilde': 5, historial: 'yes', 'nivel-servicio': 'yes', clasificacion: 'yes', firma: 'yes',
  plantillas: 3, 'un-contacto': 'yes', sorprender: 'yes',
};

describe('answersProblem', () => {
  it('takes a complete set that fits each scale', () => {
    expect(answersProblem(DEFAULT_SCORECARD, ALL_YES, 'email')).toBeNull();
  });

  it('names an unknown criterion, a value off its scale, N/A where not allowed and what is missing', () => {
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, nope: 'yes' }, 'email')).toMatch(/nope is not a criterion/);
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, 'tono-humilde': 'yes' }, 'email')).toMatch(/not on tono-humilde's 1-5 scale/);
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, 'tono-transparente': 5 }, 'email')).toMatch(/not on tono-transparente's 1-3 scale/);
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, historial: 3 }, 'email')).toMatch(/not on historial's yesno scale/);
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, 'nivel-servicio': 'na' }, 'email')).toMatch(/nivel-servicio does not allow N\/A/);
    const { firma: _left, ...missing } = ALL_YES;
    expect(answersProblem(DEFAULT_SCORECARD, missing, 'email')).toBe('unanswered: firma');
  });

  it('asks for the public-channel criteria on a public case only', () => {
    expect(answersProblem(DEFAULT_SCORECARD, ALL_YES, 'x_mention')).toBe('unanswered: canal-privado, datos-publicos');
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, 'canal-privado': 'yes', 'datos-publicos': 'yes' }, 'x_mention')).toBeNull();
  });

  it('leaves out criteria that do not apply on the case’s channel', () => {
    const card: Scorecard = { ...DEFAULT_SCORECARD, sections: [{ id: 's', kind: 'standard', title: 'S', criteria: [
      { id: 'a', question: 'A', help: '', scale: 'yesno', weight: 1, na: false, channels: ['email'] },
      { id: 'b', question: 'B', help: '', scale: '1-3', weight: 1, na: false, channels: null },
    ] }] };
    expect(answersProblem(card, { b: 3 }, 'whatsapp')).toBeNull();
    expect(answersProblem(card, { b: 3 }, 'email')).toBe('unanswered: a');
    expect(score(card, { a: 'no', b: 2 }, 'whatsapp').score).toBe(50);
  });
});
