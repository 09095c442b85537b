import { describe, expect, it } from 'vitest';
import { answerSection, articlePart, plainText } from './articles.ts';

const BODY = `# Ciclos de facturación

| Ciclo | Cierre |
|---|---|
| 1 | día 1 |

## Respuesta
Tu cuenta está en el ciclo {{field:ciclo}}: la factura **cierra** el día {{field:cierre}}.
La podés descargar desde [Mi Conecta](https://conecta.example.com/mi-conecta).

## Pasos
1. Buscá al cliente.`;

describe('answerSection', () => {
  it('takes the text under the answer heading, up to the next heading, as plain text', () => {
    expect(answerSection(BODY)).toBe(
      'Tu cuenta está en el ciclo {{field:ciclo}}: la factura cierra el día {{field:cierre}}.\n' +
        'La podés descargar desde Mi Conecta (https://conecta.example.com/mi-conecta).',
    );
  });

  it('finds English and Portuguese headings, any level, and keeps deeper sub-headings inside', () => {
    expect(answerSection('## Answer\nRestart the router.\n### Note\nWait 30 s.\n## Steps\nx')).toBe('Restart the router.\nNote\nWait 30 s.');
    expect(answerSection('### Resposta:\nReinicie o roteador.')).toBe('Reinicie o roteador.');
  });

  it('is null when there is no answer section, or it is empty', () => {
    expect(answerSection('# Título\nTexto para agentes.')).toBeNull();
    expect(answerSection('## Respuesta\n\n## Pasos\n1. x')).toBeNull();
  });
});

describe('plainText', () => {
  it('drops Markdown marks and keeps the words', () => {
    expect(plainText('- **Importante:** _no_ pidas la `clave`\n- otra')).toBe('• Importante: no pidas la clave\n• otra');
  });

  it('keeps underscores inside words and a bare link once', () => {
    expect(plainText('El campo numero_cliente en [https://x.example](https://x.example)')).toBe('El campo numero_cliente en https://x.example');
  });

  it('leaves HTML as the text it is: the composer inserts text, never markup', () => {
    expect(plainText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('articlePart', () => {
  const article = { title: 'Ciclos de facturación', summary: 'Tres ciclos mensuales.', body: BODY, url: 'https://conecta.example.com/ayuda/ciclos' };

  it('gives the answer, the summary or a titled link', () => {
    expect(articlePart(article, 'answer')).toMatch(/^Tu cuenta está en el ciclo/);
    expect(articlePart(article, 'summary')).toBe('Tres ciclos mensuales.');
    expect(articlePart(article, 'link')).toBe('Ciclos de facturación: https://conecta.example.com/ayuda/ciclos');
  });

  it('falls back to the summary without an answer section, and has no link for an internal article', () => {
    expect(articlePart({ ...article, body: '# Solo pasos' }, 'answer')).toBe('Tres ciclos mensuales.');
    expect(articlePart({ ...article, url: null }, 'link')).toBeNull();
  });
});
