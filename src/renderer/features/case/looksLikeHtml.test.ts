import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from './looksLikeHtml.ts';

describe('looksLikeHtml', () => {
  it('recognises e-mail markup', () => {
    expect(looksLikeHtml('<html><body><p>Hola</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<div>Gracias</div>')).toBe(true);
    expect(looksLikeHtml('Hola<br>chau')).toBe(true);
    expect(looksLikeHtml('<P CLASS="x">Hi</P>')).toBe(true);
    expect(looksLikeHtml('<a href="https://example.com">link</a>')).toBe(true);
  });

  it('leaves plain text as text, even with angle brackets', () => {
    expect(looksLikeHtml('Hola, quiero cancelar mi plan')).toBe(false);
    expect(looksLikeHtml('2 < 3 and 5 > 4')).toBe(false);
    expect(looksLikeHtml('Write to <maria@example.com>')).toBe(false);
    expect(looksLikeHtml('<3 gracias')).toBe(false);
  });

  it('does not treat a lone script or image payload as an e-mail body', () => {
    expect(looksLikeHtml('<script>alert(1)</script>')).toBe(false);
    expect(looksLikeHtml('<img src=x onerror=alert(1)>')).toBe(false);
    expect(looksLikeHtml('<svg onload=alert(1)>')).toBe(false);
  });
});
