import { describe, expect, it } from 'vitest';
import { suggestTemplates, topicWords } from './suggestions.ts';

describe('topicWords', () => {
  it('keeps the words that carry the topic, accents folded, most frequent first', () => {
    expect(topicWords(['Hola, quiero darme de BAJA del servicio', 'gracias, la baja es urgente'])).toEqual(['baja', 'servicio', 'urgente', 'darme']);
  });

  it('finds nothing in courtesy alone', () => {
    expect(topicWords(['hola', 'gracias!!', '👍'])).toEqual([]);
  });
});

describe('suggestTemplates', () => {
  const base = { version: 1, shortcut: null, language: 'es' as const, channels: null, uses: 0, lastUsedAt: null };
  it('ranks templates by how many topic words they share', () => {
    const list = [
      { ...base, id: 'factura', title: 'Factura', body: 'Revisamos tu factura.' },
      { ...base, id: 'baja', title: 'Proceso de baja', body: 'Para la baja del servicio…' },
    ];
    expect(suggestTemplates(list, ['baja', 'servicio']).map((t) => t.id)).toEqual(['baja']);
    expect(suggestTemplates(list, ['facturas']).map((t) => t.id)).toEqual(['factura']);
  });
});
