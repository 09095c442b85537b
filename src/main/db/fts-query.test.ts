import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from './store.ts';
import { toFtsQuery } from './fts-query.ts';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { testKey } from '../../../tests/fixtures/cache.ts';

describe('toFtsQuery', () => {
  it('quotes each word as a prefix term', () => {
    expect(toFtsQuery('router wifi')).toBe('"router"* "wifi"*');
  });

  it.each(['', '   ', '"', '***', 'AND', '(', ')', ':', '-', '🙂'])('turns %j into a query or nothing, never FTS syntax', (input) => {
    const query = toFtsQuery(input);
    if (query !== null) expect(query).toMatch(/^("[\p{L}\p{N}]+"\*( |$))+$/u);
  });

  it('drops FTS operators and column filters typed by users', () => {
    expect(toFtsQuery('title:factura NEAR(a b) "unbalanced')).toBe('"title"* "factura"* "NEAR"* "a"* "b"* "unbalanced"*');
  });
});

describe('searching the cache', () => {
  const dir = tempDir();
  let store: Store;

  beforeAll(() => {
    store = Store.open(`${dir.path}/search.db`, testKey());
    store.cases.upsert({
      id: 'c1', number: 1001, customer_id: 'cu1', channel: 'whatsapp', subject: 'Factura', status: 'open',
      assigned_to: 'lucia', priority: 'normal', language: 'es', reason: null, resolution: null, message_type: null,
      created_at: '2026-11-01T10:00:00Z', updated_at: '2026-11-01T10:00:00Z', waiting_since: null, version: 1,
      server_status: 'open', server_waiting_since: null, moved_to: null, continues_id: null, continues_number: null,
      continued_in_id: null, continued_in_number: null, server_reason: null, server_resolution: null, server_moved_to: null, identity_id: null,
    });
    const texts = ['Necesito información de mi factura', 'El módem no enciende', 'ÁRBOL de navidad con Ñandú'];
    texts.forEach((text, i) =>
      store.messages.upsert({ id: `m${i}`, case_id: 'c1', kind: 'customer', author: 'Ana', text, sent_at: `2026-11-01T10:0${i}:00Z`, state: 'sent', version: i + 1, promo: null }),
    );
  });
  afterAll(() => {
    store.close();
    dir.remove();
  });

  it('folds diacritics both ways: "informacion" finds "información"', () => {
    expect(store.messages.search('informacion').map((h) => h.messageId)).toEqual(['m0']);
    expect(store.messages.search('modem').map((h) => h.messageId)).toEqual(['m1']);
    expect(store.messages.search('nandu arbol').map((h) => h.messageId)).toEqual(['m2']);
  });

  it('matches prefixes, so a half-typed word already finds', () => {
    expect(store.messages.search('factu').map((h) => h.messageId)).toEqual(['m0']);
  });

  it.each(['"factura', 'factura AND', 'NOT', 'factura*)', 'a OR', '""', 'NEAR(', '^factura'])('never errors on %j', (input) => {
    expect(() => store.messages.search(input)).not.toThrow();
  });

  it('marks hits in snippets with control characters, not HTML', () => {
    const [hit] = store.messages.search('factura');
    expect(hit?.snippet).toContain('\u0002factura\u0003');
    expect(hit?.snippet).not.toMatch(/<b>/);
  });
});

describe('searching the knowledge base', () => {
  const dir = tempDir();
  let store: Store;
  const article = (id: string, title: string, body: string, version: number) =>
    store.knowledge.upsertArticle({ id, title, summary: '', body, tags: '[]', language: 'es', updated_at: '2026-11-01T10:00:00Z', version, revision: 1, url: null });

  beforeAll(() => {
    store = Store.open(`${dir.path}/kb.db`, testKey());
    article('kb-ciclos', 'Ciclos de facturación', 'Cada cuenta pertenece a un ciclo de facturación mensual.', 1);
    article('kb-router', 'Reiniciar el router', 'Desenchufá el módem y el router treinta segundos.', 2);
    article('kb-portabilidad', 'Portabilidad numérica', 'Para traer tu número desde otra compañía enviá PIN al 3733.', 3);
  });
  afterAll(() => {
    store.close();
    dir.remove();
  });

  const ids = (text: string) => store.knowledge.searchArticles(text).map((h) => h.id);

  it('ranks a title match first and tolerates plurals and missing accents', () => {
    expect(ids('facturacion')[0]).toBe('kb-ciclos');
    expect(ids('facturaciones')).toEqual(['kb-ciclos']);
    expect(ids('routers')).toEqual(['kb-router']);
    expect(ids('modem router')).toEqual(['kb-router']);
  });

  it('falls back to trigrams when a typo finds nothing by words', () => {
    expect(ids('portabilidda')[0]).toBe('kb-portabilidad');
    expect(ids('facutracion')[0]).toBe('kb-ciclos');
  });

  it('leaves out of the typo fallback the pieces most articles share, so they do not rank noise', () => {
    // "cio" and "ion" are in most articles here; only "cancelacion"'s rarer pieces tell them apart.
    const extra = ['Atención', 'Gestión', 'Facturación', 'Instalación', 'Información', 'Promoción'];
    extra.forEach((title, i) => article(`kb-extra-${i}`, title, `${title}: procedimiento de la sección.`, 10 + i));
    article('kb-baja', 'Cancelación del servicio', 'La cancelación se pide por escrito.', 20);
    try {
      expect(ids('cansel.acion')[0]).toBe('kb-baja');
      expect(ids('cansel.acion')).not.toContain('kb-extra-0');
      // When every piece is common, the rarest still give an answer rather than nothing.
      expect(ids('ccion').length).toBeGreaterThan(0);
    } finally {
      extra.forEach((_, i) => store.knowledge.removeArticle(`kb-extra-${i}`));
      store.knowledge.removeArticle('kb-baja');
    }
  });

  it('returns nothing rather than an error for syntax or noise', () => {
    expect(ids('"unbalanced AND (')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('zzzz qqqq')).toEqual([]);
  });
});
