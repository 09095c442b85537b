// What any ServerStore must do, whatever its engine: SQLite runs it in sqlite-store.test.ts, and
// a PostgreSQL store will run the same suite against its own database.
import { describe, expect, it } from 'vitest';
import type { ServerStore } from './store.ts';

export function storeContract(engine: string, open: () => ServerStore): void {
  describe(`${engine} store contract`, () => {
    it('keeps what a transaction wrote, and nothing of one that threw', async () => {
      const store = open();
      await store.transaction(async (tx) => {
        await tx.pushLog.addClient('client-a', 'lucia');
        await tx.pushLog.advance('client-a', 2);
        await tx.pushLog.log({ clientId: 'client-a', seq: 2, mutationId: 'm-2', name: 'send_reply', status: 'conflict', reason: 'not_assigned', message: null, at: '2026-03-10T10:00:00.000Z' });
      });
      await expect(store.transaction(async (tx) => {
        await tx.pushLog.advance('client-a', 9);
        throw new Error('refused');
      })).rejects.toThrow('refused');
      await store.transaction(async (tx) => {
        expect(await tx.pushLog.client('client-a')).toEqual({ username: 'lucia', lastSeq: 2 });
        expect(await tx.pushLog.logged('client-a', 2)).toEqual({ mutationId: 'm-2', status: 'conflict', reason: 'not_assigned', message: null });
        expect(await tx.pushLog.logged('client-a', 1)).toBeUndefined();
      });
    });

    it('gives every write a newer version', async () => {
      const store = open();
      await store.transaction(async (tx) => {
        expect(await tx.settings.value('business_hours')).toBeUndefined();
        const first = await tx.settings.put('business_hours', { alwaysOpen: true });
        const block = await tx.blocks.add({ id: 'b-1', channel: 'whatsapp', handle: '+54 9 11', reason: 'spam', by: 'lucia', at: '2026-03-10T10:00:00.000Z' });
        const second = await tx.settings.put('business_hours', { alwaysOpen: false });
        expect(block).toBeGreaterThan(first);
        expect(second).toBeGreaterThan(block);
        expect(await tx.settings.version('business_hours')).toBe(second);
        expect(await tx.settings.value('business_hours')).toEqual({ alwaysOpen: false });
      });
    });

    it('finds an active block by sender, whatever the case of the handle, until it is lifted', async () => {
      const store = open();
      await store.transaction(async (tx) => {
        await tx.blocks.add({ id: 'b-1', channel: 'x_dm', handle: '@Ofertas', reason: 'spam', by: 'lucia', at: '2026-03-10T10:00:00.000Z' });
        expect(await tx.blocks.active('x_dm', '@ofertas')).toEqual({ id: 'b-1' });
        await tx.blocks.lift('b-1', '2026-03-10T11:00:00.000Z');
        expect(await tx.blocks.active('x_dm', '@Ofertas')).toBeUndefined();
        expect(await tx.blocks.get('b-1')).toEqual({ id: 'b-1', unblockedAt: '2026-03-10T11:00:00.000Z' });
      });
    });

    it('binds client ids to devices, and takes one of a user’s client ids for its device', async () => {
      const store = open();
      await store.transaction(async (tx) => {
        for (const clientId of ['client-a', 'client-a2']) {
          await tx.pushLog.addClient(clientId, 'lucia');
          await tx.pushLog.bindDevice(clientId, 'device-a');
        }
        expect(await tx.pushLog.device('client-a2')).toEqual({ deviceId: 'device-a', revokedAt: null });
        expect(await tx.pushLog.device('client-z')).toBeUndefined();
      });
      // Signed in with its current client id, the console's token joins its device; another user's cannot.
      await store.sessions.issue({ token: 't-1', username: 'lucia', deviceId: 'client-a2', at: '2026-03-10T10:00:00.000Z' });
      await store.sessions.issue({ token: 't-2', username: 'lucia', deviceId: 'device-b', at: '2026-03-10T10:00:00.000Z' });
      await store.sessions.issue({ token: 't-3', username: 'mateo', deviceId: 'client-a', at: '2026-03-10T10:00:00.000Z' });
      expect(await store.sessions.end('lucia', 'client-a', 'revoked')).toBe(1);
      expect(await store.sessions.revokeClients('lucia', 'client-a', '2026-03-10T11:00:00.000Z')).toBe(2);
      expect(await store.sessions.end('lucia', 'device-b', 'expired')).toBe(1);
      expect(await store.sessions.end('mateo', 'client-a', 'expired')).toBe(1);
      await store.transaction(async (tx) => {
        expect(await tx.pushLog.device('client-a')).toEqual({ deviceId: 'device-a', revokedAt: '2026-03-10T11:00:00.000Z' });
      });
    });

    it('keeps personal templates with their author until removed', async () => {
      const store = open();
      await store.transaction(async (tx) => {
        await tx.templates.savePersonal({
          id: 'tpl-1', title: 'Saludo', shortcut: 'hola', language: 'es', channels: null, body: 'Hola', owner: 'lucia', at: '2026-03-10T10:00:00.000Z',
        });
        expect(await tx.templates.owner('tpl-1')).toEqual({ owner: 'lucia' });
        expect(await tx.templates.remove('tpl-1')).toBe(true);
        expect(await tx.templates.remove('tpl-1')).toBe(false);
        expect(await tx.templates.owner('tpl-1')).toBeUndefined();
      });
    });
  });
}
