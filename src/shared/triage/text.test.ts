import { describe, expect, it } from 'vitest';
import { compilePhrases, deobfuscate, findPhrases, firstPhrase, squeeze, tokenize, wordsOf } from './text.ts';

describe('tokenize', () => {
  it('folds accents and case, drops mentions and punctuation, unwraps bold', () => {
    expect(tokenize('@Atiende ¡Vergüenza!! *LADRONES* f*** 30.123.456')).toEqual(['verguenza', 'ladrones', 'f***', '30', '123', '456']);
  });
});

describe('deobfuscate and squeeze', () => {
  it('decodes leetspeak inside words and leaves numbers alone', () => {
    expect(deobfuscate('l4dr0n3s')).toBe('ladrones');
    expect(deobfuscate('e$t@fa')).toBe('estafa');
    expect(deobfuscate('2024')).toBe('2024');
  });

  it('squeezes repeated letters only', () => {
    expect(squeeze('ladronesss')).toBe('ladrones');
    expect(squeeze('chorrrros')).toBe('choros');
    expect(squeeze('f***')).toBe('f***');
  });
});

describe('findPhrases', () => {
  const list = compilePhrases(['baja', 'dar de baja', 'forros', 'hola']);
  const phrases = (text: string) => findPhrases(wordsOf(text), list).map((h) => h.phrase);

  it('matches whole words, longest phrase first, across any spacing and punctuation', () => {
    expect(phrases('Quiero DAR   de,\nBAJA todo. Baja!')).toEqual(['dar de baja', 'baja']);
    expect(phrases('trabajamos en la bajada')).toEqual([]);
  });

  it('lets repeated letters stretch a word but never shrink it', () => {
    expect(phrases('forrrros holaaaa')).toEqual(['forros', 'hola']);
    expect(phrases('en los foros')).toEqual([]);
  });

  it('never starts or continues a hit on a skipped word', () => {
    const words = wordsOf('dar de baja');
    expect(findPhrases(words, list, [false, true, false]).map((h) => h.phrase)).toEqual(['baja']);
  });
});

describe('firstPhrase', () => {
  const list = compilePhrases(['baja', 'dar de baja', 'forros']);

  it('is the first hit findPhrases would give, or null', () => {
    for (const text of ['Quiero DAR de baja, baja ya', 'forrrros y baja', 'en los foros', '']) {
      const words = wordsOf(text);
      expect(firstPhrase(words, list)).toEqual(findPhrases(words, list)[0] ?? null);
    }
    expect(firstPhrase(wordsOf('y dar de baja'), list)).toEqual({ phrase: 'dar de baja', start: 1, end: 4 });
  });
});
