import { describe, expect, it } from 'vitest';
import type { Channel, Language } from './domain.ts';
import { fold, rankTemplates, type TemplateCandidate } from './template-search.ts';

const now = new Date('2026-11-23T12:00:00Z');
const base = { version: 1, language: 'es' as const, channels: null, body: 'Hola', uses: 0, lastUsedAt: null };
const templates: TemplateCandidate[] = [
  { ...base, id: 'baja', title: 'Retención: oferta ante pedido de baja', shortcut: 'baja' },
  { ...base, id: 'demora', title: 'Demora en la instalación', shortcut: 'demora' },
  { ...base, id: 'factura', title: 'Facturación: explicar cargos', shortcut: 'fact' },
  { ...base, id: 'delay-en', title: 'Installation delay', shortcut: 'delay', language: 'en' },
  { ...base, id: 'x-privado', title: 'Pasar a mensaje privado en X', shortcut: 'xdm', channels: ['x_mention'] },
  { ...base, id: 'largo', title: 'Explicación larga de facturación', shortcut: null, body: 'x'.repeat(400) },
];
const ids = (query: string, channel: Channel = 'whatsapp', language: Language = 'es', list = templates) =>
  rankTemplates(list, query, { channel, language, now }).map((m) => m.id);

describe('rankTemplates', () => {
  it('finds by shortcut code or title words, ignoring accents and case', () => {
    expect(ids('baja')[0]).toBe('baja');
    expect(ids('FACTURACION')[0]).toBe('factura');
    expect(ids('instalacion')[0]).toBe('demora');
  });

  it('tolerates missing letters when they come in order', () => {
    expect(ids('dmra')).toEqual(['demora']);
    expect(ids('zzz')).toEqual([]);
  });

  it('puts the case’s language first', () => {
    const delays = rankTemplates(templates, 'del', { channel: 'whatsapp', language: 'en', now }).map((m) => m.id);
    expect(delays[0]).toBe('delay-en');
  });

  it('ranks the agent’s own frequent, recent templates higher among equals', () => {
    const twins: TemplateCandidate[] = [
      { ...base, id: 'a', title: 'Saludo inicial', shortcut: 'saludo1' },
      { ...base, id: 'b', title: 'Saludo inicial', shortcut: 'saludo2', uses: 12, lastUsedAt: '2026-11-22T12:00:00Z' },
    ];
    expect(ids('saludo', 'whatsapp', 'es', twins)).toEqual(['b', 'a']);
  });

  it('flags templates for other channels and ones too long for this channel', () => {
    const onWhatsapp = rankTemplates(templates, 'privado', { channel: 'whatsapp', language: 'es', now });
    expect(onWhatsapp.find((m) => m.id === 'x-privado')).toMatchObject({ otherChannel: true });
    const onX = rankTemplates(templates, 'larga', { channel: 'x_mention', language: 'es', now });
    expect(onX.find((m) => m.id === 'largo')).toMatchObject({ tooLong: true });
    expect(rankTemplates(templates, 'larga', { channel: 'email', language: 'es', now })[0]).toMatchObject({ tooLong: false });
  });

  it('flags nothing without a channel (no case open), still ranking by language', () => {
    const all = rankTemplates(templates, '', { channel: null, language: 'es', now });
    expect(all).toHaveLength(templates.length);
    expect(all.filter((m) => m.tooLong || m.otherChannel)).toEqual([]);
    expect(all.at(-1)?.id).toBe('delay-en');
  });

  it('lists everything for an empty query, most useful first', () => {
    expect(ids('')).toHaveLength(templates.length);
  });
});

describe('fold', () => {
  it('folds accents and case', () => {
    expect(fold('Retención ÑANDÚ')).toBe('retencion nandu');
  });
});
