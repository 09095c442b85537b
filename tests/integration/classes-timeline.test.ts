// The replay's timeline on the real sandbox server: events carry codes (steps, statuses, reasons,
// who a case went to) and the class's minute, which the clock's jump out of hours does not move.
// The script is tests/fixtures/classes/server/prueba-servidor.json (minute 1: a chat with a
// follow-up at 11; 20: the colleague's case to the trainee; 30: the clock from 13:30 to 23:30;
// 40: an e-mail; 60: the end).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import type { LoginResponse } from '../../src/protocol/auth.ts';
import type { ClassTimeline } from '../../src/shared/classes/wire.ts';
import { startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';

const SCRIPTS = fileURLToPath(new URL('../fixtures/classes/server/', import.meta.url));

let sandbox: RunningSandbox;
let trainer: ApiClient;

beforeEach(async () => {
  sandbox = await startSandbox({ classScriptDir: SCRIPTS });
  let token = '';
  trainer = new ApiClient({ baseUrl: sandbox.url, token: () => token });
  token = (await trainer.login('diego', 'sandbox', randomUUID())).token;
});
afterEach(() => sandbox.stop());

async function join(code: string): Promise<ApiClient> {
  const response = await fetch(`${sandbox.url}/v1/classes/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  const login = (await response.json()) as LoginResponse;
  return new ApiClient({ baseUrl: sandbox.url, token: () => login.token });
}

type Event = ClassTimeline['events'][number];
const of = (timeline: ClassTimeline, trainee: string | null, kind: Event['kind']) => timeline.events.filter((e) => e.trainee === trainee && e.kind === kind);

describe('the timeline of a class', () => {
  it('says what happened in codes the console words, at the class’s minute across the clock’s jump', async () => {
    const { classId, trainees } = await trainer.startClass({ scenario: 'prueba-servidor', trainees: ['Ana', 'Beto'], speed: 1 });
    const [ana, beto] = trainees;
    const anaConsole = await join(ana!.password);
    const jump = (minutes: number) => trainer.classControl({ classId, action: 'jump', minutes });

    await jump(2);
    const chat = (await trainer.classBoard(classId)).trainees[0]!.cases.find((c) => c.step === 'chat-sin-servicio')!;
    const pushed = await anaConsole.push(randomUUID(), [
      { seq: 1, id: randomUUID(), name: 'send_reply', baseVersion: null, args: { caseId: chat.caseId, messageId: randomUUID(), text: 'Hola Rosa, soy Ana.' } },
      { seq: 2, id: randomUUID(), name: 'set_status', baseVersion: null, args: { caseId: chat.caseId, status: 'resolved', reason: 'query', resolution: 'favour' } },
    ]);
    expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // A jump stops before the clock's step while customers are due before it (jumpStopped): minute 20, then 31, then 41.
    expect((await jump(29)).jumpStopped).toBeDefined();
    await jump(11);
    await jump(10);
    const timeline = await trainer.classTimeline(classId);

    expect(timeline).toMatchObject({ classId, startsAt: '2026-03-02T13:00:00.000Z', durationMinutes: 60 });
    // The clock's step, for the whole class: at 13:30 (minute 30) it jumped to 23:30.
    expect(of(timeline, null, 'clock')).toEqual([
      { at: '2026-03-02T13:30:00.000Z', minute: 30, trainee: null, kind: 'clock', caseId: null, step: 'fuera-de-horario', to: '2026-03-02T23:30:00.000Z' },
    ]);
    // The e-mail fired at the jump's end (minute 41): 23:41 in scenario time is the class's minute 41, not 641.
    const mail = of(timeline, ana!.username, 'customer').find((e) => e.text === 'Les escribo de noche por la factura');
    expect(mail).toMatchObject({ at: '2026-03-02T23:41:00.000Z', minute: 41 });
    expect(of(timeline, ana!.username, 'step').map((e) => [e.step, e.minute])).toEqual([
      ['chat-sin-servicio', 2], ['insulto-publico', 2], ['caso-del-companero', 20], ['pasa-al-alumno', 20], ['mail-nocturno', 41],
    ]);
    // Ana answered the chat in time; Beto did not, and got the customer's follow-up at minute 20.
    expect(of(timeline, ana!.username, 'follow_up')).toEqual([]);
    expect(of(timeline, beto!.username, 'follow_up')).toEqual([
      expect.objectContaining({ step: 'chat-sin-servicio', caseId: expect.any(String) as string, minute: 20 }),
    ]);
    expect(of(timeline, ana!.username, 'reply')).toEqual([expect.objectContaining({ caseId: chat.caseId, text: 'Hola Rosa, soy Ana.', minute: 2 })]);
    expect(of(timeline, ana!.username, 'status')).toEqual([expect.objectContaining({ caseId: chat.caseId, status: 'resolved', minute: 2 })]);
    expect(of(timeline, ana!.username, 'assigned').map((e) => [e.to, e.minute])).toEqual([[ana!.username, 20]]);
    await vi.waitFor(async () => expect(of(await trainer.classTimeline(classId), ana!.username, 'classified'))
      .toEqual([expect.objectContaining({ caseId: chat.caseId, reason: 'query' })]));

    // Only what a customer or an agent wrote is text; everything else is a code.
    for (const e of timeline.events) expect(e.text !== undefined).toBe(e.kind === 'customer' || e.kind === 'reply');
    const minutes = timeline.events.map((e) => e.minute);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });
});
