// A customer's answer to the satisfaction survey, as lucia's console pulls it from the real
// sandbox at night: shown as the answer, never held as noise, never given an out-of-hours notice.
import { describe, expect, it } from 'vitest';
import { withOutOfHours } from '../../../tests/fixtures/out-of-hours.ts';
import { CSAT_SETTING, DEFAULT_CSAT } from '../../shared/csat/settings.ts';

const world = withOutOfHours();
const store = () => world.lucia.services.store;
const sync = () => world.lucia.services.syncOnce();

/** A case lucia resolved this afternoon, its survey pulled. */
async function resolvedAndSurveyed(): Promise<string> {
  await world.sandbox.control('POST', '/v1/sandbox/settings', { id: CSAT_SETTING, value: { ...DEFAULT_CSAT, sampleRate: 1 } });
  const { caseId } = await world.writes('Hola, necesito la factura de marzo');
  await sync();
  world.lucia.services.commands.setStatus(caseId, 'resolved', { reason: 'query', resolution: 'favour' });
  await sync();
  await sync();
  return caseId;
}

const messageIn = (caseId: string, messageId: string) => store().messages.thread(caseId).find((m) => m.id === messageId);

describe('a survey answer on the console', () => {
  it('the survey shows in the thread as the server sent it', async () => {
    const caseId = await resolvedAndSurveyed();
    const survey = store().messages.thread(caseId).filter((m) => m.kind === 'survey');
    expect(survey).toHaveLength(1);
    expect(survey[0]!.text).toContain(DEFAULT_CSAT.questions.es[0]);
  });

  it('five stars at night are the answer: not noise (as a courtesy emoji would be), no out-of-hours notice, the case stays resolved', async () => {
    const caseId = await resolvedAndSurveyed();
    await world.at('2026-03-10T23:00:00');
    const { messageId } = await world.writes('⭐⭐⭐⭐⭐', { caseId });
    await sync();
    expect(messageIn(caseId, messageId)).toMatchObject({ csatAnswer: true, triage: { filtered: false } });
    expect(store().autoReplies.decision(messageId)).toMatchObject({ decision: 'skip', reason: 'csat_answer' });
    expect(await world.autoReplies()).toEqual([]);
    expect(store().cases.get(caseId)).toMatchObject({ status: 'resolved', recontact: null });
  });

  it('"2" at night reopens the case here for lucia with priority and the recontact reason, and the answer gets no notice', async () => {
    const caseId = await resolvedAndSurveyed();
    await world.at('2026-03-10T23:00:00');
    const { messageId } = await world.writes('2', { caseId });
    const { messageId: no } = await world.writes('Me siguen cobrando de más', { caseId });
    await sync();
    expect(store().cases.get(caseId)).toMatchObject({ status: 'open', assignedTo: 'lucia', priority: 'high', recontact: 'csat_negative' });
    // The inbox ranks it by the console's triage: at least high, saying why.
    const ranked = store().cases.summary(caseId);
    expect(['high', 'urgent']).toContain(ranked?.priority);
    expect(ranked?.triage?.reasons).toContainEqual({ code: 'recontact', detail: 'csat_negative', points: 0 });
    expect(messageIn(caseId, messageId)).toMatchObject({ csatAnswer: true, triage: { filtered: false } });
    // Once answered, the next message is the customer talking to the agent again.
    expect(messageIn(caseId, no)).toMatchObject({ csatAnswer: false });
    expect(await world.autoReplies()).toHaveLength(1);
    expect(store().autoReplies.decision(messageId)).toMatchObject({ decision: 'skip', reason: 'csat_answer' });
    expect(store().cases.inbox('lucia', { view: 'queue' }).map((c) => c.id)).toContain(caseId);
  });

  it('"gracias" is not an answer: it is treated as before (the noise filter holds it)', async () => {
    const caseId = await resolvedAndSurveyed();
    const { messageId } = await world.writes('gracias', { caseId });
    await sync();
    expect(messageIn(caseId, messageId)).toMatchObject({ csatAnswer: false, triage: { filtered: true } });
    expect(store().cases.get(caseId)).toMatchObject({ status: 'resolved' });
  });
});
