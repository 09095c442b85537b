// Triage as pulls apply it: real SQLite, the real sandbox server on loopback, the server's clock.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { openProfile, reopenProfile, withLucia } from '../../../tests/fixtures/services.ts';
import { DEFAULT_PRIORITY_RULES } from '../../shared/triage/index.ts';
import type { CaseSummary } from '../../shared/models.ts';
import { applyChange } from '../sync/apply.ts';
import { PageTriage, retriageAll, retriageCases } from './triage.ts';

const world = withLucia({ pageSize: 40 });

const store = () => world.profile.services.store;
const summary = (caseId: string): CaseSummary => {
  const found = store().cases.summary(caseId);
  if (!found) throw new Error(`No case ${caseId} in the cache`);
  return found;
};
const queue = () => store().cases.inbox('lucia').map((c) => c.id);
const filtered = () => store().cases.inbox('lucia', { view: 'filtered' }).map((c) => c.id);

/** A customer writes on a new case of lucia's; the console pulls it. */
async function customerWrites(text: string, channel = 'whatsapp', handle = `h-${text.length}-${Math.random()}`): Promise<{ caseId: string; messageId: string }> {
  const written = await world.sandbox.control<{ caseId: string; messageId: string }>('POST', '/v1/sandbox/inbound', {
    channel, customer: { name: 'Cliente', handle }, text, assignTo: 'lucia',
  });
  await world.profile.services.syncOnce();
  return written;
}

async function writesAgain(caseId: string, text: string, channel = 'whatsapp'): Promise<string> {
  const { messageId } = await world.sandbox.control<{ messageId: string }>('POST', '/v1/sandbox/inbound', {
    channel, customer: { name: 'Cliente', handle: 'same' }, caseId, text,
  });
  await world.profile.services.syncOnce();
  return messageId;
}

async function publishRules(value: unknown): Promise<void> {
  await world.sandbox.control('POST', '/v1/sandbox/settings', { id: 'priority_rules', value });
  await world.profile.services.syncOnce();
}

describe('priority computed at apply time', () => {
  it('ranks a "BAJA" message high for retention, at the top of the open cases with its reason', async () => {
    const { caseId } = await customerWrites('Quiero darme de BAJA ya');
    const found = summary(caseId);
    expect(found.serverPriority).toBe('normal');
    expect(found.priority).toBe('high');
    expect(found.triage?.reasons).toContainEqual({ code: 'keyword', group: 'retention', detail: 'darme de baja', points: 40 });
    // Priority first, then waiting: above it only urgent cases and high ones waiting longer.
    const open = store().cases.inbox('lucia').filter((c) => c.status !== 'resolved');
    const at = open.findIndex((c) => c.id === caseId);
    expect(open.slice(0, at).every((c) => c.priority === 'urgent' || (c.priority === 'high' && (c.waitingSince ?? '') <= (found.waitingSince ?? '')))).toBe(true);
    expect(open.slice(at + 1).every((c) => c.priority === 'high' || c.priority === 'normal' || c.priority === 'low')).toBe(true);
    expect(open.slice(at + 1).some((c) => c.priority === 'normal')).toBe(true);
  });

  it('follows the rules document the server publishes, for every case at once', async () => {
    const { caseId } = await customerWrites('Quiero darme de BAJA ya');
    const withoutRetention = { ...DEFAULT_PRIORITY_RULES, keywords: DEFAULT_PRIORITY_RULES.keywords.filter((k) => k.group !== 'retention') };
    await publishRules(withoutRetention);
    expect(summary(caseId).priority).toBe('normal');
    expect(summary(caseId).triage?.reasons.some((r) => r.code === 'keyword')).toBe(false);

    const retentionUrgent = {
      ...DEFAULT_PRIORITY_RULES,
      keywords: [{ group: 'retention', phrases: ['baja'], points: 0, atLeast: 'urgent' }],
    };
    await publishRules(retentionUrgent);
    expect(summary(caseId).priority).toBe('urgent');
    expect(world.profile.services.engine.status.rulesWarning).toBeNull();
  });

  it('keeps the defaults, whole, when the server publishes an invalid document, and says so', async () => {
    const { caseId } = await customerWrites('Quiero darme de BAJA ya');
    // Valid keywords that would drop retention, beside thresholds that do not rise: refused whole.
    await publishRules({ ...DEFAULT_PRIORITY_RULES, keywords: [], thresholds: { normal: 50, high: 10, urgent: 80 } });
    expect(summary(caseId).priority).toBe('high');
    expect(summary(caseId).triage?.reasons).toContainEqual(expect.objectContaining({ code: 'keyword', group: 'retention' }));
    expect(world.profile.services.engine.status.rulesWarning).toMatch(/priority rules \(version \d+\) are invalid.*thresholds must rise/s);

    await publishRules(DEFAULT_PRIORITY_RULES);
    expect(world.profile.services.engine.status.rulesWarning).toBeNull();
  });

  it('measures waiting by the server’s clock: a case turns urgent once the server says it is twice late', async () => {
    const { caseId } = await customerWrites('Hola, no me llega la factura de este mes');
    expect(summary(caseId).priority).toBe('normal');
    const since = Date.parse(summary(caseId).waitingSince ?? '');
    // WhatsApp's service level is 15 minutes: 31 minutes later by the server, nothing else changed.
    await world.sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(since + 31 * 60_000).toISOString() });
    await world.profile.services.syncOnce();
    expect(summary(caseId).priority).toBe('urgent');
    expect(summary(caseId).triage?.reasons).toContainEqual({ code: 'very_late', detail: '31', points: 60 });
  });
});

describe('message types', () => {
  it('classifies each customer message, and keeps the agent’s type through a re-pull and a restart', async () => {
    const { caseId, messageId } = await customerWrites('Mi DNI es 30.123.456, ¿me pasan el saldo?', 'x_mention');
    const typed = () => store().messages.thread(caseId).find((m) => m.id === messageId)?.triage;
    expect(typed()).toMatchObject({ type: 'private_data', computedType: 'private_data', overridden: false });
    expect(typed()?.reasons).toContainEqual({ code: 'public_channel' });

    world.profile.services.commands.setMessageType(messageId, 'hostile');
    expect(typed()).toMatchObject({ type: 'hostile', computedType: 'private_data', overridden: true });

    // The server sends the thread again (a new message bumps the case; a reset of the cursor re-pulls all).
    await writesAgain(caseId, 'Sigo esperando el saldo', 'x_mention');
    store().syncState.set('cursor', '');
    world.profile.services.close();
    world.profile = await reopenProfile(world.dir.path, { pageSize: 40 });
    await world.profile.services.syncOnce();
    expect(typed()).toMatchObject({ type: 'hostile', computedType: 'private_data', overridden: true });

    world.profile.services.commands.setMessageType(messageId, null);
    expect(typed()).toMatchObject({ type: 'private_data', overridden: false });
  });
});

describe('noise filter', () => {
  it('takes a case whose only waiting message is "hola" out of the queue, and restoring brings it back', async () => {
    const { caseId, messageId } = await customerWrites('hola');
    expect(queue()).not.toContain(caseId);
    expect(filtered()).toContain(caseId);
    expect(summary(caseId).triage).toMatchObject({ filtered: true, filteredCount: 1 });
    expect(store().triage.filteredMessages('lucia').get(caseId)).toEqual([
      expect.objectContaining({ id: messageId, text: 'hola', noise: 'courtesy' }),
    ]);

    world.profile.services.commands.restoreMessage(messageId);
    expect(queue()).toContain(caseId);
    expect(filtered()).not.toContain(caseId);
    const restored = store().messages.thread(caseId)[0]?.triage;
    expect(restored).toMatchObject({ noise: 'courtesy', restored: true, filtered: false });

    // Restoring is the agent's decision: a later pull does not filter the message again.
    await writesAgain(caseId, 'hola');
    expect(store().messages.thread(caseId).map((m) => m.triage?.filtered)).toEqual([false, true]);
    expect(queue()).toContain(caseId);
  });

  it('files a stock reply under a marked promo as promo noise, but not the same words elsewhere', async () => {
    const promo = await world.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'facebook_post', customer: { name: 'Cliente', handle: 'promo-fan' }, text: '¡Quiero! 😍', assignTo: 'lucia', promo: 'promo-black-friday',
    });
    const plain = await customerWrites('¡Quiero! 😍', 'facebook_post');
    expect(filtered()).toContain(promo.caseId);
    expect(store().messages.thread(promo.caseId)[0]?.triage).toMatchObject({ noise: 'promo_reply', filtered: true });
    expect(queue()).toContain(plain.caseId);
    // A real question under the same promo is work for the queue.
    const question = await world.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'facebook_post', customer: { name: 'Cliente', handle: 'promo-q' }, text: '¿La promo vale para clientes con deuda?', assignTo: 'lucia', promo: 'promo-black-friday',
    });
    await world.profile.services.syncOnce();
    expect(queue()).toContain(question.caseId);
  });

  it('keeps a case in the queue when something besides noise waits, and counts the noise', async () => {
    const { caseId } = await customerWrites('hola');
    await writesAgain(caseId, 'No tengo internet desde ayer');
    await writesAgain(caseId, 'No tengo internet desde ayer');
    expect(queue()).toContain(caseId);
    expect(summary(caseId).triage).toMatchObject({ filtered: false, filteredCount: 2 });
    expect(store().messages.thread(caseId).map((m) => m.triage?.noise)).toEqual(['courtesy', null, 'duplicate']);
  });

  it('puts a filtered case back in the queue once the agent answers, and out again if only noise follows', async () => {
    const { caseId } = await customerWrites('hola');
    world.profile.services.commands.sendReply(caseId, '¡Hola! ¿En qué te puedo ayudar?');
    expect(filtered()).not.toContain(caseId);
    await world.profile.services.syncOnce();
    await writesAgain(caseId, 'gracias');
    expect(filtered()).toContain(caseId);
  });

  it('files a blocked sender’s case once their identity arrives, even on a later page than the case', async () => {
    const { caseId } = await customerWrites('¿Tienen fibra en Palermo? Quiero contratar', 'whatsapp', 'troll-tardio');
    const customerId = summary(caseId).customerId;
    const identity = store().db.prepare<[string], { id: string; version: number }>(
      'SELECT id, version FROM customer_identities WHERE customer_id = ?').get(customerId);
    if (!identity) throw new Error('The customer has no identity');
    store().blocks.upsert({ id: 'b-1', channel: 'whatsapp', handle: 'troll-tardio', reason: 'Spam', blocked_by: 'mateo', blocked_at: '2026-11-01T10:00:00Z', version: 1 });
    // The page that brought the case came without the identity: nothing ties it to the block yet.
    store().customers.removeIdentity(identity.id);
    retriageCases(store(), [caseId]);
    expect(queue()).toContain(caseId);

    store().transaction(() => {
      const page = new PageTriage(store());
      const change = {
        entity: 'identity', op: 'put', id: identity.id, version: identity.version,
        data: { customerId, channel: 'whatsapp', handle: 'troll-tardio', validated: false },
      } as const;
      page.note(change);
      applyChange(store(), change);
      page.finish();
    });
    expect(filtered()).toContain(caseId);
    expect(queue()).not.toContain(caseId);
  });

  it('files a blocked sender’s case when every case is triaged again, whatever the capitals of the handle', async () => {
    const troll = await customerWrites('¿Tienen fibra en Palermo? Quiero contratar', 'whatsapp', 'Troll-Con-Mayusculas');
    const neighbour = await customerWrites('¿Tienen fibra en Belgrano? Quiero contratar', 'whatsapp', 'vecina-de-belgrano');
    store().blocks.upsert({ id: 'b-2', channel: 'whatsapp', handle: 'troll-con-mayusculas', reason: 'Spam', blocked_by: 'mateo', blocked_at: '2026-11-01T10:00:00Z', version: 1 });
    store().transaction(() => retriageAll(store()));
    expect(filtered()).toContain(troll.caseId);
    expect(queue()).not.toContain(troll.caseId);
    expect(queue()).toContain(neighbour.caseId);
  });

  it('ranks every case once the first sync ends, from a fresh profile or one resumed mid-way', async () => {
    const untriaged = (s: typeof world.profile) => s.services.store.cases.inbox('lucia', { view: 'all' }).filter((c) => c.triage === null);
    expect(store().cases.inbox('lucia', { view: 'all' }).length).toBeGreaterThan(0);
    expect(untriaged(world.profile)).toEqual([]);

    // A second console stops after its first page (as if killed), then resumes.
    const other = tempDir();
    const second = await openProfile(world.sandbox, other.path, 'lucia', { pageSize: 40 });
    try {
      await world.sandbox.control('POST', '/v1/sandbox/faults', { route: 'pull', skip: 1, times: 1, malformed: true });
      await expect(second.services.syncOnce()).rejects.toThrow();
      await second.services.syncOnce();
      expect(untriaged(second)).toEqual([]);
    } finally {
      second.services.close();
      other.remove();
    }
  });
});
