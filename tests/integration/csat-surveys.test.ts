// Satisfaction surveys on the real sandbox server: a resolution sends the survey once, on the
// case's channel, and the customer's reply is read (an answer, a negative one, or no answer).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import { CSAT_SETTING, DEFAULT_CSAT, type CsatSettings } from '../../src/shared/csat/settings.ts';
import type { WireData } from '../../src/protocol/entities.ts';

let sandbox: RunningSandbox;
let api: ApiClient;
const clientId = randomUUID();
let seq = 0;

beforeEach(async () => {
  sandbox = await startSandbox();
  let token = '';
  api = new ApiClient({ baseUrl: sandbox.url, token: () => token });
  token = (await api.login('lucia', 'sandbox', clientId)).token;
  seq = 0;
});
afterEach(() => sandbox.stop());

const publishCsat = (change: Partial<CsatSettings>) =>
  sandbox.control('POST', '/v1/sandbox/settings', { id: CSAT_SETTING, value: { ...DEFAULT_CSAT, ...change } });

const customerWrites = (channel: string, text: string, caseId?: string, handle = '+5491155550101') =>
  sandbox.control<{ caseId: string; messageId: string }>('POST', '/v1/sandbox/inbound', {
    channel, customer: { name: 'Marta Ríos', handle }, text, ...(caseId ? { caseId } : { assignTo: 'lucia' }),
  });

async function setStatus(caseId: string, status: 'resolved' | 'open') {
  seq += 1;
  const args: Record<string, string> = status === 'resolved' ? { caseId, status, reason: 'query', resolution: 'favour' } : { caseId, status };
  const { results } = await api.push(clientId, [{ seq, id: randomUUID(), name: 'set_status', baseVersion: null, args }]);
  expect(results[0]?.status).toBe('applied');
}

const surveys = async () => (await sandbox.outbound()).filter((o) => o.kind === 'survey') as { caseId: string; text: string; channel?: string; to?: string | null }[];
const caseRow = (caseId: string) => sandbox.server.db.prepare<[string], { status: string; priority: string; assigned_to: string; recontact: string | null }>(
  'SELECT status, priority, assigned_to, recontact FROM cases WHERE id = ?').get(caseId)!;
const surveyRow = (caseId: string) => sandbox.server.db.prepare<[string], { answers: string | null; score: number | null; negative: number | null; answer_message_id: string | null }>(
  'SELECT answers, score, negative, answer_message_id FROM csat_surveys WHERE case_id = ?').get(caseId);

/** Everything lucia's console would pull, by entity and id. */
async function pulled() {
  const found = new Map<string, unknown>();
  let cursor: string | null = null;
  for (;;) {
    const page = await api.pull(cursor, 500);
    for (const change of page.changes) if (change.op === 'put') found.set(`${change.entity}:${change.id}`, change.data);
    cursor = page.cursor;
    if (!page.hasMore) return found;
  }
}

describe('a sampled resolved case', () => {
  it('gets its survey once, on its channel, in the customer’s language, even when resolved again', async () => {
    await publishCsat({ sampleRate: 1 });
    const { caseId } = await customerWrites('whatsapp', 'Hola, no me llega la factura');
    await setStatus(caseId, 'resolved');

    const sent = await surveys();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ caseId, channel: 'whatsapp', to: '+5491155550101', clientId, username: 'lucia' });
    // All the questions in one message, in Spanish.
    for (const question of DEFAULT_CSAT.questions.es) expect(sent[0]!.text).toContain(question);

    // The customer asks something new: the case reopens; resolving it again sends nothing more.
    await customerWrites('whatsapp', '¿Y cuándo vence la próxima factura?', caseId);
    expect(caseRow(caseId).status).toBe('open');
    await setStatus(caseId, 'resolved');
    expect(await surveys()).toHaveLength(1);

    const thread = await pulled();
    const surveyMessage = thread.get(`message:${caseId}.survey`) as WireData<'message'>;
    expect(surveyMessage).toMatchObject({ kind: 'survey', caseId });
  });

  it('goes in the case’s language, and reads the answer against those questions', async () => {
    await publishCsat({ sampleRate: 1 });
    const { caseId } = await customerWrites('webchat', 'Hi, my card was charged twice', undefined, 'visitor-77');
    sandbox.server.db.prepare("UPDATE cases SET language = 'en' WHERE id = ?").run(caseId);
    await setStatus(caseId, 'resolved');
    const [sent] = await surveys();
    expect(sent?.text.split('\n')).toEqual([
      'We would like to know how we did. You can answer in one message:', ...DEFAULT_CSAT.questions.en.map((q, i) => `${i + 1}. ${q}`),
    ]);
    await customerWrites('webchat', 'five, yes, yes', caseId, 'visitor-77');
    expect(surveyRow(caseId)).toMatchObject({ score: 5, negative: 0, answers: JSON.stringify([5, true, true]) });
  });

  it('is left out of the random share by a rate of 0, and a public case without a private pair is skipped', async () => {
    await publishCsat({ sampleRate: 0 });
    const { caseId } = await customerWrites('whatsapp', 'Consulta');
    await setStatus(caseId, 'resolved');
    await publishCsat({ sampleRate: 1 });
    const question = await customerWrites('mercadolibre', '¿Tiene stock en azul?', undefined, 'compradora_88');
    await setStatus(question.caseId, 'resolved');
    expect(await surveys()).toEqual([]);
  });

  it('a public case gets it by private message on the same network, and the answer there is read', async () => {
    await publishCsat({ sampleRate: 1 });
    const { caseId } = await customerWrites('x_mention', '@marca sin señal en Palermo', undefined, '@marta_rios');
    await setStatus(caseId, 'resolved');
    expect(await surveys()).toMatchObject([{ caseId, channel: 'x_dm', to: '@marta_rios' }]);
    await customerWrites('x_dm', '4, sí, sí', caseId, '@marta_rios');
    expect(surveyRow(caseId)).toMatchObject({ score: 4, negative: 0, answers: JSON.stringify([4, true, true]) });
    expect(caseRow(caseId).status).toBe('resolved');
  });

  it('on the private channel of a public case, only an answer joins the case: "gracias" or a question there is not the case\'s', async () => {
    await publishCsat({ sampleRate: 1 });
    const { caseId } = await customerWrites('x_mention', '@marca sin señal en Palermo', undefined, '@marta_rios');
    await setStatus(caseId, 'resolved');
    const messagesOf = (id: string) => sandbox.server.db.prepare<[string], { text: string }>("SELECT text FROM messages WHERE case_id = ? AND kind = 'customer'").all(id).map((m) => m.text);
    const before = messagesOf(caseId);

    for (const text of ['gracias', '¿Y cuándo vuelve la señal?']) {
      await expect(customerWrites('x_dm', text, caseId, '@marta_rios')).rejects.toThrow(/400.*wrong_channel/);
    }
    expect(messagesOf(caseId)).toEqual(before);
    expect(caseRow(caseId).status).toBe('resolved');
    expect(surveyRow(caseId)).toMatchObject({ answers: null });
    // Written as a message of its own, the question opens its own private case.
    const own = await customerWrites('x_dm', '¿Y cuándo vuelve la señal?', undefined, '@marta_rios');
    expect(own.caseId).not.toBe(caseId);

    // The survey still waits for its answer, which is read there.
    await customerWrites('x_dm', '5, sí, sí', caseId, '@marta_rios');
    expect(surveyRow(caseId)).toMatchObject({ score: 5, negative: 0 });
  });

  it('a type, an agent or a team chooses cases whatever the random share', async () => {
    await publishCsat({ sampleRate: 0, agents: ['lucia'] });
    const { caseId } = await customerWrites('whatsapp', 'Consulta de saldo');
    await setStatus(caseId, 'resolved');
    expect(await surveys()).toMatchObject([{ caseId }]);
  });
});

describe('the customer’s answer', () => {
  async function surveyed() {
    await publishCsat({ sampleRate: 1 });
    const { caseId } = await customerWrites('whatsapp', 'Me cobraron dos veces');
    await setStatus(caseId, 'resolved');
    return caseId;
  }

  it('"2" reopens the case for its agent, with priority and the reason CSAT negativo', async () => {
    const caseId = await surveyed();
    const { messageId } = await customerWrites('whatsapp', '2', caseId);

    expect(caseRow(caseId)).toEqual({ status: 'open', priority: 'high', assigned_to: 'lucia', recontact: 'csat_negative' });
    expect(surveyRow(caseId)).toMatchObject({ score: 2, negative: 1, answer_message_id: messageId });
    const events = sandbox.server.db.prepare<[string], { kind: string; data: string }>("SELECT kind, data FROM case_events WHERE case_id = ? AND kind = 'status' ORDER BY id").all(caseId);
    expect(events.at(-1)).toEqual({ kind: 'status', data: JSON.stringify({ from: 'resolved', to: 'open' }) });

    const seen = await pulled();
    expect(seen.get(`case:${caseId}`)).toMatchObject({ status: 'open', priority: 'high', assignedTo: 'lucia', recontact: 'csat_negative' });
    expect(seen.get(`message:${messageId}`)).toMatchObject({ text: '2', csatAnswer: true });
  });

  it('resolved again after the recontact, the case loses its mark and its raised priority, and gets no second survey', async () => {
    const caseId = await surveyed();
    await customerWrites('whatsapp', '1, no', caseId);
    expect(caseRow(caseId)).toMatchObject({ status: 'open', priority: 'high', recontact: 'csat_negative' });

    await setStatus(caseId, 'resolved');
    expect(caseRow(caseId)).toEqual({ status: 'resolved', priority: 'normal', assigned_to: 'lucia', recontact: null });
    expect((await pulled()).get(`case:${caseId}`)).toMatchObject({ status: 'resolved', priority: 'normal', recontact: null });
    expect(await surveys()).toHaveLength(1);

    // The customer writes again later: an ordinary reopening, no recontact and no raised floor.
    await customerWrites('whatsapp', 'Ahora no me llega la de abril', caseId);
    expect(caseRow(caseId)).toMatchObject({ status: 'open', priority: 'normal', recontact: null });
    await setStatus(caseId, 'resolved');
    expect(await surveys()).toHaveLength(1);
  });

  it('"5" is stored and nothing more happens', async () => {
    const caseId = await surveyed();
    const { messageId } = await customerWrites('whatsapp', '5', caseId);
    expect(caseRow(caseId)).toMatchObject({ status: 'resolved', recontact: null });
    expect(surveyRow(caseId)).toMatchObject({ score: 5, negative: 0, answer_message_id: messageId });
    expect((await surveys())).toHaveLength(1);
    expect((await pulled()).get(`message:${messageId}`)).toMatchObject({ csatAnswer: true });
  });

  it('"gracias" is not an answer: it joins the thread, and a later answer is still read', async () => {
    const caseId = await surveyed();
    const thanks = await customerWrites('whatsapp', 'gracias', caseId);
    expect(caseRow(caseId).status).toBe('resolved');
    expect(surveyRow(caseId)).toMatchObject({ answers: null, answer_message_id: null });
    expect((await pulled()).get(`message:${thanks.messageId}`)).toMatchObject({ csatAnswer: false });

    await customerWrites('whatsapp', 'no', caseId);
    expect(surveyRow(caseId)).toMatchObject({ negative: 1, score: null });
    expect(caseRow(caseId)).toMatchObject({ status: 'open', recontact: 'csat_negative' });
  });

  it('a bad csat document is refused with the schema’s words, and the one in force stays', async () => {
    await expect(sandbox.control('POST', '/v1/sandbox/settings', { id: CSAT_SETTING, value: { ...DEFAULT_CSAT, sampleRate: 1.5 } }))
      .rejects.toThrow(/csat document is not valid.*sampleRate/s);
  });
});
