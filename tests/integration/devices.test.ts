// A push's client id belongs to a device: the one whose token first pushed with it. A console
// signs in with its client id as device id, so its fresh client id after a sequence gap, and its
// next sign-in, stay the same device; revoking the device stops every outbox of it. On either
// engine (the sandbox's SQLite, an organisation's PostgreSQL).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE_SERVERS, type ServerUnderTest } from '../fixtures/servers.ts';
import { ApiClient } from '../../src/main/sync/api-client.ts';

describe.each(ENGINE_SERVERS)('on $engine', (engine) => {
  let server: ServerUnderTest;
  /** Each outbox numbers its pushes, whichever token sends them. */
  let seqs: Map<string, number>;

  beforeEach(async () => {
    server = await engine.start();
    seqs = new Map();
  });
  afterEach(() => server.stop());

  /** lucia signed in on a device: `deviceId` is the console's client id, as the console sends it. */
  async function signIn(deviceId?: string) {
    let token = '';
    const api = new ApiClient({ baseUrl: server.url, token: () => token });
    token = (await api.login('lucia', 'sandbox', deviceId)).token;
    /** A reply on case-001 from the outbox `clientId`. */
    const reply = async (clientId: string, text: string) => {
      const seq = (seqs.get(clientId) ?? 0) + 1;
      seqs.set(clientId, seq);
      const args = { caseId: 'case-001', messageId: randomUUID(), text };
      return (await api.push(clientId, [{ seq, id: randomUUID(), name: 'send_reply', args, baseVersion: null }])).results[0];
    };
    return { reply };
  }

  /** What went out to customers, in the order it was written. */
  const outbound = () => server.sql.rows<{ text: string; clientId: string | null }>('SELECT text, client_id AS "clientId" FROM outbound ORDER BY id');
  const delivered = async () => (await outbound()).map((m) => m.text);

  describe('client ids bound to devices', () => {
    it("refuses a push with another device's client id, and applies nothing of it", async () => {
      const laptop = await signIn('console-a');
      expect(await laptop.reply('console-a', 'desde la notebook')).toMatchObject({ status: 'applied' });
      const other = await signIn('console-b');
      await expect(other.reply('console-a', 'HIJACKED')).rejects.toMatchObject({ kind: 'rejected_request', details: { status: 403 }, message: expect.stringContaining('another device') });
      // A token signed in without a device id is a device of its own.
      const bare = await signIn();
      await expect(bare.reply('console-a', 'HIJACKED')).rejects.toMatchObject({ details: { status: 403 } });
      expect(await delivered()).toEqual(['desde la notebook']);
    });

    it("keeps a console's fresh client id after a sequence gap, and its next sign-in, on its device", async () => {
      const laptop = await signIn('console-a');
      expect(await laptop.reply('console-a', 'uno')).toMatchObject({ status: 'applied' });
      // After a gap the console numbers a new client id from 1, with the same token.
      expect(await laptop.reply('console-a2', 'dos')).toMatchObject({ status: 'applied' });
      // Its session expired, it signs in again with its current client id as device id.
      const again = await signIn('console-a2');
      expect(await again.reply('console-a2', 'tres')).toMatchObject({ status: 'applied' });
      expect(await again.reply('console-a', 'cuatro')).toMatchObject({ status: 'applied' });
      expect(await delivered()).toEqual(['uno', 'dos', 'tres', 'cuatro']);
    });

    it('revokes the console that sent a message: its tokens and every client id of its device, not the other devices', async () => {
      const laptop = await signIn('console-a');
      await laptop.reply('console-a', 'uno');
      await laptop.reply('console-a2', 'dos');
      const desktop = await signIn('console-b');
      await desktop.reply('console-b', 'desde la oficina');

      // The trainer names the console by the client id that sent "dos".
      const sender = (await outbound()).find((m) => m.text === 'dos')!.clientId!;
      expect(await server.endSessions('revoked', 'lucia', sender)).toBe(1);
      await expect(laptop.reply('console-a', 'tres')).rejects.toMatchObject({ kind: 'device_revoked' });

      // Signing in again as that device does not bring its outboxes back.
      const back = await signIn('console-a');
      await expect(back.reply('console-a2', 'tres')).rejects.toMatchObject({ kind: 'device_revoked' });
      await expect(back.reply('console-a', 'tres')).rejects.toMatchObject({ kind: 'device_revoked' });
      expect(await desktop.reply('console-b', 'sigo')).toMatchObject({ status: 'applied' });
      expect(await delivered()).toEqual(['uno', 'dos', 'desde la oficina', 'sigo']);
    });
  });
});
