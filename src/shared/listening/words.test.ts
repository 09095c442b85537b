import { describe, expect, it } from 'vitest';
import { digitsAreLetters, editsUpToOne, folded, spellsKeyword } from './words.ts';

describe('comparing a word with a brand keyword', () => {
  it('folds case, accents, c/k/q, doubled letters and digits written for letters', () => {
    expect(folded('KONECTA')).toBe('conecta');
    expect(folded('Coneckta')).toBe('conecta');
    expect(folded('conectaa')).toBe('conecta');
    expect(folded('c0n3cta')).toBe('conecta');
    expect(folded('Quonecta')).toBe('conecta');
  });

  it('counts a swap of two neighbouring letters as one edit (Damerau–Levenshtein)', () => {
    expect(editsUpToOne('conceta', 'conecta')).toBe(1);
    expect(editsUpToOne('conecat', 'conecta')).toBe(1);
    expect(editsUpToOne('conect', 'conecta')).toBe(1);
    expect(editsUpToOne('conecta', 'conecta')).toBe(0);
    expect(editsUpToOne('conectado', 'conecta')).toBe(2);
    expect(editsUpToOne('cnoecat', 'conecta')).toBe(2);
  });

  it('forgives one edit only on words of six letters or more', () => {
    expect(spellsKeyword('conceta', 'Conecta')).toBe(true);
    expect(spellsKeyword('Conecta', 'Conecta')).toBe(true);
    expect(spellsKeyword('Claru', 'Claro')).toBe(false);
    expect(spellsKeyword('klaro', 'Claro')).toBe(true);
  });

  it('takes a number or a code for a different word, not a digit written for a letter', () => {
    expect(digitsAreLetters('c0necta')).toBe(true);
    expect(digitsAreLetters('conecta2')).toBe(false);
    expect(digitsAreLetters('300')).toBe(false);
    expect(spellsKeyword('conecta2', 'Conecta')).toBe(false);
    expect(spellsKeyword('conecta4', 'Conecta')).toBe(false);
    expect(digitsAreLetters('c0n3cta')).toBe(true);
  });
});
