import { describe, expect, it } from 'vitest';
import { clausesOf, compileMasks, compilePhrases, deobfuscate, findPhrases, firstPhrase, phraseAt, squeeze, tokenize, unmask, unmaskWords, wordsOf } from './text.ts';

describe('tokenize', () => {
  it('folds accents and case, drops mentions and punctuation, unwraps bold', () => {
    expect(tokenize('@Atiende ¡Vergüenza!! *LADRONES* f*** 30.123.456')).toEqual(['verguenza', 'ladrones', 'f***', '30', '123', '456']);
  });
});

describe('spelled-out and masked words', () => {
  it('joins three or more single letters when they spell a listed word, however separated', () => {
    const masks = compileMasks(['hdp', 'pelotudos']);
    expect(unmaskWords(wordsOf('p e l o t u d o s'), masks).raw).toEqual(['pelotudos', '', '', '', '', '', '', '', '']);
    expect(unmaskWords(wordsOf('son unos H.D.P. de verdad'), masks).keys).toEqual(['son', 'unos', 'hdp', '', '', 'de', 'verdad']);
    const options = wordsOf('plan A o B o C?');
    expect(unmaskWords(options, masks)).toBe(options);
  });

  it('reads a masked word as the listed word of its shape, and leaves the rest as written', () => {
    const masks = compileMasks(['la puta madre', 'mierda', 'fuck', 'forros']);
    expect(unmask('p*ta', masks)).toBe('puta');
    expect(unmask('m**rda', masks)).toBe('mierda');
    expect(unmask('f***', masks)).toBe('fuck');
    expect(unmask('p*to', masks)).toBe('p*to');
    expect(unmask('12**34', masks)).toBe('12**34');
    const plain = wordsOf('hola que tal');
    expect(unmaskWords(plain, masks)).toBe(plain);
    expect(unmaskWords(wordsOf('la p**a madre'), masks).keys).toEqual(['la', 'puta', 'madre']);
  });

  it('reads every masked word of a huge input and leaves the rest as written', () => {
    const masks = compileMasks(['mierda']);
    const text = 'm**rda '.repeat(20_000) + 'a b c '.repeat(20_000) + '*'.repeat(50_000);
    const { raw } = unmaskWords(wordsOf(text), masks);
    expect(raw).toHaveLength(80_000);
    expect(raw.slice(0, 20_000).every((w) => w === 'mierda')).toBe(true);
    expect(raw.slice(20_000, 20_003)).toEqual(['a', 'b', 'c']);
    expect(raw.at(-1)).toBe('c');
  });
});

describe('clausesOf', () => {
  const read = (text: string) => {
    const folded = text.toLowerCase();
    return { words: tokenize(text), ...clausesOf(folded) };
  };

  it('numbers the clause and sentence of every word tokenize reads, mentions and bold included', () => {
    const { words, clause, sentence } = read('@Atiende hola, *GRACIAS*. ¿anda?\nsi');
    expect(words).toEqual(['hola', 'gracias', 'anda', 'si']);
    expect(clause).toEqual([0, 1, 2, 3]);
    expect(sentence).toEqual([0, 0, 1, 2]);
  });

  it('knows which sentences ask, opened by "¿" or closed by "?"', () => {
    expect(read('Hola. ¿Cuánto sale el plan').asks).toEqual([false, true]);
    expect(read('cuanto sale? gracias').asks).toEqual([true, false]);
    expect(read('se corta todo, ayuda').asks).toEqual([false]);
  });

  it('reads a huge input word by word, each in its own sentence', () => {
    const { clause, sentence } = clausesOf('a. '.repeat(50_000));
    expect(clause).toHaveLength(50_000);
    expect(sentence.at(-1)).toBe(49_999);
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

describe('phraseAt', () => {
  it('reads the longest entry starting exactly at a word, within a reach, stretched as written', () => {
    const companies = compilePhrases(['claro', 'personal', 'personal flow', 'la competencia de siempre', 'movistar']);
    const words = wordsOf('me paso a personal flow o a claaaro');
    expect(phraseAt(words, 3, companies)).toEqual({ phrase: 'personal flow', start: 3, end: 5 });
    expect(phraseAt(words, 7, companies)).toEqual({ phrase: 'claro', start: 7, end: 8 });
    // A hit further on is not one here.
    expect(phraseAt(words, 2, companies)).toBeNull();
    expect(phraseAt(words, 99, companies)).toBeNull();
    const far = wordsOf('a la competencia de siempre');
    expect(phraseAt(far, 1, companies)?.phrase).toBe('la competencia de siempre');
    expect(phraseAt(far, 1, companies, 3)).toBeNull();
  });
});
