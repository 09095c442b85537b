import { describe, expect, it } from 'vitest';
import { EVIDENCE_LENGTH, quote } from './context.ts';

describe('quote', () => {
  it('keeps a short message whole, on one line', () => {
    expect(quote('  Hola,\n\nsoy Ana  ')).toBe('Hola, soy Ana');
  });

  it('cuts a long message at a word with an ellipsis', () => {
    const long = 'palabra '.repeat(60);
    const quoted = quote(long);
    expect(quoted.endsWith('palabra…')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(EVIDENCE_LENGTH + 1);
    expect(quote('x'.repeat(300))).toBe(`${'x'.repeat(200)}…`);
  });
});
