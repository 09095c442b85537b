// One auto-reply per case and closed window, however many consoles hold the case, whatever
// happens to them, and whatever their laptops' clocks say.
import { describe, expect, it } from 'vitest';
import { BA, withOutOfHours } from '../../../tests/fixtures/out-of-hours.ts';
import { openProfile, reopenProfile, type TestProfile } from '../../../tests/fixtures/services.ts';

const world = withOutOfHours();
const autoRepliesIn = (profile: TestProfile, caseId: string) =>
  profile.services.store.messages.thread(caseId).filter((m) => m.kind === 'auto_reply');

/** Lucía's second computer: her own profile folder, so its own client id. */
async function secondConsole(): Promise<TestProfile> {
  const other = await openProfile(world.sandbox, `${world.dir.path}/lucia-2`);
  await other.services.syncOnce();
  return other;
}

/** The push cannot get through this cycle: what the pull queued stays in the outbox. */
const pushFails = () => world.sandbox.fault({ route: 'push', status: 503, times: 5 });

describe('two consoles holding the case', () => {
  it('send one: the second pulls the first’s auto-reply and knows the window is answered', async () => {
    const other = await secondConsole();
    try {
      await world.at('2026-03-10T23:00:00');
      const { caseId, messageId } = await world.writes('Hola, ¿hay alguien?');
      await world.lucia.services.syncOnce();
      expect((await other.services.syncOnce()).autoReplies).toBe(0);
      expect(other.services.store.autoReplies.decision(messageId)).toMatchObject({ decision: 'skip', reason: 'already_sent' });
      expect(await world.autoReplies()).toEqual([expect.objectContaining({ caseId, clientId: world.lucia.services.engine.clientId })]);
      expect(autoRepliesIn(other, caseId)).toHaveLength(1);
    } finally {
      other.services.close();
    }
  });

  it('send one when both queued it: the server refuses the later, which is settled out of the agent’s sight', async () => {
    const other = await secondConsole();
    try {
      await world.at('2026-03-10T23:00:00');
      const { caseId } = await world.writes('Hola, ¿hay alguien?');
      await pushFails();
      await expect(world.lucia.services.syncOnce()).rejects.toThrow();
      expect(world.lucia.services.store.outbox.list('pending')).toMatchObject([{ name: 'send_auto_reply', args: { caseId } }]);
      expect(autoRepliesIn(world.lucia, caseId)).toEqual([expect.objectContaining({ state: 'queued' })]);

      await other.services.syncOnce();
      await world.lucia.services.syncOnce();
      expect(await world.autoReplies()).toEqual([expect.objectContaining({ caseId, clientId: other.services.engine.clientId })]);
      expect(world.lucia.services.store.outbox.list()).toMatchObject([{ name: 'send_auto_reply', status: 'conflict', reason: 'already_auto_replied' }]);
      // Never shown as a refused change, nor as a second notice in the thread.
      expect(world.lucia.services.store.outbox.forCase(caseId)).toEqual([]);
      expect(autoRepliesIn(world.lucia, caseId)).toEqual([expect.objectContaining({ author: 'Conecta', state: 'sent' })]);
      expect(world.lucia.services.engine.status.pending).toBe(0);
    } finally {
      other.services.close();
    }
  });
});

describe('a restart', () => {
  it('sends an auto-reply queued but not pushed before it, once', async () => {
    await world.at('2026-03-10T23:00:00');
    const { caseId, messageId } = await world.writes('Necesito ayuda con el módem');
    await pushFails();
    await expect(world.lucia.services.syncOnce()).rejects.toThrow();
    world.lucia.services.close();

    world.lucia = await reopenProfile(`${world.dir.path}/lucia`);
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(await world.autoReplies()).toEqual([expect.objectContaining({ caseId })]);
    expect(world.lucia.services.store.outbox.list()).toMatchObject([{ name: 'send_auto_reply', status: 'applied' }]);
    expect(world.lucia.services.store.autoReplies.decision(messageId)).toMatchObject({ decision: 'send' });
  });

  it('sends again one whose answer was lost, and the server delivers it once', async () => {
    await world.at('2026-03-10T23:00:00');
    const { caseId } = await world.writes('Necesito ayuda con el módem');
    await world.sandbox.fault({ route: 'push', dropAfterApply: true });
    await world.sandbox.fault({ route: 'push', status: 503, times: 4 });
    await expect(world.lucia.services.syncOnce()).rejects.toThrow();
    world.lucia.services.close();

    world.lucia = await reopenProfile(`${world.dir.path}/lucia`);
    const summary = await world.lucia.services.syncOnce();
    expect(summary.pushed).toMatchObject({ already_applied: 1, conflict: 0 });
    expect(await world.autoReplies()).toEqual([expect.objectContaining({ caseId })]);
    expect(autoRepliesIn(world.lucia, caseId)).toHaveLength(1);
  });
});

describe('the laptop’s clock', () => {
  it('does not matter: decisions and the queued auto-reply go by the server’s clock', async () => {
    // This laptop says it is Wednesday 10:00, open; the server says Tuesday 23:00.
    const laptop = () => new Date(BA('2026-03-11T10:00:00'));
    world.lucia.services.close();
    world.lucia = await reopenProfile(`${world.dir.path}/lucia`, {}, laptop);
    await world.at('2026-03-10T23:00:00');
    const { caseId, messageId } = await world.writes('¿Están atendiendo?');
    await world.lucia.services.syncOnce();

    const decided = world.lucia.services.store.autoReplies.decision(messageId);
    expect(decided).toMatchObject({ decision: 'send', decided_at: expect.stringMatching(/^2026-03-11T02:00:/) });
    const [queued] = world.lucia.services.store.outbox.list();
    expect(queued).toMatchObject({ name: 'send_auto_reply', createdAt: decided?.decided_at });
    expect(await world.autoReplies()).toEqual([expect.objectContaining({ caseId, text: expect.stringContaining('mañana miércoles a las 9:00') })]);
    // What the agent does keeps this laptop's clock: the skew reached the console.
    world.lucia.services.commands.sendReply(caseId, 'Hola Ana, te leo. Saludos, Lucía');
    expect(world.lucia.services.store.outbox.list('pending')).toMatchObject([{ name: 'send_reply', createdAt: laptop().toISOString() }]);
  });
});
