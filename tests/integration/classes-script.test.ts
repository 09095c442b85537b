// A class's clock and script on the real sandbox server: each class on its own scenario time,
// steps firing once per trainee (a restart included), follow-ups, reassignment, the clock
// jumping out of hours, the board's counts, the end, and what the trainer's routes refuse.
// The script is tests/fixtures/classes/server/prueba-servidor.json (minutes 1, 2, 3: three
// customers; 11: the chat's follow-up; 20: the colleague's case to the trainee; 30: the clock to
// 23:30; 40: an e-mail; 60: the end).
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join as pathJoin } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import type { LoginResponse } from '../../src/protocol/auth.ts';
import type { ClassBoard, ClassStartResponse } from '../../src/shared/classes/wire.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';

const SCRIPTS = fileURLToPath(new URL('../fixtures/classes/server/', import.meta.url));
const BROKEN = fileURLToPath(new URL('../fixtures/classes/server-broken/', import.meta.url));

let sandbox: RunningSandbox;
let trainer: ApiClient;

beforeEach(async () => {
  sandbox = await startSandbox({ classScriptDir: SCRIPTS });
  trainer = await signedIn('diego');
});
afterEach(() => sandbox.stop());

async function signedIn(username: string): Promise<ApiClient> {
  let token = '';
  const api = new ApiClient({ baseUrl: sandbox.url, token: () => token });
  token = (await api.login(username, 'sandbox', randomUUID())).token;
  return api;
}

async function request<T = { error: string; message: string }>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function trainerToken(): Promise<string> {
  return (await request<LoginResponse>('POST', '/v1/auth/login', { username: 'diego', password: 'sandbox' })).body.token;
}

async function startClass(trainees = ['Ana', 'Beto']): Promise<ClassStartResponse> {
  return trainer.startClass({ scenario: 'prueba-servidor', trainees, speed: 1 });
}

async function join(code: string): Promise<ApiClient> {
  const login = await request<LoginResponse>('POST', '/v1/classes/join', { code });
  return new ApiClient({ baseUrl: sandbox.url, token: () => login.body.token });
}

const jump = (classId: string, minutes: number) => trainer.classControl({ classId, action: 'jump', minutes });
const rowOf = (board: ClassBoard, username: string) => board.trainees.find((t) => t.username === username)!;
const caseOfStep = (board: ClassBoard, username: string, step: string) => rowOf(board, username).cases.find((c) => c.step === step);

const reply = (caseId: string, text: string) => ({ seq: 1, id: randomUUID(), name: 'send_reply' as const, baseVersion: null, args: { caseId, messageId: randomUUID(), text } });

describe('the class clock', () => {
  it('runs per class: two classes stand at different scenario times', async () => {
    const first = await startClass(['Ana']);
    const second = await startClass(['Beto']);
    expect((await jump(first.classId, 15)).now).toBe('2026-03-02T13:15:00.000Z');
    const { classes } = await trainer.classes();
    expect(classes.map((c) => [c.classId, c.now, c.elapsedMinutes])).toEqual([
      [second.classId, '2026-03-02T13:00:00.000Z', 0],
      [first.classId, '2026-03-02T13:15:00.000Z', 15],
    ]);
  });

  it('runs once started, at the speed asked, and stands still while paused', async () => {
    const { classId } = await startClass(['Ana']);
    expect((await trainer.classControl({ classId, action: 'speed', speed: 5 })).speed).toBe(5);
    expect((await trainer.classControl({ classId, action: 'start' })).state).toBe('running');
    await vi.waitFor(async () => expect((await trainer.classes()).classes[0]!.elapsedMinutes).toBeGreaterThan(0), { timeout: 5000 });
    const paused = await trainer.classControl({ classId, action: 'pause' });
    expect(paused.state).toBe('paused');
    const later = (await trainer.classes()).classes[0]!;
    expect([later.elapsedMinutes, later.now]).toEqual([paused.elapsedMinutes, paused.now]);
    expect((await trainer.classControl({ classId, action: 'resume' })).state).toBe('running');
  });

  it('jumps out of hours at a clock step, and the steps after count from the script’s minutes', async () => {
    const { classId } = await startClass(['Ana']);
    // Past every step before the clock step, then past the clock step.
    await jump(classId, 20);
    const summary = await jump(classId, 11);
    expect(summary).toMatchObject({ elapsedMinutes: 31, now: '2026-03-02T23:31:00.000Z' });
    expect(summary.jumpStopped).toBeUndefined();
    const timeline = await trainer.classTimeline(classId);
    expect(timeline.events.filter((e) => e.kind === 'clock')).toEqual([
      { at: '2026-03-02T13:30:00.000Z', minute: 30, trainee: null, kind: 'clock', caseId: null, step: 'fuera-de-horario', to: '2026-03-02T23:30:00.000Z' },
    ]);
    await jump(classId, 10);
    const [ana] = (await trainer.classBoard(classId)).trainees;
    const mail = ana!.cases.find((c) => c.step === 'mail-nocturno');
    expect(mail).toBeDefined();
    const seen = await trainer.classCase(classId, ana!.username, mail!.caseId);
    expect(seen.messages[0]).toMatchObject({ at: '2026-03-02T23:41:00.000Z', from: 'customer', text: 'Les escribo de noche por la factura' });
  });

  it('finishes at the script’s length; a finished class takes no control nor message', async () => {
    const { classId, trainees } = await startClass(['Ana']);
    await jump(classId, 20);
    expect(await jump(classId, 90)).toMatchObject({ state: 'finished', elapsedMinutes: 60 });
    const token = await trainerToken();
    expect(await request('POST', '/v1/classes/control', { classId, action: 'resume' }, token)).toMatchObject({ status: 409, body: { error: 'class_finished' } });
    const message = { classId, trainee: trainees[0]!.username, channel: 'webchat', customer: { name: 'Tarde', handle: 'tarde' }, text: 'Hola' };
    expect(await request('POST', '/v1/classes/message', message, token)).toMatchObject({ status: 409, body: { error: 'class_finished' } });
    expect((await trainer.classGrade(classId)).finished).toBe(true);
  });
});

describe('a trainer’s jump past a clock step', () => {
  it('stops at the last step before it, so those customers write in hours and a prompt reply is on time', async () => {
    const started = await startClass(['Ana']);
    const [ana] = started.trainees;
    const anaConsole = await join(ana!.password);
    // The last step before the clock step is the reassignment at minute 20.
    const stopped = await jump(started.classId, 35);
    expect(stopped).toMatchObject({
      elapsedMinutes: 20, now: '2026-03-02T13:20:00.000Z',
      jumpStopped: { askedMinutes: 35, movedMinutes: 20, clockStep: 'fuera-de-horario', clockStepMinute: 30 },
    });
    const chat = caseOfStep(await trainer.classBoard(started.classId), ana!.username, 'chat-sin-servicio')!;
    await anaConsole.push(randomUUID(), [reply(chat.caseId, 'Hola Rosa, soy Ana. Ya reviso tu conexión.')]);
    // Nothing is due before the clock step now: the next jump passes it.
    expect(await jump(started.classId, 15)).toMatchObject({ elapsedMinutes: 35, now: '2026-03-02T23:35:00.000Z' });
    expect(caseOfStep(await trainer.classBoard(started.classId), ana!.username, 'chat-sin-servicio')!.onTime).toBe(true);
  });
});

describe('the script', () => {
  it('fires each step once per trainee, and not again after a restart', async () => {
    const started = await startClass();
    const [ana] = started.trainees;
    const anaConsole = await join(ana!.password);
    await jump(started.classId, 5);
    const cases = (board: ClassBoard) => board.trainees.map((t) => t.cases.map((c) => c.step).sort());
    const fired = ['caso-del-companero', 'chat-sin-servicio', 'insulto-publico'];
    expect(cases(await trainer.classBoard(started.classId))).toEqual([fired, fired]);

    await sandbox.restart();
    // A kept-alive connection to the server before may fail once: wait for the new one to answer.
    await vi.waitFor(() => fetch(`${sandbox.url}/v1/health`));
    trainer = await signedIn('diego');
    const after = (await trainer.classes()).classes[0]!;
    expect(after).toMatchObject({ classId: started.classId, state: 'ready', elapsedMinutes: 5 });
    await jump(started.classId, 1);
    expect(cases(await trainer.classBoard(started.classId))).toEqual([fired, fired]);
    const steps = (await trainer.classTimeline(started.classId)).events.filter((e) => e.kind === 'step').map((e) => `${e.trainee!} ${e.step!}`);
    expect(steps).toHaveLength(6);
    expect(new Set(steps).size).toBe(6);
    // The trainee's session lives in their store, which the restart reopened.
    expect((await anaConsole.pull(null, 10)).changes.length).toBeGreaterThan(0);
  });

  it('sends the follow-up only to the trainee who left the customer unanswered', async () => {
    const started = await startClass();
    const [ana, beto] = started.trainees;
    const anaConsole = await join(ana!.password);
    await jump(started.classId, 2);
    const chat = caseOfStep(await trainer.classBoard(started.classId), ana!.username, 'chat-sin-servicio')!;
    await anaConsole.push(randomUUID(), [reply(chat.caseId, 'Hola Rosa, soy Ana. Ya reviso tu conexión.')]);
    await jump(started.classId, 10);
    const board = await trainer.classBoard(started.classId);
    const thread = async (username: string) => (await trainer.classCase(started.classId, username, caseOfStep(board, username, 'chat-sin-servicio')!.caseId))
      .messages.map((m) => `${m.from}: ${m.text}`);
    expect(await thread(ana!.username)).toEqual(['customer: Hola, me quedé sin internet desde la mañana', 'agent: Hola Rosa, soy Ana. Ya reviso tu conexión.']);
    expect(await thread(beto!.username)).toEqual(['customer: Hola, me quedé sin internet desde la mañana', 'customer: ¿Hay alguien ahí?']);
  });

  it('hands the colleague’s case to the trainee at the reassign step', async () => {
    const started = await startClass(['Ana']);
    const [ana] = started.trainees;
    const anaConsole = await join(ana!.password);
    const held = async () => (await anaConsole.pull(null, 1000)).changes
      .flatMap((c) => (c.op === 'put' && c.entity === 'case' && c.data.status !== 'resolved' ? [c.data.assignedTo] : []));
    await jump(started.classId, 3);
    expect(await held()).toEqual([ana!.username, ana!.username]);
    await jump(started.classId, 17);
    expect(await held()).toEqual([ana!.username, ana!.username, ana!.username]);
    const events = (await trainer.classTimeline(started.classId)).events.filter((e) => e.kind === 'assigned');
    expect(events.map((e) => e.to)).toEqual([ana!.username]);
  });

  it('counts on the board what each trainee answered, and what came late', async () => {
    const started = await startClass();
    const [ana, beto] = started.trainees;
    const anaConsole = await join(ana!.password);
    await jump(started.classId, 1);
    const chat = caseOfStep(await trainer.classBoard(started.classId), ana!.username, 'chat-sin-servicio')!;
    expect(chat.onTime).toBeNull();
    await anaConsole.push(randomUUID(), [reply(chat.caseId, 'Hola Rosa, soy Ana.')]);
    // Minute 12: the chat's 5 minutes are long gone for Beto; the mention's 60 still run. The colleague still
    // holds the WhatsApp case (reassigned at minute 20): not the trainee's yet, so not on their board.
    await jump(started.classId, 11);
    const board = await trainer.classBoard(started.classId);
    expect(rowOf(board, ana!.username)).toMatchObject({ answered: 1, late: 0, waiting: 1, serviceLevel: 1, joined: true });
    expect(rowOf(board, beto!.username)).toMatchObject({ answered: 0, late: 1, waiting: 2, serviceLevel: 0, joined: false });
    expect(caseOfStep(board, ana!.username, 'chat-sin-servicio')!.onTime).toBe(true);
    expect(caseOfStep(board, beto!.username, 'chat-sin-servicio')!.onTime).toBe(false);
  });

  it('delivers a trainer’s message to one trainee or to all', async () => {
    const started = await startClass();
    const [ana] = started.trainees;
    const message = { classId: started.classId, channel: 'sms' as const, customer: { name: 'Nora SMS', handle: '+5491100000009' }, text: 'Sin señal' };
    expect(await trainer.classMessage({ ...message, trainee: ana!.username })).toEqual({ delivered: 1 });
    expect(await trainer.classMessage({ ...message, trainee: null })).toEqual({ delivered: 2 });
    const board = await trainer.classBoard(started.classId);
    // Ana got both (each message opens a case of its own), Beto the one to all.
    expect(board.trainees.map((t) => t.cases.filter((c) => c.customer === 'Nora SMS' && c.step === null).length)).toEqual([2, 1]);
  });
});

const resolve = (caseId: string, reason?: string) => ({
  seq: 1, id: randomUUID(), name: 'set_status' as const, baseVersion: null,
  args: { caseId, status: 'resolved' as const, resolution: 'favour' as const, ...(reason === undefined ? {} : { reason }) },
});
const ruleOf = async (classId: string, username: string, rule: string) =>
  (await trainer.classGrade(classId)).trainees.find((t) => t.username === username)!.rules.find((r) => r.rule === rule)!;

describe('grading what the trainees did', () => {
  it('counts a reason given while resolving as classified before resolving', async () => {
    const started = await startClass(['Ana']);
    const [ana] = started.trainees;
    const anaConsole = await join(ana!.password);
    await jump(started.classId, 1);
    const chat = caseOfStep(await trainer.classBoard(started.classId), ana!.username, 'chat-sin-servicio')!;
    // On a running clock a note taken when the push's poke arrived would come after the resolution.
    await trainer.classControl({ classId: started.classId, action: 'speed', speed: 5 });
    await trainer.classControl({ classId: started.classId, action: 'start' });
    await anaConsole.push(randomUUID(), [resolve(chat.caseId, 'query')]);
    await trainer.classControl({ classId: started.classId, action: 'pause' });
    expect(await ruleOf(started.classId, ana!.username, 'classified_before_resolving')).toMatchObject({ pass: true });
  });
});

describe('reopening the classes', () => {
  it('reopens each class on its own: one whose store went missing is logged and left out, the others run', async () => {
    await sandbox.stop();
    const data = tempDir('atiende-classes-');
    try {
      sandbox = await startSandbox({ classScriptDir: SCRIPTS, dataDir: data.path });
      trainer = await signedIn('diego');
      const lost = await startClass(['Ana']);
      const kept = await startClass(['Beto']);
      // A class keeps the script it started with, even one its seed no longer agrees with.
      const edited = await startClass(['Caro']);
      sandbox.server.db.prepare("UPDATE classes SET script = json_set(script, '$.name', 'otro-nombre') WHERE id = ?").run(edited.classId);
      await sandbox.goOffline();
      rmSync(pathJoin(data.path, 'classes', lost.classId, `${lost.trainees[0]!.username}.db`));

      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await sandbox.restart();
      expect(logged.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(new RegExp(`^Class ${lost.classId} \\(prueba-servidor\\) is unavailable: .*missing`))]);
      logged.mockRestore();
      await vi.waitFor(() => fetch(`${sandbox.url}/v1/health`));
      trainer = await signedIn('diego');
      expect((await trainer.classes()).classes.map((c) => c.classId)).toEqual([edited.classId, kept.classId]);
      expect((await jump(kept.classId, 1)).elapsedMinutes).toBe(1);
      expect((await jump(edited.classId, 1)).elapsedMinutes).toBe(1);
    } finally {
      await sandbox.stop();
      data.remove();
    }
  });
});

describe('a finished class', () => {
  it('keeps its grades: a trainee’s push is refused with class_finished, and an unused code no longer signs in', async () => {
    const started = await startClass();
    const [ana, beto] = started.trainees;
    const anaConsole = await join(ana!.password);
    await jump(started.classId, 1);
    const chat = caseOfStep(await trainer.classBoard(started.classId), ana!.username, 'chat-sin-servicio')!;
    await trainer.classControl({ classId: started.classId, action: 'stop' });
    const final = await trainer.classGrade(started.classId);

    await expect(anaConsole.push(randomUUID(), [reply(chat.caseId, 'Hola Rosa, soy Ana, ya con la clase terminada.')]))
      .rejects.toMatchObject({ details: { status: 409 }, message: expect.stringMatching(/has finished: its grades are final/) });
    expect(await request('POST', '/v1/classes/join', { code: beto!.password })).toMatchObject({ status: 409, body: { error: 'class_finished' } });
    expect(await request('POST', '/v1/auth/login', { username: beto!.username, password: beto!.password })).toMatchObject({ status: 409, body: { error: 'class_finished' } });
    expect(await trainer.classGrade(started.classId)).toEqual(final);
    expect(rowOf(await trainer.classBoard(started.classId), ana!.username).answered).toBe(0);
    // What the trainee did stays readable on their console.
    expect((await anaConsole.pull(null, 10)).changes.length).toBeGreaterThan(0);
  });
});

describe('who wrote a reply', () => {
  it('credits a trainee named like the script’s colleague with their own replies', async () => {
    const started = await startClass(['Marta Compañera']);
    const [marta] = started.trainees;
    const martaConsole = await join(marta!.password);
    await jump(started.classId, 1);
    const chat = caseOfStep(await trainer.classBoard(started.classId), marta!.username, 'chat-sin-servicio')!;
    await martaConsole.push(randomUUID(), [reply(chat.caseId, 'Hola Rosa, soy Marta. Ya reviso tu conexión.')]);
    expect(rowOf(await trainer.classBoard(started.classId), marta!.username)).toMatchObject({ answered: 1, late: 0 });
  });
});

describe('a trainer’s message to all', () => {
  it('reaches every trainee it can, and names the one whose store failed', async () => {
    const started = await startClass();
    const [ana, beto] = started.trainees;
    const anaLogin = await request<LoginResponse>('POST', '/v1/classes/join', { code: ana!.password });
    // Ana's store breaks under the server (a disk gone, say).
    sandbox.server.classes.worldOfToken(anaLogin.body.token)!.db.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const message = { classId: started.classId, trainee: null, channel: 'sms' as const, customer: { name: 'Nora SMS', handle: '+5491100000009' }, text: 'Sin señal' };
      expect(await trainer.classMessage(message)).toEqual({ delivered: 1, failed: [ana!.username] });
    } finally {
      logged.mockRestore();
    }
    const texts = (await (await join(beto!.password)).pull(null, 1000)).changes.flatMap((c) => (c.op === 'put' && c.entity === 'message' ? [c.data.text] : []));
    expect(texts).toContain('Sin señal');
  });
});

describe('what the class routes refuse', () => {
  it('is a trainer’s alone: an agent and a supervisor get 403', async () => {
    const { classId } = await startClass(['Ana']);
    for (const username of ['lucia', 'sofia']) {
      const token = (await request<LoginResponse>('POST', '/v1/auth/login', { username, password: 'sandbox' })).body.token;
      expect(await request('GET', `/v1/classes/board?class=${classId}`, undefined, token)).toMatchObject({ status: 403, body: { error: 'forbidden' } });
      expect(await request('POST', '/v1/classes', { scenario: 'prueba-servidor', trainees: ['X'] }, token)).toMatchObject({ status: 403 });
    }
  });

  it('names what it cannot find, and refuses a malformed body', async () => {
    const { classId } = await startClass(['Ana']);
    const token = await trainerToken();
    expect(await request('GET', '/v1/classes/board?class=no-such-class', undefined, token)).toMatchObject({ status: 404, body: { error: 'class_not_found' } });
    expect(await request('POST', '/v1/classes/control', { classId: 'no-such-class', action: 'pause' }, token)).toMatchObject({ status: 404, body: { error: 'class_not_found' } });
    expect(await request('GET', `/v1/classes/case?class=${classId}&trainee=nadie&case=case-1`, undefined, token)).toMatchObject({ status: 404, body: { error: 'trainee_not_found' } });
    const username = (await trainer.classes()).classes[0]!.trainees[0]!.username;
    expect(await request('GET', `/v1/classes/case?class=${classId}&trainee=${username}&case=no-such-case`, undefined, token)).toMatchObject({ status: 404, body: { error: 'case_not_found' } });
    expect(await request('POST', '/v1/classes/control', { classId, action: 'fly' }, token)).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect(await request('POST', '/v1/classes', { scenario: 'prueba-servidor', trainees: [] }, token)).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    const unknown = await request('POST', '/v1/classes', { scenario: 'no-such-script', trainees: ['Ana'] }, token);
    // Named by the script alone: the server's folders never reach a trainer's console.
    expect(unknown).toMatchObject({ status: 400, body: { error: 'invalid_script', message: 'There is no class script no-such-script.json' } });
    // Nothing was started by the refusals.
    expect((await trainer.classes()).classes).toHaveLength(1);
  });

  it('refuses a script that fails validation, naming the file, the step and the field', async () => {
    await sandbox.stop();
    sandbox = await startSandbox({ classScriptDir: BROKEN });
    const refused = await request('POST', '/v1/classes', { scenario: 'roto', trainees: ['Ana'] }, await trainerToken());
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_script');
    expect(refused.body.message).toContain('roto.json');
    expect(refused.body.message).toContain('step 0 (id "paso-roto") › channel');
  });
});
