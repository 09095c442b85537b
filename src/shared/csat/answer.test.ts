import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNegative, readCsatAnswer, scoreOf } from './answer.ts';
import { DEFAULT_CSAT } from './settings.ts';

const QUESTIONS = DEFAULT_CSAT.questions.es;
const read = (text: string) => readCsatAnswer(text, QUESTIONS);

describe('readCsatAnswer', () => {
  it.each([
    ['5', [5, null, null]],
    ['2', [2, null, null]],
    ['  4 ', [4, null, null]],
    ['4/5', [4, null, null]],
    ['4 de 5', [4, null, null]],
    ['3 out of 5', [3, null, null]],
    ['Cinco', [5, null, null]],
    ['cuatro, sí, sí', [4, true, true]],
    ['5 sí sí', [5, true, true]],
    ['1: 4 2: sí 3: sí', [4, true, true]],
    ['sí sí 5', [5, true, true]],
    ['1) 5 2) si 3) no', [5, true, false]],
    ['Le pongo un 4, gracias!', [4, null, null]],
    ['5 estrellas', [5, null, null]],
    ['⭐⭐⭐⭐', [4, null, null]],
    ['⭐⭐⭐⭐⭐ 👍 👍', [5, true, true]],
    ['5⭐', [5, null, null]],
    ['😡', [1, null, null]],
    ['😀', [5, null, null]],
    ['🙂👍', [4, true, null]],
    ['❤️', [5, null, null]],
    ['Sí', [true, null, null]],
    ['si', [true, null, null]],
    ['No', [false, null, null]],
    ['NO.', [false, null, null]],
    ['👎', [false, null, null]],
    ['Sí, gracias', [true, null, null]],
    ['Yes', [true, null, null]],
    ['five, yes, no', [5, true, false]],
    ['I give it a 2', [2, null, null]],
    ['5 excelente atención', [5, null, null]],
    ['Sim, 4', [4, true, null]],
    ['2 😞', [2, 2, null]],
  ])('reads %j', (text, answers) => {
    expect(read(text)).toEqual(answers);
  });

  it.each([
    'gracias', 'Muchas gracias!', 'ok', 'ok gracias', '👌', 'Thanks!', 'jajaja', '',
    'no funciona todavía', 'Sigue sin andar, 5 días sin respuesta', '¿Y cuándo llega mi pedido?',
    'Mi pedido es el 48213', 'son 10 unidades', 'quiero darme de baja', 'todavía no me llegó',
    'Sí pero el problema sigue', 'Hola, tengo otra consulta sobre mi factura',
  ])('%j is not an answer', (text) => {
    expect(read(text)).toBeNull();
  });

  it('answers only the questions there are', () => {
    expect(readCsatAnswer('5 sí sí sí', ['a', 'b'])).toEqual([5, true]);
  });

  it('any lone digit 1–5 with thanks around it answers the first question', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5 }),
      fc.constantFrom('', 'gracias', '¡Muchas gracias!', 'thanks', 'obrigado'),
      fc.constantFrom(' ', '. ', '! ', ', ', '\n'),
      (score, thanks, separator) => {
        const answers = read(`${score}${separator}${thanks}`);
        expect(answers?.[0]).toBe(score);
        expect(isNegative(answers ?? [])).toBe(score <= 2);
      },
    ));
  });

  it('numbers off the scale are never read as an answer', () => {
    fc.assert(fc.property(fc.integer({ min: 6, max: 100_000 }), (n) => {
      expect(read(String(n))).toBeNull();
    }));
  });

  it('never throws, whatever the customer writes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const answers = read(text);
      if (answers !== null) expect(answers).toHaveLength(QUESTIONS.length);
    }));
  });
});

describe('isNegative', () => {
  it.each([
    [[1, null, null], true], [[2, true, true], true], [[3, null, null], false], [[5, true, true], false],
    [[false, null, null], true], [[4, true, false], true], [[true, null, null], false],
  ] as const)('%j → %s', (answers, negative) => {
    expect(isNegative(answers)).toBe(negative);
  });

  it('the score is the first question on 1–5 only', () => {
    expect(scoreOf([4, true])).toBe(4);
    expect(scoreOf([true, null])).toBeNull();
  });
});
