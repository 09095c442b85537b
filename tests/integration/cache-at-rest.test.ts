// A lost laptop leaks nothing: every file of a synced profile, read as bytes, holds no customer
// text, DNI or card number, not even of a case that went away; and the cache opens only with
// its key. Cases that leave the cache are listed in GONE, one way of leaving each; one that
// retention purged has left even the pages someone holding the key could decrypt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheUnreadableError, openDatabase } from '../../src/main/db/connection.ts';
import { profileFiles } from '../../src/main/profiles.ts';
import { loadScenario } from '../../src/server/scenario.ts';
import { keyOf, testKey } from '../fixtures/cache.ts';
import { decryptedBytes } from '../fixtures/cache-pages.ts';
import { LONG_SESSIONS, startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { Services, signIn } from '../../src/main/services.ts';

const PLANTED = 'MI DNI ES 30111222 Y MI TARJETA 4111111111111111';
/** What must never be readable in the profile's files, however it is cut. */
const PLANTED_PIECES = [PLANTED, '30111222', '4111111111111111', '4111 1111 1111 1111'];
const DAY = 86_400_000;

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let lucia: { services: Services };
const profileDir = () => join(dir.path, 'lucia');

beforeEach(async () => {
  // Sessions outlive the months the server's clock moves, as retention's own tests have them.
  sandbox = await startSandbox({ sessions: LONG_SESSIONS });
  dir = tempDir();
  await signIn({ server: sandbox.url, username: 'lucia', password: 'sandbox', profileDir: profileDir(), sandbox: true });
  // Composed as the console composes it, with its log file in the profile folder.
  lucia = { services: await Services.open({ profileDir: profileDir() }) };
  await lucia.services.syncOnce();
});
afterEach(async () => {
  lucia.services.close();
  await sandbox.stop();
  dir.remove();
});

/** The scenario's customer words in lucia's cases: names and what they wrote. */
function scenarioPhrases(): string[] {
  const scenario = loadScenario('default');
  const hers = scenario.cases.filter((c) => c.assignedTo === 'lucia');
  const names = hers.flatMap((c) => scenario.customers.filter((cu) => cu.key === c.customer).map((cu) => cu.name));
  const texts = hers.flatMap((c) => c.messages.filter((m) => m.from === 'customer').map((m) => m.text));
  return [...new Set([...names, ...texts])].filter((phrase) => phrase.length >= 10);
}

/** A customer's words in a case lucia holds open: no way of leaving touches it. */
function keptPhrase(): string {
  const open = loadScenario('default').cases.find((c) => c.assignedTo === 'lucia' && c.status === 'open');
  const text = open?.messages.find((m) => m.from === 'customer')?.text;
  if (text === undefined) throw new Error('The default scenario has no open case of lucia with a customer message');
  return text;
}

/** Every file of the profile folder as bytes (the log too, once anything was logged), with the phrases found in each. */
function traces(phrases: string[]): string[] {
  const files = readdirSync(profileDir(), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['atiende.db', 'profile.json']));
  return files.flatMap((entry) => {
    const bytes = readFileSync(join(entry.parentPath, entry.name));
    return phrases.filter((p) => bytes.includes(Buffer.from(p, 'utf8'))).map((p) => `"${p}" in ${entry.name}`);
  });
}

/** One way for a case to leave lucia's cache. */
interface Gone {
  how: string;
  leave: (caseId: string) => Promise<void>;
  /** What is left of the case in the cache afterwards, and in its pages read with the key. */
  left: (caseId: string) => void | Promise<void>;
}

const GONE: Gone[] = [
  {
    how: 'reassigned to mateo by the trainer',
    leave: async (caseId) => {
      await sandbox.control('POST', '/v1/sandbox/assign', { caseId, to: 'mateo' });
      await lucia.services.syncOnce();
    },
    left: (caseId) => {
      expect(lucia.services.store.cases.get(caseId)).toBeUndefined();
    },
  },
  {
    how: 'resolved and purged by retention once its days passed by the server’s clock',
    leave: async (caseId) => {
      // A long offline limit: the server's clock moves by months.
      await sandbox.control('POST', '/v1/sandbox/settings', { id: 'retention', value: { version: 1, textDays: 90, outboxDays: 30, maxOfflineDays: 365 } });
      lucia.services.commands.setStatus(caseId, 'resolved', { reason: 'query', resolution: 'favour' });
      await lucia.services.syncOnce();
      await sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() + 100 * DAY).toISOString() });
      await lucia.services.syncOnce();
    },
    left: async (caseId) => {
      // The case stays in the list without its text; the cache's pages, decrypted, hold none of
      // it, while a case still kept is there to read.
      expect(lucia.services.store.cases.summary(caseId)).toMatchObject({ purged: true, subject: '', status: 'resolved' });
      const pages = decryptedBytes(profileFiles(profileDir()).db, await keyOf(profileDir()));
      expect(PLANTED_PIECES.filter((piece) => pages.includes(Buffer.from(piece, 'utf8')))).toEqual([]);
      expect(pages.includes(Buffer.from(keptPhrase(), 'utf8'))).toBe(true);
    },
  },
];

describe('the profile folder of a lost laptop', () => {
  it.each(GONE)('holds no customer text, DNI or card number, even of a case $how', async ({ leave, left }) => {
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Cliente de prueba', handle: '+5491100000000' }, text: PLANTED, assignTo: 'lucia',
    });
    await lucia.services.syncOnce();
    // The cache did hold it, readable through its key.
    const held = () => lucia.services.store.db.prepare('SELECT count(*) FROM messages WHERE text = ?').pluck().get(PLANTED);
    expect(held()).toBe(1);
    const phrases = [...PLANTED_PIECES, ...scenarioPhrases()];
    expect(lucia.services.store.db.prepare('SELECT count(*) FROM messages WHERE text IN (SELECT value FROM json_each(?))')
      .pluck().get(JSON.stringify(phrases))).toBeGreaterThan(0);

    await leave(caseId);
    expect(held()).toBe(0);
    await left(caseId);

    // Open, with the WAL in use, and after the console closed.
    expect(existsSync(`${profileFiles(profileDir()).db}-wal`)).toBe(true);
    expect(traces(phrases)).toEqual([]);
    lucia.services.close();
    expect(traces(phrases)).toEqual([]);
  });

  it('holds a cache that opens only with its key', async () => {
    lucia.services.close();
    const file = profileFiles(profileDir()).db;
    expect(() => new DatabaseSync(file, { readOnly: true }).prepare('SELECT count(*) FROM cases').get()).toThrow(/file is not a database/);
    expect(() => openDatabase(file, null)).toThrow(CacheUnreadableError);
    expect(() => openDatabase(file, testKey())).toThrow(CacheUnreadableError);
    const db = openDatabase(file, await keyOf(profileDir()));
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBeGreaterThan(0);
    db.close();
  });
});
