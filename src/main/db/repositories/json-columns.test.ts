// JSON columns come back as domain values, checked: a damaged cache fails naming the table and
// column it found damaged, never passing on a value of the wrong shape.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/fixtures/sandbox.ts';
import { testKey } from '../../../../tests/fixtures/cache.ts';
import { Store } from '../store.ts';

let dir: ReturnType<typeof tempDir>;
let store: Store;
beforeEach(() => {
  dir = tempDir();
  store = Store.open(`${dir.path}/atiende.db`, testKey());
});
afterEach(() => {
  store.close();
  dir.remove();
});

const template = {
  id: 'tpl', title: 'Saludo', shortcut: null, language: 'es', channels: '["email","sms"]', team: null, body: 'Hola',
  updated_at: '2026-11-01T00:00:00Z', version: 1, owner: 'lucia',
};

describe('JSON columns', () => {
  it('read back as the domain’s values', () => {
    store.knowledge.upsertTemplate(template);
    expect(store.knowledge.template('tpl')).toMatchObject({ channels: ['email', 'sms'], updatedAt: '2026-11-01T00:00:00Z' });
    store.local.saveDraft('case-1', { text: 'Hola', templates: [{ id: 'tpl', version: 1 }], articles: [], holes: ['pedido'] }, 'now');
    expect(store.local.draft('case-1')).toEqual({ text: 'Hola', templates: [{ id: 'tpl', version: 1 }], articles: [], holes: ['pedido'] });
    store.reference.upsertSetting({ id: 'doc', value: '{"version":1}', version: 1 });
    expect(store.reference.setting('doc')).toEqual({ version: 1 });
  });

  it('keep a draft saved before its sources were all kept', () => {
    store.local.saveDraft('case-1', { text: 'Hola', templates: [], articles: [], holes: [] }, 'now');
    store.db.prepare(`UPDATE drafts SET sources = '{"templates":[{"id":"tpl","version":2}]}'`).run();
    expect(store.local.draft('case-1')).toEqual({ text: 'Hola', templates: [{ id: 'tpl', version: 2 }], articles: [], holes: [] });
  });

  it('name the table and column when damaged', () => {
    store.knowledge.upsertTemplate(template);
    store.db.prepare(`UPDATE templates SET channels = '["email","pigeon"]'`).run();
    expect(() => store.knowledge.template('tpl')).toThrow(/templates\.channels of an unexpected shape/);
    expect(() => store.knowledge.templateCandidates('lucia', null)).toThrow(/templates\.channels/);

    store.local.saveDraft('case-1', { text: 'Hola', templates: [], articles: [], holes: [] }, 'now');
    store.db.prepare(`UPDATE drafts SET sources = '{"holes":"pedido"}'`).run();
    expect(() => store.local.draft('case-1')).toThrow(/drafts\.sources of an unexpected shape/);

    store.reference.upsertSetting({ id: 'doc', value: '{"version":1}', version: 1 });
    store.db.prepare(`UPDATE settings SET value = '{"version":'`).run();
    expect(() => store.reference.setting('doc')).toThrow(/settings\.value that is not JSON/);
  });
});
