// An opening case's newest messages: the thread's last ones, in the thread's order, even when
// several share a time or arrived out of order.
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../store.ts';
import { cacheFiles, testKey } from '../../../../tests/fixtures/cache.ts';

const files = cacheFiles();
afterEach(files.removeAll);

function openWithCase(): Store {
  const store = Store.open(files.fresh(), testKey());
  store.db.prepare(
    `INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at, version, server_status)
     VALUES ('c1', 1001, 'cu1', 'whatsapp', 'Factura', 'open', 'normal', 'es', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', 1, 'open')`,
  ).run();
  return store;
}

/** Message `n`, three to a minute, so the newest page's edge falls between equal times. */
const message = (store: Store, n: number) =>
  store.messages.upsert({
    id: `m${n}`, case_id: 'c1', kind: n % 2 ? 'customer' : 'reply', author: 'Ana', text: `Mensaje ${n}`,
    sent_at: new Date(Date.UTC(2026, 10, 1, 10) + Math.floor(n / 3) * 60_000).toISOString(), state: 'sent', version: 1, promo: null,
  });

describe('a case’s newest messages', () => {
  it('are the thread’s last ones in its order, with how many come before', () => {
    const store = openWithCase();
    try {
      // Arrived out of order: the later half first.
      for (let n = 31; n <= 60; n++) message(store, n);
      for (let n = 1; n <= 30; n++) message(store, n);
      const thread = store.messages.thread('c1');
      const newest = store.messages.newest('c1', 20);
      expect(thread).toHaveLength(60);
      expect(newest.messages).toEqual(thread.slice(-20));
      expect(newest.earlier).toBe(40);
    } finally {
      store.close();
    }
  });

  it('are the whole thread when it is short', () => {
    const store = openWithCase();
    try {
      for (let n = 1; n <= 5; n++) message(store, n);
      expect(store.messages.newest('c1', 20)).toEqual({ messages: store.messages.thread('c1'), earlier: 0 });
    } finally {
      store.close();
    }
  });
});
