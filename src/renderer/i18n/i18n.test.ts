import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { formatLocale, initialLanguage, languageFor } from './language.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const variables = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('translations', () => {
  const english = leaves(en);
  const spanish = leaves(es);

  it('have the same keys in Spanish and English', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, text] of english) expect(variables(spanish.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('leave no string empty', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });
});

describe('language choice', () => {
  it('follows the OS: es* is Spanish, anything else English', () => {
    expect(languageFor('es-AR')).toBe('es');
    expect(languageFor('ES')).toBe('es');
    expect(languageFor('en-GB')).toBe('en');
    expect(languageFor('pt-BR')).toBe('en');
    expect(languageFor(undefined)).toBe('en');
  });

  it('prefers the saved choice, ignoring junk', () => {
    expect(initialLanguage('en', 'es-AR')).toBe('en');
    expect(initialLanguage('<script>', 'es-MX')).toBe('es');
    expect(initialLanguage(null, 'fr-FR')).toBe('en');
  });

  it('formats in the OS locale when it speaks the UI language', () => {
    expect(formatLocale('es', ['es-AR', 'en-US'])).toBe('es-AR');
    expect(formatLocale('en', ['es-AR', 'en-GB'])).toBe('en-GB');
    expect(formatLocale('en', ['es-AR'])).toBe('en');
  });
});
