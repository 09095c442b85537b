// The out-of-hours engine as pulls run it: real SQLite, the real sandbox server on loopback,
// its clock set to fixed instants in Buenos Aires. Which messages get an auto-reply, and why not.
import { describe, expect, it } from 'vitest';
import { BA, withOutOfHours } from '../../../tests/fixtures/out-of-hours.ts';
import { openProfile } from '../../../tests/fixtures/services.ts';

const world = withOutOfHours();
const store = () => world.lucia.services.store;
const sync = () => world.lucia.services.syncOnce();
const reasonFor = (messageId: string) => {
  const decided = store().autoReplies.decision(messageId);
  return decided && (decided.decision === 'send' ? 'send' : decided.reason);
};
/**
 * The customer writes in the afternoon, the agent does `act` (at `when`), the customer writes
 * again at 23:00: no auto-reply goes out, and the night message's decision says why.
 */
async function nightReasonAfter(act: (caseId: string) => unknown, when?: string) {
  const { caseId } = await world.writes('¿Me pasan el saldo?');
  await sync();
  if (when) await world.at(when);
  act(caseId);
  await sync();
  await world.at('2026-03-10T23:00:00');
  const { messageId } = await world.writes('¿Y el vencimiento?', { caseId });
  await sync();
  expect(await world.autoReplies()).toEqual([]);
  return reasonFor(messageId);
}
const TUESDAY_NIGHT = (caseId: string) => `autoreply:${caseId}:${BA('2026-03-10T18:00:00')}`;
const SPANISH = 'Hola Ana, gracias por escribirnos. En este momento estamos fuera del horario de atención; te responderemos mañana miércoles a las 9:00.';

describe('an out-of-hours auto-reply', () => {
  it('answers a message written at 23:00 on a weekday once, in Spanish, naming the next opening, from this console', async () => {
    await world.at('2026-03-10T23:00:00');
    const { caseId, messageId } = await world.writes('Hola, necesito la factura de marzo');
    const summary = await sync();

    expect(summary.autoReplies).toBe(1);
    expect(await world.autoReplies()).toEqual([expect.objectContaining({
      caseId, kind: 'auto_reply', text: SPANISH, clientId: world.lucia.services.engine.clientId, username: 'lucia',
    })]);
    // Decided by the server's clock (this laptop's is months ahead), once, with the window's key.
    expect(store().autoReplies.decision(messageId)).toEqual({
      message_id: messageId, case_id: caseId, decision: 'send', reason: null, dedupe_key: TUESDAY_NIGHT(caseId),
      decided_at: expect.stringMatching(/^2026-03-11T02:00:/),
    });
    await sync();
    expect(store().messages.thread(caseId).filter((m) => m.kind === 'auto_reply'))
      .toEqual([expect.objectContaining({ author: 'Conecta', text: SPANISH, state: 'sent' })]);
    // It tells the customer when they will be answered: the case still waits for an agent.
    expect(store().cases.summary(caseId)?.waitingSince).not.toBeNull();
    expect(store().cases.inbox('lucia', { view: 'queue' }).map((c) => c.id)).toContain(caseId);
    expect(await world.autoReplies()).toHaveLength(1);
  });

  it('answers a burst once, and the rest of the night, but not the next morning', async () => {
    await world.at('2026-03-10T23:00:00');
    const burst: { caseId: string; messageId: string }[] = [];
    for (const text of ['Hola', '¿están?', 'necesito un repuesto para el módem']) burst.push(await world.writes(text, { caseId: burst[0]?.caseId }));
    await sync();
    const caseId = burst[0]!.caseId;
    expect(await world.autoReplies()).toHaveLength(1);
    expect(burst.map((m) => reasonFor(m.messageId))).toEqual(['noise', 'send', 'already_sent']);

    await world.at('2026-03-11T02:00:00');
    const late = await world.writes('sigo sin internet', { caseId });
    await world.at('2026-03-11T09:30:00');
    const morning = await world.writes('¿alguien me puede ayudar?', { caseId });
    await sync();
    expect(reasonFor(late.messageId)).toBe('stale'); // seen at 09:30 only
    expect(reasonFor(morning.messageId)).toBe('open');
    expect(await world.autoReplies()).toHaveLength(1);
  });

  it('answers in the same window when the console syncs as the night goes, never twice', async () => {
    await world.at('2026-03-10T23:00:00');
    const first = await world.writes('Se cortó el servicio');
    await sync();
    await world.at('2026-03-11T02:00:00');
    const later = await world.writes('sigue cortado', { caseId: first.caseId });
    await sync();
    expect(reasonFor(later.messageId)).toBe('already_sent');
    expect(store().autoReplies.decision(later.messageId)?.dedupe_key).toBe(TUESDAY_NIGHT(first.caseId));
    expect(await world.autoReplies()).toHaveLength(1);
  });

  it('answers on a national holiday, naming the next opening', async () => {
    await world.at('2026-12-25T11:00:00'); // Christmas, a Friday: closed all day
    const { caseId } = await world.writes('¿Abren hoy?');
    await sync();
    expect(await world.autoReplies()).toEqual([expect.objectContaining({
      caseId, text: expect.stringContaining('te responderemos mañana sábado a las 9:00.'),
    })]);
  });

  it('never answers a public comment or mention by default', async () => {
    await world.at('2026-03-10T23:00:00');
    const comment = await world.writes('¿Por qué no anda la app?', { channel: 'instagram_comment', handle: 'ana.gomez' });
    const mention = await world.writes('@Conecta sin servicio en Palermo', { channel: 'x_mention', handle: '@anagomez' });
    await sync();
    expect([reasonFor(comment.messageId), reasonFor(mention.messageId)]).toEqual(['public_channel', 'public_channel']);
    expect(await world.autoReplies()).toEqual([]);
  });

  it('sends nothing stale: a console offline for two hours wakes up to a message it is too late for', async () => {
    await world.at('2026-03-10T23:00:00');
    const { messageId } = await world.writes('Necesito hablar con alguien');
    await world.sandbox.goOffline();
    await expect(sync()).rejects.toThrow();
    await world.sandbox.restart();
    await world.at('2026-03-11T01:00:00');
    await sync();
    expect(reasonFor(messageId)).toBe('stale');
    expect(await world.autoReplies()).toEqual([]);
  });

  it('never answers a blocked sender', async () => {
    expect(await nightReasonAfter((caseId) => world.lucia.services.commands.blockSender(caseId, 'Spam'))).toBe('blocked');
  });

  it('never answers noise, and the notice leaves the request before it waiting in the queue', async () => {
    await world.at('2026-03-10T23:00:00');
    const { caseId } = await world.writes('Necesito la segunda copia de la factura');
    await sync();
    await world.at('2026-03-10T23:05:00');
    const { messageId } = await world.writes('hola', { caseId });
    await sync();
    expect(reasonFor(messageId)).toBe('noise');
    expect(await world.autoReplies()).toHaveLength(1);
    // "hola" after the notice is noise, but the request before it still waits for an agent.
    expect(store().cases.inbox('lucia', { view: 'queue' }).map((c) => c.id)).toContain(caseId);
  });

  it('stays quiet when an agent replied on the case two minutes before', async () => {
    const reply = (caseId: string) => world.lucia.services.commands.sendReply(caseId, 'Ya te lo paso, Ana. Saludos, Lucía');
    expect(await nightReasonAfter(reply, '2026-03-10T22:58:00')).toBe('agent_replied');
  });

  it('never answers on another agent’s case, which is read-only history here', async () => {
    // Lucía holds cases 001–003 of Ana Gómez; case-004, Mateo's, is history on her console.
    await world.at('2026-03-10T23:00:00');
    const { messageId } = await world.sandbox.control<{ messageId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'email', customer: { name: 'Ana Gómez', handle: 'ana.gomez@example.com' }, caseId: 'case-004', text: 'Sigue sin llegar la factura',
    });
    await sync();
    expect(store().messages.thread('case-004').map((m) => m.id)).toContain(messageId);
    expect(store().autoReplies.decision(messageId)).toBeUndefined();
    expect(await world.autoReplies()).toEqual([]);
  });

  it('decides a first sync’s old messages once, at night too, sending nothing for them', async () => {
    await world.at('2026-03-10T22:00:00');
    await world.writes('¿Hay alguien?');
    await world.at('2026-03-10T23:30:00');
    const fresh = await openProfile(world.sandbox, `${world.dir.path}/first-sync`);
    try {
      const decisions = () => fresh.services.store.autoReplies.tally();
      expect((await fresh.services.syncOnce()).autoReplies).toBe(0);
      const own = fresh.services.store.db.prepare<[], number>(
        "SELECT count(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.assigned_to = 'lucia' AND m.kind = 'customer'",
      ).pluck().get();
      expect(decisions().reduce((n, row) => n + row.n, 0)).toBe(own);
      expect(decisions().filter((row) => row.decision === 'send')).toEqual([]);
      const before = decisions();
      await fresh.services.syncOnce();
      expect(decisions()).toEqual(before);
      expect(await world.autoReplies()).toEqual([]);
    } finally {
      fresh.services.close();
    }
  });

  it('never delivers a notice pushed too late: the server refuses it and the console lets it go quietly', async () => {
    await world.at('2026-03-10T23:00:00');
    const { caseId } = await world.writes('Hola, necesito la factura de marzo');
    await world.sandbox.fault({ route: 'push', status: 503, times: 5 });
    await sync().catch(() => undefined); // decided and queued; every push attempt fails
    expect(store().outbox.list('pending')).toEqual([expect.objectContaining({ name: 'send_auto_reply' })]);
    await world.at('2026-03-11T01:00:00'); // two hours later the network is back
    await sync();
    expect(await world.autoReplies()).toEqual([]);
    expect(store().messages.thread(caseId).filter((m) => m.kind === 'auto_reply')).toEqual([]);
    expect(store().outbox.forCase(caseId)).toEqual([]);
  });

  it('keeps a reply under a campaign post silent, as the simulator says', async () => {
    await world.at('2026-03-10T23:00:00');
    const { messageId } = await world.sandbox.control<{ messageId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+5491155550101' }, text: '¿El descuento vale para mi plan?', assignTo: 'lucia', promo: 'promo-hot-sale',
    });
    await sync();
    expect(store().autoReplies.decision(messageId)?.reason).toBe('campaign');
    expect(await world.autoReplies()).toEqual([]);
  });

  it('skips a text the channel refuses instead of stopping the sync', async () => {
    await world.sandbox.control('POST', '/v1/sandbox/settings', {
      id: 'auto_replies', value: { version: 1, channels: { whatsapp: { enabled: true, texts: { es: '{{nombre}}' } } } },
    });
    await world.at('2026-03-10T23:00:00');
    const { messageId } = await world.sandbox.control<{ messageId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: '+54 9 11 5555-0999', handle: '+5491155550999' }, text: 'Hola, sin servicio', assignTo: 'lucia',
    });
    await sync();
    expect(store().autoReplies.decision(messageId)?.reason).toBe('no_text');
    // The sync goes on: the next message is pulled and decided too.
    const next = await world.writes('¿Hay alguien?');
    await sync();
    expect(store().autoReplies.decision(next.messageId)).toBeDefined();
  });

  it('uses the defaults, and says why, when the server’s auto-reply settings are invalid', async () => {
    await world.sandbox.control('POST', '/v1/sandbox/settings', {
      id: 'auto_replies', unchecked: true, value: { version: 1, channels: { whatsapp: { enabled: true, texts: { es: 'Hola {{agent.name}}' } } } },
    });
    await sync();
    expect(world.lucia.services.engine.status.autoReplyWarning).toMatch(/auto_replies \(version \d+\).*\{\{agent\.name\}\} cannot be filled/s);
    await world.at('2026-03-10T23:00:00');
    await world.writes('¿Hay alguien?');
    await sync();
    expect((await world.autoReplies()).map((m) => m.text)).toEqual([SPANISH]);
  });
});
