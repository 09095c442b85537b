import { describe, expect, it } from 'vitest';
import { articleQueryAt } from './articleQuery.ts';

const at = (text: string) => articleQueryAt(text, text.length);

describe('articleQueryAt', () => {
  it('finds "??" at the start of the text or of a word, up to the cursor', () => {
    expect(at('??factura')).toEqual({ start: 0, query: 'factura' });
    expect(at('??')).toEqual({ start: 0, query: '' });
    expect(at('Hola Ana. ??medios de pago')).toEqual({ start: 10, query: 'medios de pago' });
    expect(at('Hola\n??baja')).toEqual({ start: 5, query: 'baja' });
    expect(articleQueryAt('??fact y más', 6)).toEqual({ start: 0, query: 'fact' });
  });

  it('keeps accents, digits and punctuation after the first letter', () => {
    expect(at('??facturación 2, ¿ciclo?')).toEqual({ start: 0, query: 'facturación 2, ¿ciclo?' });
  });

  it('ignores "??" inside words and URLs, Spanish question marks, and stray marks', () => {
    expect(at('a??b')).toBeNull();
    expect(at('¿¿factura')).toBeNull();
    expect(at('¿Cómo estás??')).toBeNull();
    expect(at('https://conecta.example.com/??ayuda')).toBeNull();
    expect(at('ver https://x.example.com/?q=??ayuda')).toBeNull();
    expect(at('???ayuda')).toBeNull();
    expect(at('?? ayuda')).toBeNull();
  });

  it('ends at a line break or after 60 characters', () => {
    expect(at('??medios\nde pago')).toBeNull();
    expect(at(`??${'a'.repeat(60)}`)).toEqual({ start: 0, query: 'a'.repeat(60) });
    expect(at(`??${'a'.repeat(61)}`)).toBeNull();
  });
});
