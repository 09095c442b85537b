// The outbox hands out each pending row parsed once; a row it cannot read is still handed out
// (the server judges it, so the seq has no hole) but carries no mutation for a module to touch.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/fixtures/sandbox.ts';
import { Store } from '../store.ts';
import { testKey } from '../../../../tests/fixtures/cache.ts';

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

const append = (name: string, args: unknown) =>
  store.outbox.append({ id: crypto.randomUUID(), name, args, baseVersion: null, createdAt: '2026-11-20T10:00:00.000Z' });

describe('pending mutations', () => {
  it('come parsed with the protocol’s schema, typed by their name', () => {
    append('delete_template', { templateId: 't1' });
    const [pending] = store.outbox.pending();
    expect(pending).toMatchObject({ stored: { name: 'delete_template', args: { templateId: 't1' } }, mutation: { name: 'delete_template', args: { templateId: 't1' } } });
  });

  it('that no longer parse are handed out as stored, with no mutation, never a crash', () => {
    append('launch_rocket', {});
    append('set_status', { caseId: 'c1', status: 'closed' });
    store.db.prepare("UPDATE outbox SET args = '{not json' WHERE seq = ?").run(append('send_reply', { caseId: 'c1' }));
    expect(store.outbox.pending().map((p) => [p.stored.name, p.mutation])).toEqual([['launch_rocket', null], ['set_status', null], ['send_reply', null]]);
    expect(store.outbox.pending()[2]?.stored.args).toBeNull();
    expect(store.outbox.list().map((m) => m.args)).toEqual([{}, { caseId: 'c1', status: 'closed' }, null]);
  });
});

describe('the count of pending changes', () => {
  it('is what waits for the server, whatever the answered rows kept for the record', () => {
    const seqs = [append('delete_template', { templateId: 't1' }), append('delete_template', { templateId: 't2' }), append('delete_template', { templateId: 't3' })];
    store.db.prepare("UPDATE outbox SET status = 'applied' WHERE seq = ?").run(seqs[0]);
    store.db.prepare("UPDATE outbox SET status = 'rejected' WHERE seq = ?").run(seqs[1]);
    expect(store.outbox.pendingCount()).toBe(1);
    expect(store.outbox.pendingCount()).toBe(store.outbox.counts().pending);
  });
});
