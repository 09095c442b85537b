// An organisation's server as its administrators and channel connectors use it: users added by
// the admin command (a slow hash, never a password on the command line), their role, password and
// sign-in changed by the others (each ending their sessions), customer messages taken
// once each by the ingest API and routed, readiness, and a shutdown that ends the event streams.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import { pgSql } from '../../src/server/store/postgres/pg-sql.ts';
import { demoDatabase, SERVER_MAIN, startNode } from '../fixtures/organisation.ts';
import { postgresDatabase } from '../fixtures/postgres.ts';
import pg from 'pg';

/** `npm run server -- admin …`, with `input` on standard input. */
function admin(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SERVER_MAIN, 'admin', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const login = (url: string, username: string, password: string) =>
  fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

const ingest = (url: string, key: string, body: object) =>
  fetch(`${url}/v1/ingest/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(body) });

describe('users, added by the admin command', () => {
  it('sign in with the password given on standard input, stored as a slow hash', async () => {
    const database = await postgresDatabase();
    const added = await admin(['add-user', '--database', database, '--username', 'rocio', '--role', 'agent', '--name', 'Rocío Paz', '--team', 'soporte', '--password-stdin'], 'correcto caballo batería\n');
    expect(added).toMatchObject({ code: 0, stdout: 'Added agent "rocio"\n' });
    const pool = new pg.Pool({ connectionString: database });
    const stored = await pgSql(pool).row<{ password: string; name: string }>("SELECT password, name FROM users WHERE username = 'rocio'");
    await pool.end();
    expect(stored?.name).toBe('Rocío Paz');
    expect(stored?.password).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored?.password).not.toContain('caballo');

    const node = await startNode(database);
    const signedIn = await login(node.url, 'rocio', 'correcto caballo batería');
    expect(signedIn.status).toBe(200);
    // An organisation's server: the console shows no training banner.
    expect(await signedIn.json()).toMatchObject({ sandbox: false, agent: { username: 'rocio', role: 'agent' } });
    expect((await login(node.url, 'rocio', 'correcto caballo bateria')).status).toBe(401);
  });

  it('are refused with a reason: an existing one, a short password, an unknown role, a password on the command line', async () => {
    const database = await postgresDatabase();
    const args = ['add-user', '--database', database, '--username', 'rocio', '--role', 'agent', '--password-stdin'];
    expect((await admin(args, 'una clave larga')).code).toBe(0);
    expect(await admin(args, 'otra clave larga')).toMatchObject({ code: 1, stderr: 'server: There is a user "rocio" already\n' });
    expect(await admin([...args.slice(0, 4), 'nueva', ...args.slice(5)], 'corta')).toMatchObject({ code: 1, stderr: expect.stringContaining('at least 8 characters') });
    expect(await admin(['add-user', '--database', database, '--username', 'x', '--role', 'jefa', '--password-stdin'], 'una clave larga')).toMatchObject({ code: 1, stderr: expect.stringContaining('--role agent|supervisor|trainer') });
    expect(await admin(['add-user', '--database', database, '--username', 'x', '--role', 'agent'])).toMatchObject({ code: 1, stderr: expect.stringContaining('--password-stdin') });
  });
});

describe('users, changed by the admin commands', () => {
  const PASSWORD = 'correcto caballo batería';
  /** A database with `rocio`, an agent, and a node on it; rocio signed in. */
  const withRocio = async (env: Record<string, string> = {}) => {
    const database = await postgresDatabase();
    expect((await admin(['add-user', '--database', database, '--username', 'rocio', '--role', 'agent', '--password-stdin'], PASSWORD)).code).toBe(0);
    const node = await startNode(database, env);
    const signedIn = await login(node.url, 'rocio', PASSWORD);
    expect(signedIn.status).toBe(200);
    const { token } = await signedIn.json() as { token: string };
    return { database, node, token };
  };
  /** Whether a console's token still holds: its pull answers. */
  const pullStatus = async (url: string, token: string) =>
    (await fetch(`${url}/v1/sync/pull`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ cursor: null, limit: 1 }) })).status;

  /** What a console learns of rocio pulling from `cursor` to the feed's end, and the cursor there. */
  const rocioAsSeen = async (url: string, token: string, cursor: string | null = null) => {
    const client = new ApiClient({ baseUrl: url, token: () => token });
    const seen: unknown[] = [];
    for (let more = true; more;) {
      const page = await client.pull(cursor, 500);
      seen.push(...page.changes.filter((c) => c.entity === 'agent' && c.id === 'rocio' && c.op === 'put').map((c) => (c as { data: unknown }).data));
      cursor = page.cursor;
      more = page.hasMore;
    }
    return { seen, cursor };
  };
  /** A colleague's console (a trainer sees every agent), synced to the feed's end. */
  const colleague = async (database: string, url: string) => {
    expect((await admin(['add-user', '--database', database, '--username', 'tomas', '--role', 'trainer', '--password-stdin'], PASSWORD)).code).toBe(0);
    const { token } = await (await login(url, 'tomas', PASSWORD)).json() as { token: string };
    return { token, cursor: (await rocioAsSeen(url, token)).cursor };
  };

  it('set-role: the role changes, consoles hear of it, the old token stops holding, and signing in again gives the new role', async () => {
    const { database, node, token } = await withRocio();
    const tomas = await colleague(database, node.url);
    const { cursor: asAgent } = await rocioAsSeen(node.url, token);
    expect(await admin(['set-role', '--database', database, '--username', 'rocio', '--role', 'supervisor'])).toMatchObject({ code: 0, stdout: '"rocio" is now a supervisor: their consoles sign in again\n' });
    expect((await rocioAsSeen(node.url, tomas.token, tomas.cursor)).seen).toEqual([expect.objectContaining({ role: 'supervisor' })]);
    expect(await pullStatus(node.url, token)).toBe(401);
    const again = await login(node.url, 'rocio', PASSWORD);
    const signedIn = await again.json() as { token: string };
    expect(signedIn).toMatchObject({ agent: { username: 'rocio', role: 'supervisor' } });
    // What her console holds was pulled as an agent: it pulls again from the start, as a supervisor.
    const client = new ApiClient({ baseUrl: node.url, token: () => signedIn.token });
    await expect(client.pull(asAgent, 500)).rejects.toMatchObject({ kind: 'resync_required' });
    const { cursor: asSupervisor } = await rocioAsSeen(node.url, signedIn.token);
    expect((await client.pull(asSupervisor, 500)).changes).toEqual([]);
    // A colleague's cursor from before is not theirs to lose.
    expect((await rocioAsSeen(node.url, tomas.token, tomas.cursor)).seen).toEqual([expect.objectContaining({ role: 'supervisor' })]);
  });

  it('set-team and set-supervises: colleagues hear of it, and the user\'s console pulls again from the start, still signed in', async () => {
    const { database, node, token } = await withRocio();
    const tomas = await colleague(database, node.url);
    const { cursor } = await rocioAsSeen(node.url, token);
    const run = (...args: string[]) => admin([args[0]!, '--database', database, '--username', 'rocio', ...args.slice(1)]);
    expect(await run('set-team', '--team', 'ventas')).toMatchObject({ code: 0, stdout: '"rocio" is now in team "ventas": their consoles pull again from the start\n' });
    const heard = await rocioAsSeen(node.url, tomas.token, tomas.cursor);
    expect(heard.seen).toEqual([expect.objectContaining({ team: 'ventas' })]);
    await expect(new ApiClient({ baseUrl: node.url, token: () => token }).pull(cursor, 500)).rejects.toMatchObject({ kind: 'resync_required' });
    expect(await pullStatus(node.url, token)).toBe(200);

    expect(await run('set-supervises', '--teams', 'soporte')).toMatchObject({ code: 1, stderr: expect.stringContaining('only a supervisor supervises teams') });
    expect((await run('set-role', '--role', 'supervisor')).code).toBe(0);
    expect(await run('set-supervises', '--teams', 'soporte, ventas,soporte')).toMatchObject({ code: 0, stdout: '"rocio" supervises "soporte", "ventas": their consoles pull again from the start\n' });
    const promoted = await rocioAsSeen(node.url, tomas.token, heard.cursor);
    expect(promoted.seen.at(-1)).toMatchObject({ role: 'supervisor', supervises: ['soporte', 'ventas'] });
    // Back to agent: she lets go of the teams she supervised.
    expect((await run('set-role', '--role', 'agent')).code).toBe(0);
    expect((await rocioAsSeen(node.url, tomas.token, promoted.cursor)).seen).toEqual([expect.objectContaining({ role: 'agent', supervises: [] })]);
    expect(await run('set-team', '--team', '  ')).toMatchObject({ code: 1, stderr: expect.stringContaining('1 to 64 characters') });
  });

  it('reset-password: the old password and token stop working, the new password signs in', async () => {
    const { database, node, token } = await withRocio();
    const args = ['reset-password', '--database', database, '--username', 'rocio', '--password-stdin'];
    expect(await admin(args, 'corta')).toMatchObject({ code: 1, stderr: expect.stringContaining('at least 8 characters') });
    expect(await pullStatus(node.url, token)).toBe(200);
    expect(await admin(args, 'otra clave larga\n')).toMatchObject({ code: 0 });
    expect(await pullStatus(node.url, token)).toBe(401);
    expect((await login(node.url, 'rocio', PASSWORD)).status).toBe(401);
    expect((await login(node.url, 'rocio', 'otra clave larga')).status).toBe(200);
  });

  it('disable-user: signing in is refused as a wrong password is, the token stops holding; enable-user lets them in again', async () => {
    const { database, node, token } = await withRocio();
    const wrong = await login(node.url, 'rocio', 'no es la clave');
    expect((await admin(['disable-user', '--database', database, '--username', 'rocio'])).code).toBe(0);
    expect(await pullStatus(node.url, token)).toBe(401);
    const refused = await login(node.url, 'rocio', PASSWORD);
    expect(refused.status).toBe(wrong.status);
    expect(await refused.json()).toEqual(await wrong.json());
    expect((await admin(['enable-user', '--database', database, '--username', 'rocio'])).code).toBe(0);
    expect((await login(node.url, 'rocio', PASSWORD)).status).toBe(200);
  });

  it('disable-user: new cases go to the agents who can sign in, and consoles hear rocio is routed no more', async () => {
    const KEY = randomUUID();
    const { database, node } = await withRocio({ ATIENDE_INGEST_KEY: KEY });
    expect((await admin(['add-user', '--database', database, '--username', 'tomas', '--role', 'agent', '--password-stdin'], PASSWORD)).code).toBe(0);
    const { token } = await (await login(node.url, 'tomas', PASSWORD)).json() as { token: string };
    const { cursor } = await rocioAsSeen(node.url, token);
    expect((await admin(['disable-user', '--database', database, '--username', 'rocio'])).code).toBe(0);
    // The routing simulation of a supervisor's console counts on who is routed.
    expect((await rocioAsSeen(node.url, token, cursor)).seen).toEqual([expect.objectContaining({ routed: false })]);
    const assignees: unknown[] = [];
    for (const n of [1, 2]) {
      const message = { channel: 'whatsapp', externalId: `wamid.${n}`, customer: { name: `Cliente ${n}`, handle: `+54 9 11 5555-000${n}` }, text: 'Hola, no tengo internet' };
      const { caseId } = await (await ingest(node.url, KEY, message)).json() as { caseId: string };
      const pool = new pg.Pool({ connectionString: database });
      assignees.push((await pgSql(pool).row<{ assigned_to: string }>('SELECT assigned_to FROM cases WHERE id = ?', caseId))?.assigned_to);
      await pool.end();
    }
    // Both agents routed, the fewest open cases would have given rocio one.
    expect(assignees).toEqual(['tomas', 'tomas']);
  });

  it('disable-user: a supervisor cannot hand a case to them, nor an agent derive one to them', async () => {
    const database = await demoDatabase();
    const node = await startNode(database);
    expect((await admin(['disable-user', '--database', database, '--username', 'camila'])).code).toBe(0);
    const pool = new pg.Pool({ connectionString: database });
    const held = await pgSql(pool).row<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'lucia' AND status <> 'resolved' ORDER BY number LIMIT 1");
    await pool.end();
    const caseId = held?.id ?? '';
    const consoleOf = async (username: string) => {
      const { token } = await (await login(node.url, username, 'sandbox')).json() as { token: string };
      const client = new ApiClient({ baseUrl: node.url, token: () => token });
      const clientId = randomUUID();
      let seq = 0;
      return (name: string, args: Record<string, string>) => client.push(clientId, [{ seq: ++seq, id: randomUUID(), name, args, baseVersion: null }]).then((r) => r.results[0]);
    };
    const sofia = await consoleOf('sofia');
    expect(await sofia('reassign_case', { caseId, to: 'camila' })).toMatchObject({ status: 'rejected', reason: 'invalid_target', message: 'camila was disabled by an administrator and cannot sign in' });
    const lucia = await consoleOf('lucia');
    expect(await lucia('derive_case', { derivationId: randomUUID(), caseId, to: 'agent:camila', note: '¿Lo podés ver?' })).toMatchObject({ status: 'rejected', reason: 'no_recipient' });
    expect(await lucia('derive_case', { derivationId: randomUUID(), caseId, to: 'agent:joaquin', note: '¿Lo podés ver?' })).toMatchObject({ status: 'applied' });
  });

  it('list-users: one line a user, aligned, by username, with who is disabled', async () => {
    const database = await postgresDatabase();
    for (const [username, role, name, team] of [['zoe', 'trainer', 'Zoe Ibáñez', ''], ['ana.m', 'supervisor', 'Ana María Sol', 'soporte'], ['bruno', 'agent', 'Bruno', 'ventas']] as const) {
      expect((await admin(['add-user', '--database', database, '--username', username, '--role', role, '--name', name, ...(team ? ['--team', team] : []), '--password-stdin'], PASSWORD)).code).toBe(0);
    }
    expect((await admin(['disable-user', '--database', database, '--username', 'bruno'])).code).toBe(0);
    expect((await admin(['list-users', '--database', database])).stdout).toBe([
      'USERNAME  ROLE        NAME           TEAM     DISABLED',
      'ana.m     supervisor  Ana María Sol  soporte  no',
      'bruno     agent       Bruno          ventas   yes',
      'zoe       trainer     Zoe Ibáñez     -        no',
      '',
    ].join('\n'));
  });

  it('revoke-device: the lost laptop is told to wipe its data at its next contact, the user\'s other device goes on', async () => {
    const { database, node } = await withRocio();
    const on = async (deviceId: string) => {
      const signedIn = await fetch(`${node.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'rocio', password: PASSWORD, deviceId }) });
      return (await signedIn.json() as { token: string }).token;
    };
    const lost = await on('portatil-perdido');
    const kept = await on('escritorio');
    const devices = async () => (await admin(['list-devices', '--database', database, '--username', 'rocio'])).stdout.split('\n').slice(1, -1).map((line) => line.split(/\s{2,}/));
    expect(await devices()).toEqual([['escritorio', expect.any(String), 'no'], ['portatil-perdido', expect.any(String), 'no']]);

    const revoke = (device?: string) => admin(['revoke-device', '--database', database, '--username', 'rocio', ...(device ? ['--device', device] : [])]);
    expect(await revoke('portatil-perdido')).toMatchObject({ code: 0, stdout: expect.stringContaining('Revoked "rocio" on device "portatil-perdido" (1 open session)') });
    const refused = await fetch(`${node.url}/v1/sync/pull`, { method: 'POST', headers: { authorization: `Bearer ${lost}`, 'content-type': 'application/json' }, body: JSON.stringify({ cursor: null, limit: 1 }) });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'device_revoked' });
    expect(await pullStatus(node.url, kept)).toBe(200);
    expect(await devices()).toEqual([['escritorio', expect.any(String), 'no'], ['portatil-perdido', expect.any(String), 'yes']]);

    expect(await revoke('otro')).toMatchObject({ code: 1, stderr: expect.stringContaining('never signed in on a device "otro"') });
    expect(await revoke()).toMatchObject({ code: 1, stderr: expect.stringContaining('needs --device') });
  });

  it('refuse a user that does not exist, and an unknown command lists them all', async () => {
    const database = await postgresDatabase();
    const unknown = { code: 1, stderr: 'server: There is no user "nadie"\n' };
    expect(await admin(['set-role', '--database', database, '--username', 'nadie', '--role', 'agent'])).toMatchObject(unknown);
    expect(await admin(['reset-password', '--database', database, '--username', 'nadie', '--password-stdin'], PASSWORD)).toMatchObject(unknown);
    expect(await admin(['disable-user', '--database', database, '--username', 'nadie'])).toMatchObject(unknown);
    expect(await admin(['enable-user', '--database', database, '--username', 'nadie'])).toMatchObject(unknown);
    expect(await admin(['list-devices', '--database', database, '--username', 'nadie'])).toMatchObject(unknown);
    expect(await admin(['set-team', '--database', database, '--username', 'nadie', '--team', 'ventas'])).toMatchObject(unknown);
    expect(await admin(['set-supervises', '--database', database, '--username', 'nadie', '--teams', 'ventas'])).toMatchObject(unknown);
    expect(await admin(['revoke-device', '--database', database, '--username', 'nadie', '--device', 'x'])).toMatchObject(unknown);
    const commands = '"admin add-user", "admin set-role", "admin set-team", "admin set-supervises", "admin reset-password", "admin disable-user", "admin enable-user", "admin list-users", "admin list-devices", "admin revoke-device", "admin new-epoch"';
    expect(await admin(['delete-user', '--database', database])).toMatchObject({ code: 1, stderr: `server: Unknown command "admin delete-user": the commands are ${commands}\n` });
  });
});

describe('the ingest API', () => {
  const KEY = randomUUID();

  it('takes a channel message once by its id, opens a case routed to an agent, and joins it with the next one', async () => {
    const database = await demoDatabase();
    const node = await startNode(database, { ATIENDE_INGEST_KEY: KEY });
    const message = { channel: 'whatsapp', externalId: 'wamid.1', customer: { name: 'Marta Ruiz', handle: '+54 9 11 5555-0001' }, text: 'Hola, no tengo internet desde ayer' };
    const first = await ingest(node.url, KEY, message);
    expect(first.status).toBe(201);
    const opened = await first.json() as { caseId: string; messageId: string; duplicate: boolean };
    expect(opened.duplicate).toBe(false);
    // The connector retries (its answer was lost): the same case and message, nothing new.
    const again = await ingest(node.url, KEY, message);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...opened, duplicate: true });
    const next = await (await ingest(node.url, KEY, { ...message, externalId: 'wamid.2', text: '¿Alguna novedad?' })).json() as { caseId: string };
    expect(next.caseId).toBe(opened.caseId);

    const pool = new pg.Pool({ connectionString: database });
    const sql = pgSql(pool);
    const thread = await sql.rows<{ text: string }>("SELECT text FROM messages WHERE case_id = ? AND kind = 'customer' ORDER BY sent_at", opened.caseId);
    const routed = await sql.row<{ assigned_to: string | null; routing_rule: string | null }>('SELECT assigned_to, routing_rule FROM cases WHERE id = ?', opened.caseId);
    await pool.end();
    expect(thread.map((m) => m.text)).toEqual(['Hola, no tengo internet desde ayer', '¿Alguna novedad?']);
    expect(routed?.assigned_to).toEqual(expect.any(String));
    expect(routed?.routing_rule).toEqual(expect.any(String));

    // The agent it went to pulls it.
    const agent = new ApiClient({ baseUrl: node.url, token: () => token });
    let token = '';
    token = (await agent.login(routed!.assigned_to!, 'sandbox', randomUUID())).token;
    let cursor: string | null = null;
    const ids = new Set<string>();
    for (let more = true; more;) {
      const page = await agent.pull(cursor, 500);
      for (const change of page.changes) ids.add(change.id);
      cursor = page.cursor;
      more = page.hasMore;
    }
    expect(ids).toContain(opened.caseId);
    expect(ids).toContain(opened.messageId);
  });

  it('answers the same message sent twice at once with one message', async () => {
    const database = await demoDatabase();
    const node = await startNode(database, { ATIENDE_INGEST_KEY: KEY });
    const message = { channel: 'email', externalId: '<abc@mail>', customer: { name: 'Luis', handle: 'luis@example.com' }, text: 'Quiero dar de baja el servicio' };
    const answers = await Promise.all([ingest(node.url, KEY, message), ingest(node.url, KEY, message)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    const pool = new pg.Pool({ connectionString: database });
    const found = await pgSql(pool).rows("SELECT id FROM messages WHERE text = 'Quiero dar de baja el servicio'");
    await pool.end();
    expect(found).toHaveLength(1);
  });

  it('refuses a wrong key, takes none when no key is set, and says what is wrong with a malformed message', async () => {
    const database = await demoDatabase();
    const message = { channel: 'sms', externalId: 's-1', customer: { name: 'Ana', handle: '+54 9 11 0000-0000' }, text: 'Hola' };
    const open = await startNode(database, { ATIENDE_INGEST_KEY: KEY });
    expect((await ingest(open.url, 'otra-clave', message)).status).toBe(401);
    const malformed = await ingest(open.url, KEY, { ...message, channel: 'paloma' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(await malformed.json())).toContain('channel');
    // A NUL, which PostgreSQL's text cannot hold, is kept as U+FFFD rather than failing every retry.
    const nul = await ingest(open.url, KEY, { ...message, externalId: 's-nul', text: 'Hola\u0000mundo' });
    expect(nul.status).toBe(201);
    const pool = new pg.Pool({ connectionString: database });
    expect(await pgSql(pool).row('SELECT text FROM messages WHERE id = ?', (await nul.json() as { messageId: string }).messageId)).toEqual({ text: 'Hola\uFFFDmundo' });
    await pool.end();
    const closed = await startNode(database, { ATIENDE_INGEST_KEY: '' });
    expect((await ingest(closed.url, KEY, message)).status).toBe(404);
  });
});

describe('a restored database', () => {
  it('gets a new epoch from the admin command: a console\'s push from before the restore is refused, never applied twice', async () => {
    const database = await demoDatabase();
    let node = await startNode(database);
    const epochOf = async (url: string) => {
      const token = (await (await login(url, 'lucia', 'sandbox')).json() as { token: string }).token;
      const page = await (await fetch(`${url}/v1/sync/pull`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ cursor: null, limit: 1 }) })).json() as { cursor: string };
      return { token, epoch: page.cursor.split('.')[0]! };
    };
    const before = await epochOf(node.url);
    node.child.kill('SIGTERM');
    await node.exited;
    const renewed = await admin(['new-epoch', '--database', database]);
    expect(renewed.code).toBe(0);
    expect(renewed.stdout).toContain(`(was ${before.epoch})`);
    node = await startNode(database);
    const after = await epochOf(node.url);
    expect(after.epoch).not.toBe(before.epoch);
    const clientId = randomUUID();
    const reply = { seq: 1, id: randomUUID(), name: 'send_reply', baseVersion: null, args: { caseId: 'case-001', messageId: randomUUID(), text: 'Enviada antes del respaldo' } };
    const push = await fetch(`${node.url}/v1/sync/push`, {
      method: 'POST', headers: { authorization: `Bearer ${after.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId, epoch: before.epoch, mutations: [reply] }),
    });
    expect(push.status).toBe(409);
    expect(await push.json()).toMatchObject({ error: 'sequence_gap', expectedSeq: 1 });
    const pool = new pg.Pool({ connectionString: database });
    expect(await pgSql(pool).rows('SELECT seq FROM mutation_log WHERE client_id = ?', clientId)).toEqual([]);
    await pool.end();
  });
});

describe('a node', () => {
  it('is ready while its database answers, says it is no sandbox, and ends its event streams when told to stop', async () => {
    const node = await startNode(await demoDatabase());
    expect(await (await fetch(`${node.url}/v1/ready`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${node.url}/v1/health`)).json()).toMatchObject({ ok: true, sandbox: false });
    const token = (await (await login(node.url, 'lucia', 'sandbox')).json() as { token: string }).token;
    const stream = (await fetch(`${node.url}/v1/sync/events`, { headers: { authorization: `Bearer ${token}` } })).body!.getReader();
    await stream.read();
    node.child.kill('SIGTERM');
    // The stream ends (the console reconnects, to another node behind the balancer), and the node exits cleanly.
    for (let chunk = await stream.read(); !chunk.done; chunk = await stream.read());
    await node.exited;
    expect(node.child.exitCode).toBe(0);
    expect(node.logs.map((l) => l.message)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });
});
