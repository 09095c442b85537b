// Training classes on the real sandbox server: each trainee on a store of their own, one-time
// sign-in, the class's clock and script, the trainer's board, and what the routes refuse.
// The script is tests/fixtures/classes/server/prueba-servidor.json.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import type { LoginResponse } from '../../src/protocol/auth.ts';
import type { ClassStartResponse } from '../../src/shared/classes/wire.ts';
import { startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';

const SCRIPTS = fileURLToPath(new URL('../fixtures/classes/server/', import.meta.url));
const SCRIPT = 'prueba-servidor';

let sandbox: RunningSandbox;
let trainer: ApiClient;

beforeEach(async () => {
  sandbox = await startSandbox({ classScriptDir: SCRIPTS });
  trainer = await client('diego', 'sandbox');
});
afterEach(() => sandbox.stop());

/** A console signed in as `username`. */
async function client(username: string, password: string): Promise<ApiClient> {
  let token = '';
  const api = new ApiClient({ baseUrl: sandbox.url, token: () => token });
  token = (await api.login(username, password, randomUUID())).token;
  return api;
}

/** A trainee's console, signed in with their one-time code. */
async function joined(code: string): Promise<{ api: ApiClient; login: LoginResponse }> {
  const login = await post<LoginResponse>('/v1/classes/join', { code });
  expect(login.status).toBe(200);
  const api = new ApiClient({ baseUrl: sandbox.url, token: () => login.body.token });
  return { api, login: login.body };
}

async function post<T = { error: string; message: string }>(path: string, body: unknown, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function get<T = { error: string; message: string }>(path: string, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: (await response.json()) as T };
}

async function startClass(trainees = ['Ana Pérez', 'Beto']): Promise<ClassStartResponse> {
  return trainer.startClass({ scenario: SCRIPT, trainees, speed: 1 });
}

/** Everything a console pulls from scratch. */
async function pullAll(api: ApiClient) {
  const changes = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await api.pull(cursor, 500);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return changes;
  }
}

const casesOf = (changes: Awaited<ReturnType<typeof pullAll>>) =>
  changes.flatMap((c) => (c.op === 'put' && c.entity === 'case' ? [{ ...c.data, id: c.id }] : []));
const textsOf = (changes: Awaited<ReturnType<typeof pullAll>>) =>
  changes.flatMap((c) => (c.op === 'put' && c.entity === 'message' ? [c.data.text] : []));

describe('starting a class and joining it', () => {
  it('gives each trainee a username, a one-time code, and a store seeded with only them and the colleague', async () => {
    const started = await startClass();
    expect(started.trainees.map((t) => t.name)).toEqual(['Ana Pérez', 'Beto']);
    const [ana, beto] = started.trainees;
    expect(ana!.username).toBe(`ana-perez-${started.classId.slice(0, 4)}`);
    expect(beto!.username).toBe(`beto-${started.classId.slice(0, 4)}`);
    for (const t of started.trainees) expect(t.password).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    // Kept only as a hash.
    const stored = sandbox.server.db.prepare('SELECT password_hash AS hash FROM class_trainees').all() as { hash: string }[];
    expect(stored.map((r) => r.hash)).not.toContain(ana!.password);

    const { classes } = await trainer.classes();
    expect(classes[0]).toMatchObject({ classId: started.classId, state: 'ready', now: '2026-03-02T13:00:00.000Z', elapsedMinutes: 0 });

    const { api, login } = await joined(ana!.password);
    expect(login.agent.username).toBe(ana!.username);
    expect(login.classTitle).toBe('Prueba del servidor de clases');
    expect(login.sandbox).toBe(true);
    const changes = await pullAll(api);
    const agents = changes.flatMap((c) => (c.op === 'put' && c.entity === 'agent' ? [c.data.username] : []));
    expect(agents.sort()).toEqual([ana!.username, 'companero'].sort());
    // No open case waits for the trainee: the seed's resolved ones are the colleague's history.
    expect(casesOf(changes).filter((c) => c.status !== 'resolved')).toEqual([]);
    expect((await trainer.classes()).classes[0]!.trainees).toEqual([
      { name: 'Ana Pérez', username: ana!.username, joined: true },
      { name: 'Beto', username: beto!.username, joined: false },
    ]);
  });

  it('takes a code once: a second join, or signing in with it, is refused', async () => {
    const [ana] = (await startClass()).trainees;
    await joined(ana!.password.toLowerCase());
    expect(await post('/v1/classes/join', { code: ana!.password })).toMatchObject({ status: 401, body: { error: 'bad_credentials' } });
    expect(await post('/v1/auth/login', { username: ana!.username, password: ana!.password })).toMatchObject({ status: 401, body: { error: 'bad_credentials' } });
    expect(await post('/v1/classes/join', { code: 'ZZZZ-ZZZZ' })).toMatchObject({ status: 401, body: { error: 'bad_credentials' } });
  });

  it('answers a wrong password for a trainee exactly as it answers an unknown user', async () => {
    const [ana] = (await startClass()).trainees;
    const unknown = await post('/v1/auth/login', { username: 'nadie-en-clase', password: 'ZZZZ-ZZZZ' });
    expect(unknown).toMatchObject({ status: 401, body: { error: 'bad_credentials' } });
    expect(await post('/v1/auth/login', { username: ana!.username, password: 'ZZZZ-ZZZZ' })).toEqual(unknown);
    // A used code too.
    await joined(ana!.password);
    expect(await post('/v1/auth/login', { username: ana!.username, password: ana!.password })).toEqual(unknown);
  });

  it('lets a trainee sign in with username and password once, and renew on their own store', async () => {
    const [, beto] = (await startClass()).trainees;
    const first = await post<LoginResponse>('/v1/auth/login', { username: beto!.username, password: beto!.password });
    expect(first.status).toBe(200);
    expect(first.body.classTitle).toBe('Prueba del servidor de clases');
    expect(await post('/v1/auth/login', { username: beto!.username, password: beto!.password })).toMatchObject({ status: 401 });
    // The colleague of the copy has no password that works, the sandbox's included.
    expect(await post('/v1/auth/login', { username: 'companero', password: 'sandbox' }, first.body.token)).toMatchObject({ status: 401 });
    const renewed = await post<{ token: string }>('/v1/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(renewed.status).toBe(200);
    expect((await post('/v1/sync/pull', { cursor: null, limit: 10 }, renewed.body.token)).status).toBe(200);
  });
});

describe('the class clock a trainee reads', () => {
  it('is the one their pulls carry: health answers it to a trainee\'s token, the server\'s own clock to anyone else', async () => {
    const [ana] = (await startClass()).trainees;
    const { api } = await joined(ana!.password);
    const pulled = await api.pull(null, 10);
    // The class stands still until started: its clock is the script's start, months from the server's.
    expect(pulled.serverNow).toBe('2026-03-02T13:00:00.000Z');
    expect((await api.health()).serverNow).toBe(pulled.serverNow);
    const unsigned = await new ApiClient({ baseUrl: sandbox.url, token: () => null }).health();
    expect(Math.abs(Date.parse(unsigned.serverNow) - Date.now())).toBeLessThan(60_000);
  });
});

describe('the classification a trainee gives', () => {
  it('dates from the resolution it came with, not from when the class noticed it', async () => {
    const started = await startClass();
    const [ana] = started.trainees;
    const { api } = await joined(ana!.password);
    await trainer.classControl({ classId: started.classId, action: 'start' });
    await trainer.classControl({ classId: started.classId, action: 'jump', minutes: 1 });
    const [rosa] = casesOf(await pullAll(api)).filter((c) => c.status !== 'resolved');
    await api.push(randomUUID(), [{ seq: 1, id: randomUUID(), name: 'set_status', baseVersion: null,
      args: { caseId: rosa!.id, status: 'resolved', reason: 'query', resolution: 'favour' } }]);
    // The class's clock runs on while the class looks at the store.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await trainer.classControl({ classId: started.classId, action: 'stop' });
    const { events } = await trainer.classTimeline(started.classId);
    const ofRosa = (kind: string) => events.find((e) => e.caseId === rosa!.id && e.kind === kind);
    expect(ofRosa('status')).toMatchObject({ status: 'resolved' });
    expect(ofRosa('classified')).toMatchObject({ reason: 'query', at: ofRosa('status')!.at });
  });
});

describe('isolation', () => {
  it('keeps each trainee on their own store: no other trainee’s cases, no trainer route, no forged token', async () => {
    const started = await startClass();
    const [ana, beto] = started.trainees;
    const a = await joined(ana!.password);
    const b = await joined(beto!.password);
    await trainer.classMessage({ classId: started.classId, trainee: beto!.username, channel: 'whatsapp', customer: { name: 'Solo Beto', handle: '+5491100000001' }, text: 'Mensaje solo para Beto' });
    await trainer.classMessage({ classId: started.classId, trainee: null, channel: 'webchat', customer: { name: 'Todos', handle: 'todos' }, text: 'Mensaje para todos' });

    const anaTexts = textsOf(await pullAll(a.api));
    const betoTexts = textsOf(await pullAll(b.api));
    expect(anaTexts).toContain('Mensaje para todos');
    expect(anaTexts).not.toContain('Mensaje solo para Beto');
    expect(betoTexts).toEqual(expect.arrayContaining(['Mensaje para todos', 'Mensaje solo para Beto']));

    // A trainee's token is nobody on the main world, nor on another trainee's store.
    expect((await get('/v1/classes', a.login.token)).status).toBe(401);
    expect((await post('/v1/sandbox/inbound', { channel: 'webchat', customer: { name: 'x', handle: 'x' }, text: 'x' }, a.login.token)).status).toBe(401);
    const forged = `${beto!.username}.${a.login.token.split('.')[1]!}`;
    expect((await post('/v1/sync/pull', { cursor: null, limit: 10 }, forged)).status).toBe(401);
    expect((await post('/v1/sync/push', { clientId: randomUUID(), epoch: null, mutations: [] }, forged)).status).toBe(401);
    // And the main world's users do not reach a trainee's store.
    const lucia = await post<LoginResponse>('/v1/auth/login', { username: 'lucia', password: 'sandbox' });
    expect(textsOf(await pullAll(new ApiClient({ baseUrl: sandbox.url, token: () => lucia.body.token })))).not.toContain('Mensaje para todos');
  });

  it('lets a trainee push only on their own cases, on their own store', async () => {
    const started = await startClass();
    const [ana, beto] = started.trainees;
    const a = await joined(ana!.password);
    const b = await joined(beto!.password);
    await trainer.classControl({ classId: started.classId, action: 'jump', minutes: 1 });
    const [anaCase] = casesOf(await pullAll(a.api)).filter((c) => c.status !== 'resolved');
    const reply = (text: string) => ({ seq: 1, id: randomUUID(), name: 'send_reply' as const, baseVersion: null, args: { caseId: anaCase!.id, messageId: randomUUID(), text } });
    // The same case id exists on Beto's store (each store numbers its own), yet his reply lands there, not on Ana's.
    await b.api.push(randomUUID(), [reply('Respuesta de Beto')]);
    const board = await trainer.classBoard(started.classId);
    const anaRow = board.trainees.find((t) => t.username === ana!.username)!;
    const betoRow = board.trainees.find((t) => t.username === beto!.username)!;
    expect(anaRow.answered).toBe(0);
    expect(betoRow.answered).toBe(1);
    const anaCaseSeen = await trainer.classCase(started.classId, ana!.username, anaCase!.id);
    expect(anaCaseSeen.messages.map((m) => m.text)).toEqual(['Hola, me quedé sin internet desde la mañana']);
  });
});
