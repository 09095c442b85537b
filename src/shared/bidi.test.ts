import { describe, expect, it } from 'vitest';
import { isolateBidi, neutraliseBidi } from './bidi.ts';

const RLO = '\u202e';
const PDF = '\u202c';

describe('neutraliseBidi', () => {
  it('takes out the override that makes "gnp.exe" read "exe.png", leaving the letters in their real order', () => {
    expect(neutraliseBidi(`${RLO}gnp.exe${PDF}`)).toBe('gnp.exe');
    expect(neutraliseBidi(`factura${RLO}fdp.exe`)).toBe('facturafdp.exe');
  });

  it('removes every embedding, override and isolate control', () => {
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    expect(neutraliseBidi(controls.join('x'))).toBe('x'.repeat(controls.length - 1));
  });

  it('keeps right-to-left text, the direction marks and everything else as written', () => {
    for (const text of ['مرحبا، أين طلبي؟', 'שלום, איפה ההזמנה שלי?', 'a\u200fb\u200ec\u061cd', 'José 👩🏽‍💻 e\u0301', 'línea 1\nlínea 2']) {
      expect(neutraliseBidi(text)).toBe(text);
    }
  });
});

describe('isolateBidi', () => {
  it('wraps the neutralised text in one first-strong isolate, balanced even when the text tried to close it', () => {
    expect(isolateBidi(`${RLO}gnp.exe${PDF}`)).toBe('\u2068gnp.exe\u2069');
    expect(isolateBidi('\u2069\u2069مرحبا')).toBe('\u2068مرحبا\u2069');
  });
});
