// A console whose device an administrator revoked: the next sync wipes the profile, and the
// console goes back to its first run, ready for a sign-in, instead of keeping closed services
// that answer every call with a closed database.
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, Operation, Output } from '../../shared/contract.ts';
import type { AppEvent } from '../../shared/events.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';
import { waitFor } from '../../../tests/fixtures/wait.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { createHandlers, type Handlers } from '../ipc/handlers.ts';
import { profileFiles } from '../profiles.ts';
import { ConsoleController } from './controller.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let controller: ConsoleController;
let handlers: Handlers;
let events: AppEvent[];

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  events = [];
  controller = new ConsoleController({ profilesRoot: dir.path, emit: (e) => events.push(e) });
  handlers = createHandlers(controller, { openUrl: () => undefined });
});
afterEach(async () => {
  await controller.close();
  await sandbox.stop();
  dir.remove();
});

const call = async <O extends Operation>(op: O, input: Input<O>): Promise<Output<O>> => {
  const result = await dispatch(handlers, op, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as Output<O>;
};
const connect = () => call('connect', { server: sandbox.url, username: 'lucia', password: 'sandbox' });
const synced = () => waitFor(() => controller.current.engine.status.lastSyncedAt !== null && controller.current.engine.status.state === 'idle', 'a sync');

describe('a revoked device', () => {
  it('is wiped and the console is back at its first run; signing in again works', async () => {
    await connect();
    await synced();
    const profileDir = controller.current.profileDir;
    const [first] = await call('listInbox', {});
    await call('saveDraft', { caseId: first!.id, text: 'A medio escribir' });

    await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia' });
    await call('syncNow', {});
    await waitFor(() => events.find((e) => e.type === 'session'), 'the session to end');

    expect(events.find((e) => e.type === 'session')).toEqual({ type: 'session', ended: 'revoked' });
    expect(events.some((e) => e.type === 'sync' && e.status.state === 'revoked')).toBe(true);
    expect(await call('getSession', {})).toEqual({ profile: null, status: null, profiles: [] });
    for (const file of Object.values(profileFiles(profileDir))) expect(existsSync(file)).toBe(false);
    // A call now says there is no profile, in words the window has a sentence for.
    await expect(call('listInbox', {})).rejects.toMatchObject({ code: 'no_profile' });
    await expect(call('getDraft', { caseId: first!.id })).rejects.toMatchObject({ code: 'no_profile' });

    // The next start opens on the first run too.
    const next = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined });
    expect(await next.resume()).toMatchObject({ profile: null, profiles: [] });
    await next.close();

    // The agent signs in again from the first run: a new cache, synced from scratch.
    expect(await connect()).toMatchObject({ profile: { username: 'lucia' } });
    await synced();
    expect((await call('listInbox', {})).length).toBeGreaterThan(0);
    expect(await call('getDraft', { caseId: first!.id })).toEqual({ text: '', templates: [], articles: [], holes: [] });
  });

  it('leaves another console of the same agent signed in when only one device is revoked', async () => {
    await connect();
    await synced();
    const otherDir = tempDir();
    const other = new ConsoleController({ profilesRoot: otherDir.path, emit: () => undefined });
    try {
      await other.connect({ server: sandbox.url, username: 'lucia', password: 'sandbox' });
      await waitFor(() => other.current.engine.status.lastSyncedAt !== null, 'the other console’s sync');
      await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia', deviceId: controller.current.engine.clientId });
      await call('syncNow', {});
      await waitFor(() => events.find((e) => e.type === 'session'), 'the session to end');
      expect((await call('getSession', {})).profile).toBeNull();
      await other.current.syncOnce();
      expect(other.session().profile).toMatchObject({ username: 'lucia' });
    } finally {
      await other.close();
      otherDir.remove();
    }
  });
});
