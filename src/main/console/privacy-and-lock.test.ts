// Notification privacy and the offline limit through the contract, as the window calls them: a
// standalone sandbox on loopback, the console controller and its handlers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, Operation, Output } from '../../shared/contract.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';
import { waitFor } from '../../../tests/fixtures/wait.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { createHandlers, type Handlers } from '../ipc/handlers.ts';
import { ConsoleController } from './controller.ts';
import type { CaseNotice } from './notifier.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let controller: ConsoleController;
let handlers: Handlers;
let notices: CaseNotice[];

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  notices = [];
  controller = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined, notify: (n) => notices.push(n) });
  handlers = createHandlers(controller, { openUrl: () => undefined, externalHosts: [] });
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
const write = async (caseId: string, text: string) => {
  const found = await call('getCase', { caseId });
  await sandbox.control('POST', '/v1/sandbox/inbound', { channel: found!.case.channel, customer: { name: 'X', handle: 'x' }, text, caseId });
};

/** case-008: Carolina Paz, a journalist marked as a public figure; case-001: Ana Gómez, who is not. */
const PUBLIC_FIGURE_CASE = 'case-008';
const PLAIN_CASE = 'case-001';

describe('notification privacy', () => {
  it('hides public figures’ names and text by default, and everyone’s when the agent asks', async () => {
    await connect();
    await synced();
    expect(await call('getNotificationPrivacy', {})).toEqual({ hideAll: false, hidePublicFigures: true });
    await write(PUBLIC_FIGURE_CASE, '¿Tienen novedades del corte? Lo publico esta tarde');
    await write(PLAIN_CASE, '¿Novedades del técnico?');
    await controller.current.syncOnce();
    expect(notices.find((n) => n.caseId === PUBLIC_FIGURE_CASE)).toMatchObject({ hidden: true, customerName: '', subject: '' });
    expect(notices.find((n) => n.caseId === PLAIN_CASE)).toMatchObject({ hidden: false, customerName: 'Ana Gómez' });

    expect(await call('setNotificationPrivacy', { hideAll: true, hidePublicFigures: true })).toEqual({ hideAll: true, hidePublicFigures: true });
    notices = [];
    await write(PLAIN_CASE, '¿Siguen ahí?');
    await controller.current.syncOnce();
    expect(notices).toMatchObject([{ caseId: PLAIN_CASE, hidden: true, customerName: '', subject: '' }]);
    // Kept with the profile: the next start reads it back.
    await controller.close();
    await connect();
    expect(await call('getNotificationPrivacy', {})).toEqual({ hideAll: true, hidePublicFigures: true });
  });
});

describe('the offline limit', () => {
  it('locks when the server’s clock says the last contact is 14 days old, keeps the outbox, and delivers it once after signing in again', async () => {
    await connect();
    await synced();
    // The laptop's clock agrees with nothing: only the server's says 15 days went by.
    await sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() + 15 * 86_400_000).toISOString() });
    // Queued before the console learns it: the push it sets off asks the server's clock first.
    const queued = await call('sendReply', { caseId: PLAIN_CASE, text: 'Te escribo después de las vacaciones' });
    await waitFor(() => controller.session().status?.state === 'locked', 'the lock');

    expect((await call('getSession', {})).status).toMatchObject({ state: 'locked', pending: 1 });
    await expect(call('listInbox', {})).rejects.toMatchObject({ code: 'cache_locked' });
    await expect(call('getCase', { caseId: PLAIN_CASE })).rejects.toMatchObject({ code: 'cache_locked' });
    expect((await sandbox.outbound()).filter((m) => m.mutationId === queued.mutationId)).toEqual([]);

    // Restarting does not open it either.
    await controller.close();
    await call('switchProfile', { id: (await call('getSession', {})).profiles[0]!.id });
    await expect(call('listInbox', {})).rejects.toMatchObject({ code: 'cache_locked' });

    await connect();
    await synced();
    expect((await call('listInbox', {})).length).toBeGreaterThan(0);
    await controller.current.syncOnce();
    expect((await sandbox.outbound()).filter((m) => m.mutationId === queued.mutationId)).toHaveLength(1);
  });
});
