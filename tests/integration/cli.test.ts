// The CLI as an operator runs it, in child processes, against a real sandbox on loopback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, startCli } from '../fixtures/cli.ts';
import { LONG_SESSIONS, startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { BA, TUESDAY_AFTERNOON } from '../fixtures/out-of-hours.ts';
import { LATEST_VERSION } from '../../src/main/db/migrations/index.ts';
import { DEFAULT_AUTO_REPLIES } from '../../src/shared/autoreply/index.ts';
import { keyOf, peekCache } from '../fixtures/cache.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let profile: string;

beforeEach(async () => {
  // Long sessions: the retention tests move the server's clock by months.
  sandbox = await startSandbox({ sessions: LONG_SESSIONS });
  dir = tempDir();
  profile = `${dir.path}/lucia`;
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const login = () => cli('login', '--server', sandbox.url, '--user', 'lucia', '--password', 'sandbox', '--profile', profile);
const json = <T>(text: string): T => JSON.parse(text) as T;

describe('atiende CLI', () => {
  it('signs in, syncs and prints a JSON summary with counts per entity', async () => {
    expect((await login()).code).toBe(0);
    const sync = await cli('sync', '--profile', profile);
    expect(sync.code).toBe(0);
    const summary = json<{ counts: Record<string, number>; mutations: Record<string, number>; durationMs: number }>(sync.stdout);
    expect(summary.counts.cases).toBeGreaterThan(15);
    expect(summary.counts.articles).toBeGreaterThanOrEqual(40);
    expect(summary.mutations).toEqual({ pending: 0, applied: 0, conflict: 0, rejected: 0 });
    expect(summary.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('queues a reply offline by case number and delivers it on the next sync', async () => {
    await login();
    await cli('sync', '--profile', profile);
    const [first] = json<{ id: string; number: number }[]>((await cli('cases', '--profile', profile, '--json')).stdout);
    await sandbox.goOffline();
    const reply = await cli('reply', '--profile', profile, '--case', String(first!.number), '--text', 'Hola, ya lo vemos. Saludos, Lucía');
    expect(reply.code).toBe(0);
    expect(reply.stdout).toMatch(/queued as mutation 1/);
    const offline = await cli('sync', '--profile', profile);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/^atiende: Cannot reach http:\/\/127\.0\.0\.1:\d+/);
    expect(offline.stderr.trim().split('\n')).toHaveLength(1);
    const pending = json<{ args: { text: string } }[]>((await cli('mutations', '--profile', profile, '--status', 'pending')).stdout);
    expect(pending.map((m) => m.args.text)).toEqual(['Hola, ya lo vemos. Saludos, Lucía']);

    await sandbox.restart();
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    expect((await sandbox.outbound()).map((m) => [m.caseId, m.text])).toEqual([[first!.id, 'Hola, ya lo vemos. Saludos, Lucía']]);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    expect(await sandbox.outbound()).toHaveLength(1);
  });

  it('reassigns a case by number for a supervisor, and refuses it to an agent in one line', async () => {
    const row = sandbox.server.db.prepare<[], { id: string; number: number }>(
      "SELECT id, number FROM cases WHERE assigned_to = 'lucia' AND status <> 'resolved' ORDER BY number LIMIT 1").get()!;
    const sofia = `${dir.path}/sofia`;
    expect((await cli('login', '--server', sandbox.url, '--user', 'sofia', '--password', 'sandbox', '--profile', sofia)).code).toBe(0);
    const moved = await cli('reassign', '--profile', sofia, '--case', String(row.number), '--to', 'mateo');
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toBe(`Case ${row.id} reassigned to mateo\n`);
    expect(sandbox.server.db.prepare<[string], { assigned_to: string }>('SELECT assigned_to FROM cases WHERE id = ?').get(row.id)).toEqual({ assigned_to: 'mateo' });

    await login();
    const refused = await cli('reassign', '--profile', profile, '--case', row.id, '--to', 'lucia');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('atiende: Only a supervisor reassigns cases\n');
  });

  it('refuses to sign a profile with unsent work into another account', async () => {
    await login();
    await cli('sync', '--profile', profile);
    const [first] = json<{ id: string }[]>((await cli('cases', '--profile', profile, '--json')).stdout);
    await cli('reply', '--profile', profile, '--case', first!.id, '--text', 'No me pierdas');
    const other = await cli('login', '--server', sandbox.url, '--user', 'mateo', '--password', 'sandbox', '--profile', profile);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/1 unsent change.*sync it first or use another --profile/);
    const pending = json<{ args: { text: string } }[]>((await cli('mutations', '--profile', profile, '--status', 'pending')).stdout);
    expect(pending.map((m) => m.args.text)).toEqual(['No me pierdas']);
  });

  it('lists the inbox in the console’s order: open first, then priority', async () => {
    await login();
    await cli('sync', '--profile', profile);
    const inbox = json<{ status: string; priority: string }[]>((await cli('cases', '--profile', profile, '--json')).stdout);
    const rank = { urgent: 3, high: 2, normal: 1, low: 0 } as Record<string, number>;
    const keys = inbox.map((c) => [c.status === 'resolved' ? 0 : 1, rank[c.priority]!] as const);
    const sorted = [...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(keys).toEqual(sorted);
    expect(inbox.at(-1)?.status).toBe('resolved');
  });

  it('shows each case’s computed priority and why, its messages’ types and what the noise filter holds', async () => {
    await login();
    const write = (handle: string, text: string) => sandbox.control<{ caseId: string; messageId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Ana', handle }, text, assignTo: 'lucia',
    });
    const baja = await write('ana-1', 'Quiero darme de BAJA ya');
    const hola = await write('ana-2', 'hola');
    await cli('sync', '--profile', profile);
    type Listed = {
      id: string; priority: string; serverPriority: string;
      triage: { score: number; filtered: boolean; filteredCount: number; reasons: unknown[] };
      messages: {
        id: string; sentAt: string;
        triage: { type: string; computedType: string; overridden: boolean; noise: string | null; filtered: boolean; restored: boolean; pending: boolean; decidedBy: null };
      }[];
    };
    const listed = json<Listed[]>((await cli('cases', '--profile', profile, '--json')).stdout);
    const retention = listed.find((c) => c.id === baja.caseId);
    expect(retention).toMatchObject({ priority: 'high', serverPriority: 'normal', triage: { score: 50, filtered: false, filteredCount: 0 } });
    expect(retention?.triage.reasons).toEqual([
      { code: 'keyword', group: 'retention', detail: 'darme de baja', points: 40 },
      { code: 'segment', detail: 'new', points: 10 },
    ]);
    expect(retention?.messages).toEqual([{
      id: baja.messageId, sentAt: expect.any(String),
      triage: { type: 'public', computedType: 'public', overridden: false, reasons: [], noise: null, restored: false, filtered: false, pending: false, decidedBy: null },
      liked: null,
    }]);
    const courtesy = listed.find((c) => c.id === hola.caseId);
    expect(courtesy?.triage).toMatchObject({ filtered: true, filteredCount: 1 });
    expect(courtesy?.messages.map((m) => m.triage)).toEqual([expect.objectContaining({ type: 'no_content', noise: 'courtesy', filtered: true })]);
    // Customer text stays out of the listing: the subject says what the case is about.
    expect(JSON.stringify(courtesy?.messages)).not.toContain('"text"');

    const ids = async (view: string) => json<Listed[]>((await cli('cases', '--profile', profile, '--json', '--view', view)).stdout).map((c) => c.id);
    expect(await ids('queue')).toContain(baja.caseId);
    expect(await ids('queue')).not.toContain(hola.caseId);
    expect(await ids('filtered')).toEqual([hola.caseId]);
    expect(await cli('cases', '--profile', profile, '--view', 'noise')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--view must be one of all, queue, filtered/) });
  });

  it('searches messages and articles with accents folded and odd syntax tolerated', async () => {
    await login();
    await cli('sync', '--profile', profile);
    const plain = await cli('search', '--profile', profile, '--articles', '--json', 'facturacion');
    const accented = await cli('search', '--profile', profile, '--articles', '--json', 'facturación');
    expect(plain.code).toBe(0);
    expect(json<unknown[]>(plain.stdout).length).toBeGreaterThan(0);
    expect(plain.stdout).toBe(accented.stdout);
    const odd = await cli('search', '--profile', profile, '"router AND (');
    expect(odd.code).toBe(0);
  });

  it('changes a case state, and refuses an unknown state with a one-line reason', async () => {
    await login();
    await cli('sync', '--profile', profile);
    const [first] = json<{ id: string }[]>((await cli('cases', '--profile', profile, '--json')).stdout);
    const bad = await cli('status', '--profile', profile, '--case', first!.id, '--to', 'closed');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^atiende: Unknown state "closed"; use one of open, pending_company, waiting_customer, resolved\n$/);
    expect((await cli('status', '--profile', profile, '--case', first!.id, '--to', 'waiting_customer')).code).toBe(0);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    expect(sandbox.server.db.prepare('SELECT status FROM cases WHERE id = ?').get(first!.id)).toEqual({ status: 'waiting_customer' });
  });

  it('resolves a case only with a reason and a resolution, refusing without them in one line', async () => {
    await login();
    await cli('sync', '--profile', profile);
    const bare = await cli('status', '--profile', profile, '1001', 'resolved');
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/^atiende: To resolve case #1001, choose its contact reason: query, complaint, suggestion, [a-z_, ]+\n$/);
    const noResolution = await cli('status', '--profile', profile, '--case', '1001', '--to', 'resolved', '--reason', 'complaint');
    expect(noResolution).toMatchObject({ code: 1, stderr: expect.stringMatching(/^atiende: To resolve case #1001, say whether .* \(favour or against\)\n$/) });
    expect(json<unknown[]>((await cli('mutations', '--profile', profile, '--status', 'pending')).stdout)).toEqual([]);

    const retired = await cli('status', '--profile', profile, '1001', 'resolved', '--reason', 'complaint', '--resolution', 'favour', '--product', 'telefonia_fija');
    expect(retired).toMatchObject({ code: 1, stderr: expect.stringMatching(/^atiende: "telefonia_fija" is not an active product; use one of fibra_300, .*\n$/) });

    const resolved = await cli('status', '--profile', profile, '1001', 'resolved', '--reason', 'complaint', '--resolution', 'favour',
      '--product', 'fibra_300', '--call-avoided');
    expect(resolved.code).toBe(0);
    expect(resolved.stdout).toMatch(/^State change to resolved \(complaint, in the customer's favour\) queued as mutation 1;/);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    expect(sandbox.server.db.prepare("SELECT status, reason, resolution, product, call_avoided FROM cases WHERE id = 'case-001'").get())
      .toEqual({ status: 'resolved', reason: 'complaint', resolution: 'favour', product: 'fibra_300', call_avoided: 1 });
  });

  it('takes the password from standard input or the environment, never requiring it in ps', async () => {
    const base = ['login', '--server', sandbox.url, '--user', 'lucia', '--profile', profile];
    expect((await startCli([...base, '--password-stdin'], { input: 'sandbox\n' }).done).code).toBe(0);
    expect((await startCli(base, { env: { ATIENDE_PASSWORD: 'sandbox' } }).done).code).toBe(0);
    const none = await startCli(base, { env: { ATIENDE_PASSWORD: '' } }).done;
    expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing the password/) });
  });

  it('prints hostile customer text inert: no bidi overrides or C1 controls reach the terminal', async () => {
    await login();
    const text = 'Pagué \u202eodacifirev\u202c ya \u0085\u009b31m <script>alert(1)</script>';
    await sandbox.control('POST', '/v1/sandbox/inbound', { channel: 'webchat', customer: { name: 'Truco', handle: 't1' }, text, assignTo: 'lucia' });
    await cli('sync', '--profile', profile);
    const listing = await cli('cases', '--profile', profile, '--json');
    expect(listing.stdout).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(json<{ subject: string }[]>(listing.stdout).map((c) => c.subject)).toContain(text);
    const table = await cli('cases', '--profile', profile);
    expect(table.stdout).toContain('Pagué odacifirev ya 31m <script>alert(1)</script>');
  });

  it('refuses an unknown mutation status instead of printing nothing', async () => {
    await login();
    expect(await cli('mutations', '--profile', profile, '--status', 'lost')).toMatchObject({
      code: 1,
      stderr: 'atiende: Unknown status "lost"; use one of pending, applied, conflict, rejected\n',
    });
  });

  it('keeps one profile folder per server and agent when none is named', async () => {
    const home = `${dir.path}/home`;
    const signed = await startCli(['login', '--server', sandbox.url, '--user', 'mateo', '--password', 'sandbox'], { env: { ATIENDE_HOME: home } }).done;
    expect(signed.code).toBe(0);
    const folder = `${home}/profiles/127.0.0.1-${new URL(sandbox.url).port}--mateo`;
    expect(signed.stdout).toContain(`Profile: ${folder}`);
    expect((await cli('sync', '--profile', folder)).code).toBe(0);
  });

  it('reports the profile’s health with doctor', async () => {
    await login();
    await cli('sync', '--profile', profile);
    const doctor = await cli('doctor', '--profile', profile);
    expect(doctor.code).toBe(0);
    const report = json<{ integrity: string; schema: { version: number }; sync: { initialSyncDone: boolean }; secrets: { signedIn: boolean } }>(doctor.stdout);
    expect(report).toMatchObject({ integrity: 'ok', schema: { version: LATEST_VERSION }, sync: { initialSyncDone: true }, secrets: { signedIn: true } });
    expect(report).toMatchObject({ triage: { rules: 'server', error: null } });
    expect(doctor.stderr).toBe('');
    // Where the cache key lives, in one sentence: the keychain, or a key file outside the profile.
    const { cacheKey } = json<{ cacheKey: { place: string; file: string | null; where: string } }>(doctor.stdout);
    if (cacheKey.place === 'keychain') expect(cacheKey).toEqual({ place: 'keychain', file: null, where: 'The cache key is in the system keychain.' });
    else {
      expect(cacheKey.file).not.toContain(profile);
      expect(cacheKey.where).toBe(`The cache key is in ${cacheKey.file}, readable only by your user account (no keychain answered).`);
    }
  });

  it('reports with doctor that the server’s priority rules are invalid and the defaults apply', async () => {
    await login();
    await sandbox.control('POST', '/v1/sandbox/settings', { id: 'priority_rules', value: { version: 2, keywords: 'baja' } });
    await cli('sync', '--profile', profile);
    const doctor = await cli('doctor', '--profile', profile);
    expect(doctor.code).toBe(0);
    const report = json<{ triage: { rules: string; version: number; error: string } }>(doctor.stdout);
    expect(report.triage).toMatchObject({ rules: 'default', version: expect.any(Number) });
    expect(report.triage.error).toMatch(/version/);
    expect(doctor.stderr).toMatch(/^atiende: warning: The server's priority rules \(version \d+\) are invalid, so the default rules apply: .+\n$/);
  });

  it('sends an out-of-hours auto-reply on sync, as the console does, and counts it per case and in doctor', async () => {
    await sandbox.control('POST', '/v1/sandbox/clock', { now: BA(TUESDAY_AFTERNOON) });
    await sandbox.control('POST', '/v1/sandbox/reset'); // seeded times count back from the clock
    await sandbox.control('POST', '/v1/sandbox/settings', { id: 'auto_replies', value: DEFAULT_AUTO_REPLIES });
    await login();
    await cli('sync', '--profile', profile);
    await sandbox.control('POST', '/v1/sandbox/clock', { now: BA('2026-03-10T23:00:00') });
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+5491155550101' }, text: 'Hola, ¿están?', assignTo: 'lucia',
    });

    const sync = await cli('sync', '--profile', profile);
    expect(json<{ autoReplies: number; pushed: { applied: number } }>(sync.stdout)).toMatchObject({ autoReplies: 1, pushed: { applied: 1 } });
    expect(await cli('sync', '--profile', profile)).toMatchObject({ code: 0, stdout: expect.stringContaining('"autoReplies": 0') });
    expect((await sandbox.outbound()).map((m) => [m.kind, m.caseId, m.username])).toEqual([['auto_reply', caseId, 'lucia']]);

    const listed = json<{ id: string; autoReplies: number }[]>((await cli('cases', '--profile', profile, '--json')).stdout);
    expect(listed.find((c) => c.id === caseId)?.autoReplies).toBe(1);
    expect(listed.filter((c) => c.autoReplies > 0)).toHaveLength(1);
    const report = json<{ autoReplies: { delivered: number; decided: { sent: number; skipped: Record<string, number> }; settingsErrors: unknown[] } }>(
      (await cli('doctor', '--profile', profile)).stdout,
    );
    expect(report.autoReplies).toMatchObject({ delivered: 1, decided: { sent: 1, skipped: { stale: expect.any(Number) } }, settingsErrors: [] });
  });

  it('fails clearly, with non-zero exits, on wrong input', async () => {
    expect(await cli('sync')).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing --profile/) });
    expect(await cli('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command "frobnicate"/) });
    expect(await cli('cases', '--profile', `${dir.path}/nobody`)).toMatchObject({ code: 1, stderr: expect.stringMatching(/No profile in .*: sign in first/) });
    const badLogin = await cli('login', '--server', sandbox.url, '--user', 'lucia', '--password', 'wrong', '--profile', profile);
    expect(badLogin).toMatchObject({ code: 1, stderr: expect.stringMatching(/Wrong user or password/) });
    await login();
    await cli('sync', '--profile', profile);
    expect(await cli('reply', '--profile', profile, '--case', '999999', '--text', 'x')).toMatchObject({ code: 1, stderr: 'atiende: No case 999999 in this profile\n' });
  });

  it('refuses a damaged profile file with a clear error instead of crashing', async () => {
    await login();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${profile}/profile.json`, '{"server": 42');
    expect(await cli('sync', '--profile', profile)).toMatchObject({ code: 1, stderr: expect.stringMatching(/profile.json is not valid JSON; sign in again/) });
  });

  it('rejects a malformed page: exit 1, reason on stderr, logged, cursor unmoved', async () => {
    await login();
    await cli('sync', '--profile', profile);
    const key = await keyOf(profile);
    const cursorOf = () => {
      const db = peekCache(profile, key);
      const row = db.prepare("SELECT value FROM sync_state WHERE key = 'cursor'").get() as { value: string };
      db.close();
      return row.value;
    };
    const before = cursorOf();
    await sandbox.fault({ route: 'pull', malformed: { changes: 'nope', cursor: 7 } });
    const sync = await cli('sync', '--profile', profile);
    expect(sync.code).toBe(1);
    expect(sync.stderr).toMatch(/atiende: The central API answered \/v1\/sync\/pull with a malformed payload/);
    expect(cursorOf()).toBe(before);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${profile}/atiende.log`, 'utf8')).toMatch(/"level":"error","message":"sync failed","reason":"The central API answered \/v1\/sync\/pull with a malformed payload/);
  });
});

const DAY = 86_400_000;
const advanceServer = (days: number) => sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() + days * DAY).toISOString() });

describe('atiende CLI under retention', () => {
  it('lists a purged case by number and state, saying its text was removed by retention', async () => {
    await sandbox.control('POST', '/v1/sandbox/settings', { id: 'retention', value: { version: 1, textDays: 90, maxOfflineDays: 365 } });
    await login();
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    await advanceServer(100);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    const listing = (await cli('cases', '--profile', profile, '--view', 'all')).stdout.split('\n');
    expect(listing.find((line) => line.startsWith('#1036'))).toMatch(/resolved .*\(Texto eliminado por retención\)$/);
    expect(listing.find((line) => line.startsWith('#1001'))).not.toMatch(/retención/);
  });

  it('refuses to show cases past the offline limit in one sentence, until signing in again', async () => {
    await login();
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    await advanceServer(15);
    const sync = await cli('sync', '--profile', profile);
    expect(sync.code).toBe(1);
    expect(sync.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^atiende: This computer has not reached the server for 14 days or more: sign in again/)]);
    const cases = await cli('cases', '--profile', profile);
    expect(cases.code).toBe(1);
    expect(cases.stdout).toBe('');
    expect(cases.stderr.trim().split('\n')).toHaveLength(1);
    expect(cases.stderr).toMatch(/sign in again \(login\) to see the cases/);

    expect((await login()).code).toBe(0);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    expect((await cli('cases', '--profile', profile)).stdout).toMatch(/^#1/);
  });
});
