// The answers' check and the score both sides compute with: the issue's formula on the default
// scorecard (the scorecard part's property test covers the formula against a reference model).
import { describe, expect, it } from 'vitest';
import { answersProblem } from './answers.ts';
import { DEFAULT_SCORECARD } from './default-scorecard.ts';
import { score } from './score.ts';
import type { Answers, Scorecard } from './scorecard.ts';

const ALL_YES: Answers = { tone: 5, history: 'yes', private_data: 'yes', sla: 'yes', classification: 'yes', signature: 'yes', knowledge: 'yes', no_public_data: 'yes' };

describe('answersProblem', () => {
  it('takes a complete set that fits each scale', () => {
    expect(answersProblem(DEFAULT_SCORECARD, ALL_YES, 'email')).toBeNull();
  });

  it('names an unknown criterion, a value off its scale, N/A where not allowed and what is missing', () => {
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, nope: 'yes' }, 'email')).toMatch(/nope is not a criterion/);
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, tone: 'yes' }, 'email')).toMatch(/not on tone's 1-5 scale/);
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, history: 3 }, 'email')).toMatch(/not on history's yesno scale/);
    expect(answersProblem(DEFAULT_SCORECARD, { ...ALL_YES, sla: 'na' }, 'email')).toMatch(/sla does not allow N\/A/);
    const { signature: _left, ...missing } = ALL_YES;
    expect(answersProblem(DEFAULT_SCORECARD, missing, 'email')).toBe('unanswered: signature');
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

describe('score', () => {
  it('is 100 with every standard answer at the top, the bonus capped', () => {
    expect(score(DEFAULT_SCORECARD, ALL_YES, 'email')).toMatchObject({ score: 100, autoFailed: false, standard: 100, unanswered: [] });
  });

  it('weighs scales, leaves N/A out of the weights and adds the bonus over the whole standard weight', () => {
    // tone 3 on 1–5 is 0.5 of weight 3; private_data N/A leaves 9 of the 11 standard weight.
    const answers: Answers = { ...ALL_YES, tone: 3, private_data: 'na', knowledge: 'no' };
    expect(score(DEFAULT_SCORECARD, answers, 'email').score).toBe(Math.round((100 * 7.5) / 9 * 100) / 100);
    expect(score(DEFAULT_SCORECARD, { ...answers, knowledge: 'yes' }, 'email').score).toBe(Math.round(((100 * 7.5) / 9 + 100 / 11) * 100) / 100);
  });

  it('is 0 when an auto-fail criterion is answered no', () => {
    expect(score(DEFAULT_SCORECARD, { ...ALL_YES, no_public_data: 'no' }, 'email')).toMatchObject({ score: 0, autoFailed: true });
  });
});
