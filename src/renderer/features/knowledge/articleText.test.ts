import { describe, expect, it } from 'vitest';
import { hostOf, openableUrl, withoutTitleHeading } from './articleText.ts';

describe('openableUrl', () => {
  it('keeps absolute http and https addresses', () => {
    expect(openableUrl('https://conecta.example.com/mi-conecta')).toBe('https://conecta.example.com/mi-conecta');
    expect(openableUrl('http://www.speedtest.net')).toBe('http://www.speedtest.net/');
  });

  it('refuses scripts, data, files, relative links and junk', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>x</script>',
      'vbscript:x', 'file:///etc/passwd', 'mailto:prensa@conecta.example.com', '/ayuda', '#pasos', 'conecta.example.com', '', null, undefined]) {
      expect(openableUrl(href), String(href)).toBeNull();
    }
  });
});

describe('hostOf', () => {
  it('names the host of a link', () => {
    expect(hostOf('https://www.speedtest.net/run?x=1')).toBe('www.speedtest.net');
    expect(hostOf('not a url')).toBe('not a url');
  });
});

describe('withoutTitleHeading', () => {
  it('drops a first heading that repeats the title', () => {
    expect(withoutTitleHeading('# Medios de pago\n\n| Medio |', 'Medios de pago')).toBe('\n| Medio |');
    expect(withoutTitleHeading('# Medios de pago', 'medios de pago')).toBe('');
  });

  it('keeps other headings and bodies without one', () => {
    expect(withoutTitleHeading('# Otra cosa\ntexto', 'Medios de pago')).toBe('# Otra cosa\ntexto');
    expect(withoutTitleHeading('## Medios de pago\ntexto', 'Medios de pago')).toBe('## Medios de pago\ntexto');
    expect(withoutTitleHeading('Texto', 'Texto')).toBe('Texto');
  });
});
