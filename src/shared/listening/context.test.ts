import { describe, expect, it } from 'vitest';
import { readInContext, type ContextRule, type Reading } from './context.ts';
import { DEFAULT_LISTENING, addressesCompany, listeningFrom } from './document.ts';
import { matchBrand, wordsOf } from './match.ts';

/** How the word "conecta" (any case) of `text` is read, and by which rule. */
function reading(text: string): { reading: Reading; rule: ContextRule } {
  const words = wordsOf(text);
  return readInContext(words, words.findIndex((w) => w.text.toLowerCase() === 'conecta'));
}

describe('telling the brand from the verb conectar', () => {
  it.each<[string, Reading, ContextRule]>([
    ['#conecta otra vez sin servicio', 'brand', 'tag'],
    ['@Conecta alguien me ayuda?', 'brand', 'tag'],
    ['jugamos al Conecta 4 toda la tarde', 'word', 'game'],
    ['se cayó Conecta en Flores', 'brand', 'capitalised'],
    ['Gracias por nada, CONECTA.', 'brand', 'capitalised'],
    ['Conecta TV se colgó', 'brand', 'capitalised'],
    ['no me conecta el wifi', 'word', 'clitic_before'],
    ['NO ME CONECTA EL WIFI', 'word', 'clitic_before'],
    ['el cable que conecta el router', 'word', 'clitic_before'],
    ['la de conecta no atiende', 'brand', 'preposition'],
    ['me pasé a conecta', 'brand', 'preposition'],
    ['yo tengo conecta hace años', 'brand', 'preposition'],
    ['my conecta router blinks', 'brand', 'preposition'],
    ['Conecta me cobró dos veces', 'brand', 'before_verb'],
    ['conecta es un desastre', 'brand', 'before_verb'],
    ['Conecta el cable al módem', 'word', 'object_after'],
    ['el joystick conecta a la primera', 'word', 'object_after'],
    ['Conecta charged me twice this month', 'brand', 'english'],
    ['el auricular conecta rápido', 'word', 'subject_before'],
  ])('%s → %s (%s)', (text, expected, rule) => {
    expect(reading(text)).toEqual({ reading: expected, rule });
  });

  it('never takes a real word one edit away for the brand', () => {
    for (const text of ['una colecta para el comedor', 'la respuesta correcta', 'conectá el router', 'no conecto con nadie', "I can't connect"]) {
      expect(matchBrand(text, DEFAULT_LISTENING)).toBeNull();
    }
  });

  it('matches a listed misspelling even when the fuzzy rules would not', () => {
    const doc = { keywords: [{ keyword: 'Conecta', forms: ['cnta'] }] };
    expect(matchBrand('la app de cnta no anda', doc)).toEqual({ keyword: 'Conecta', form: 'cnta' });
  });
});

describe('the listening settings document', () => {
  it('uses the defaults when missing, and says why when refused', () => {
    expect(listeningFrom(undefined)).toEqual({ listening: DEFAULT_LISTENING, problem: null });
    const refused = listeningFrom({ keywords: [], handles: [] });
    expect(refused.listening).toBe(DEFAULT_LISTENING);
    expect(refused.problem).toMatch(/keywords/);
  });

  it('knows a post naming a company account addresses the company', () => {
    expect(addressesCompany('@ConectaAR sin internet', DEFAULT_LISTENING.handles)).toBe(true);
    expect(addressesCompany('hola @conecta.ar.', DEFAULT_LISTENING.handles)).toBe(true);
    expect(addressesCompany('konecta sin internet @amigo', DEFAULT_LISTENING.handles)).toBe(false);
  });
});

describe('an e-mail address', () => {
  it('is not a mention of an account, nor addresses the company', () => {
    expect(addressesCompany('escribí a soporte@conecta.ar y nada', DEFAULT_LISTENING.handles)).toBe(false);
    expect(wordsOf('soporte@conecta.ar').map((w) => w.sign)).toEqual(['', '', '']);
    expect(wordsOf('@conecta hola')[0]?.sign).toBe('@');
  });
});
