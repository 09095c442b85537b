// Retention against the real sandbox over loopback and a real SQLite file: what customers wrote
// leaves the cache after the retention document's days, counted by the server's clock, never
// from a customer the agent still holds open, and the text leaves the file's bytes too.
import { describe, expect, it } from 'vitest';
import { LONG_SESSIONS } from '../../../tests/fixtures/sandbox.ts';
import { reopenProfile, withLucia } from '../../../tests/fixtures/services.ts';
import { keyOf } from '../../../tests/fixtures/cache.ts';
import { decryptedBytes } from '../../../tests/fixtures/cache-pages.ts';
import { profileFiles } from '../profiles.ts';
import { protectedCaseIds } from './protected.ts';

// Long sessions: these tests move the server's clock by months.
const world = withLucia({}, { sandbox: { sessions: LONG_SESSIONS } });

const DAY = 86_400_000;
/** case-036: Gastón's stolen phone, resolved by lucia; he has no open case. */
const OLD = 'case-036';
const OLD_PHRASE = 'me robaron el celu recien en la parada';
const OLD_DNI = '33.456.789';
/** case-003: Ana's resolved case; lucia still holds her open case-001. */
const KEPT = 'case-003';
const KEPT_PHRASE = '0031-445566';

async function publishRetention(value: Record<string, unknown>): Promise<void> {
  await world.sandbox.control('POST', '/v1/sandbox/settings', { id: 'retention', value: { version: 1, ...value } });
}

/** Moves the sandbox's clock `days` ahead of now. */
async function advanceServer(days: number): Promise<void> {
  await world.sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() + days * DAY).toISOString() });
}

const texts = (caseId: string) => world.profile.services.store.messages.thread(caseId).map((m) => m.text).join('\n');

/** The cache file and its WAL as bytes, decrypted page by page with the profile's key (free pages too). */
async function profileBytes(): Promise<string> {
  return decryptedBytes(profileFiles(world.dir.path).db, await keyOf(world.dir.path)).toString('latin1');
}

describe('retention', () => {
  it('protects every case of a customer the agent holds open, and nothing else', () => {
    const kept = protectedCaseIds(world.profile.services.store, 'lucia');
    expect(kept.has(KEPT)).toBe(true);
    expect(kept.has('case-001')).toBe(true);
    expect(kept.has(OLD)).toBe(false);
  });

  it('keeps an old resolved case the agent is writing a follow-up on', async () => {
    await publishRetention({ textDays: 90, outboxDays: 30, maxOfflineDays: 365 });
    const { services } = world.profile;
    await services.syncOnce();
    services.store.local.saveDraft(OLD, { text: 'Hola, ¿pudieron recuperar el equipo?', templates: [], articles: [], holes: [] }, new Date().toISOString());
    await advanceServer(100);
    await services.syncOnce();
    expect(texts(OLD)).toContain(OLD_PHRASE);
    expect(services.store.local.draft(OLD).text).toBe('Hola, ¿pudieron recuperar el equipo?');
  });

  it('purges old resolved cases by the server’s clock, keeps open customers’ history, and leaves no bytes behind', async () => {
    // Long offline limit: this test moves the server's clock by months.
    await publishRetention({ textDays: 90, outboxDays: 30, maxOfflineDays: 365 });
    const { services } = world.profile;
    services.commands.sendReply('case-001', 'Ana, te confirmo la visita del jueves');
    await services.syncOnce();
    expect(texts(OLD)).toContain(OLD_PHRASE);
    expect((await profileBytes()).includes(OLD_PHRASE)).toBe(true);

    await advanceServer(100);
    await services.syncOnce();

    expect(texts(OLD)).toBe('');
    expect(services.store.cases.summary(OLD)).toMatchObject({ purged: true, subject: '', status: 'resolved', number: expect.any(Number) });
    expect(services.store.messages.search('robaron')).toEqual([]);
    expect(texts(KEPT)).toContain(KEPT_PHRASE);
    expect(services.store.cases.summary(KEPT)).toMatchObject({ purged: false });
    // The reply answered 100 server days ago keeps its answer, not its text.
    const [sent] = services.store.outbox.list('applied').filter((m) => m.name === 'send_reply');
    expect(sent).toMatchObject({ args: null, status: 'applied' });
    services.close();
    // The file and its WAL, every page decrypted with the key, without a VACUUM: what was purged is not there.
    const bytes = await profileBytes();
    expect({ phrase: bytes.includes(OLD_PHRASE), dni: bytes.includes(OLD_DNI), kept: bytes.includes(KEPT_PHRASE) })
      .toEqual({ phrase: false, dni: false, kept: true });
    world.profile = await reopenProfile(world.dir.path);
  });

  it('goes by the server’s clock, not the laptop’s, and keeps a pending change’s text', async () => {
    await publishRetention({ textDays: 90, outboxDays: 1, maxOfflineDays: 365 });
    await world.profile.services.syncOnce();
    const queued = world.profile.services.commands.sendReply('case-001', 'Respuesta todavía sin enviar');
    world.profile.services.close();
    // A laptop clock a year ahead purges nothing at start: the server says these cases are recent.
    world.profile = await reopenProfile(world.dir.path, {}, () => new Date(Date.now() + 365 * DAY));
    const { services } = world.profile;
    expect(texts(OLD)).toContain(OLD_PHRASE);
    expect(services.store.outbox.list('pending')).toMatchObject([{ id: queued.mutationId, args: expect.objectContaining({ text: 'Respuesta todavía sin enviar' }) }]);
    // At start, by the last pull's server time: two server days on, the pending reply still keeps its text.
    await advanceServer(2);
    await services.syncOnce();
    expect((await world.sandbox.outbound()).filter((m) => m.text === 'Respuesta todavía sin enviar')).toHaveLength(1);
    expect(texts(OLD)).toContain(OLD_PHRASE);
  });
});
