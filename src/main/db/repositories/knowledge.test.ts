// The template list is kept between lookups; every way templates or their uses change must
// show in the next lookup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { tempDir } from '../../../../tests/fixtures/sandbox.ts';
import type { TemplateRow } from './knowledge.ts';
import { testKey } from '../../../../tests/fixtures/cache.ts';

const key = testKey();
let dir: ReturnType<typeof tempDir>;
let store: Store;

beforeEach(() => {
  dir = tempDir();
  store = Store.open(`${dir.path}/cache.db`, key);
});
afterEach(() => {
  store.close();
  dir.remove();
});

const row = (id: string, title: string, version = 1): TemplateRow => ({
  id, title, shortcut: null, language: 'es', channels: null, team: null, body: 'Hola',
  updated_at: '2026-11-01T00:00:00Z', version, owner: null,
});
const titles = () => store.knowledge.templateCandidates('lucia', null).map((t) => t.title).sort();

describe('template candidates', () => {
  it('are read once while nothing changes', () => {
    store.knowledge.upsertTemplate(row('saludo', 'Saludo'));
    expect(store.knowledge.templateCandidates('lucia', null)).toBe(store.knowledge.templateCandidates('lucia', null));
  });

  it('follow every change made through the repository', () => {
    store.knowledge.upsertTemplate(row('saludo', 'Saludo'));
    expect(titles()).toEqual(['Saludo']);
    store.knowledge.upsertTemplate(row('saludo', 'Saludo cordial', 2));
    expect(titles()).toEqual(['Saludo cordial']);
    store.knowledge.saveLocalTemplate({ ...row('mio', 'Mío'), owner: 'lucia' });
    expect(titles()).toEqual(['Mío', 'Saludo cordial']);
    store.knowledge.dropUnconfirmedTemplate('mio');
    expect(titles()).toEqual(['Saludo cordial']);
    store.knowledge.recordUse(['saludo'], '2026-11-02T00:00:00Z');
    expect(store.knowledge.templateCandidates('lucia', null)[0]).toMatchObject({ uses: 1, lastUsedAt: '2026-11-02T00:00:00Z' });
    store.knowledge.removeTemplate('saludo');
    expect(titles()).toEqual([]);
  });

  it('are another agent’s or team’s list for another agent or team', () => {
    store.knowledge.upsertTemplate({ ...row('ventas', 'Ventas'), team: 'ventas' });
    expect(titles()).toEqual([]);
    expect(store.knowledge.templateCandidates('lucia', 'ventas').map((t) => t.title)).toEqual(['Ventas']);
  });

  it('are emptied with the synced data', () => {
    store.knowledge.upsertTemplate(row('saludo', 'Saludo'));
    expect(titles()).toEqual(['Saludo']);
    store.clearSyncedData();
    expect(titles()).toEqual([]);
  });

  it('show what another connection committed', () => {
    store.knowledge.upsertTemplate(row('saludo', 'Saludo'));
    expect(titles()).toEqual(['Saludo']);
    const other = Store.open(`${dir.path}/cache.db`, key);
    try {
      other.knowledge.upsertTemplate(row('saludo', 'Saludo cordial', 2));
    } finally {
      other.close();
    }
    expect(titles()).toEqual(['Saludo cordial']);
  });

  it('forget what a rolled-back transaction wrote', () => {
    store.knowledge.upsertTemplate(row('saludo', 'Saludo'));
    expect(() =>
      store.transaction(() => {
        store.knowledge.upsertTemplate(row('saludo', 'Saludo cordial', 2));
        expect(titles()).toEqual(['Saludo cordial']);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(titles()).toEqual(['Saludo']);
  });
});

describe('the server’s copy of a personal template', () => {
  const mine = (title: string, version = 1): TemplateRow => ({ ...row('mio', title, version), owner: 'lucia' });

  it('follows every pull, and comes back when the agent’s edit or delete is refused', () => {
    store.knowledge.upsertTemplate(mine('Mío'));
    store.knowledge.upsertTemplate(mine('Mío, versión 2', 2));
    const server = store.knowledge.template('mio');
    expect(server).toMatchObject({ title: 'Mío, versión 2', version: 2, owner: 'lucia' });
    store.knowledge.saveLocalTemplate({ ...mine('Editado aquí'), updated_at: 'later' });
    store.knowledge.revertTemplateToServer('mio');
    expect(store.knowledge.template('mio')).toEqual(server);
    store.knowledge.removeLocalTemplate('mio');
    expect(titles()).toEqual([]);
    store.knowledge.revertTemplateToServer('mio');
    expect(titles()).toEqual(['Mío, versión 2']);
  });

  it('is forgotten when the server deletes the template or the cache is rebuilt', () => {
    store.knowledge.upsertTemplate(mine('Mío'));
    store.knowledge.removeTemplate('mio');
    store.knowledge.revertTemplateToServer('mio');
    expect(titles()).toEqual([]);
    store.knowledge.upsertTemplate(mine('Mío'));
    store.clearSyncedData();
    store.knowledge.revertTemplateToServer('mio');
    expect(titles()).toEqual([]);
  });

  it('is none for a template the server never had, which leaves the list', () => {
    const { version: _, ...fresh } = mine('Nuevo');
    store.knowledge.saveLocalTemplate(fresh);
    store.knowledge.revertTemplateToServer('mio');
    expect(titles()).toEqual([]);
  });
});
