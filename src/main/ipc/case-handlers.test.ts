// Opening a long case through the contract: getCase sends the newest messages only (what the
// first frame shows) and says how many it left out; getCaseThread sends the whole thread, whose
// end is the same messages; the guidance follows the latest customer message wherever it is.
import { describe, expect, it } from 'vitest';
import type { CaseDetail, Message } from '../../shared/models.ts';
import { useContractSandbox } from '../../../tests/fixtures/contract-console.ts';
import { caseGuidance } from '../triage/guidance.ts';
import { OPENING_MESSAGES } from './case-handlers.ts';

const world = useContractSandbox();

/** A new case of lucia's with `written` customer messages, then `replies` of hers, synced. */
async function longCase(written: number, replies: number) {
  const lucia = await world.consoleOf('lucia');
  const { caseId } = await world.sandbox.server.controls.inbound({ channel: 'whatsapp', customer: { name: 'Cliente', handle: 'largo' }, text: 'Mensaje 1: sigo sin servicio', assignTo: 'lucia' });
  for (let i = 2; i <= written; i++) {
    await world.sandbox.server.controls.inbound({ channel: 'whatsapp', customer: { name: 'Cliente', handle: 'largo' }, text: `Mensaje ${i}: ¿novedades?`, caseId });
  }
  await lucia.sync();
  for (let i = 1; i <= replies; i++) await lucia.call('sendReply', { caseId, text: `Respuesta ${i}` });
  await lucia.sync();
  return { lucia, caseId };
}

describe('opening a long case', () => {
  it('reads the newest messages first, and the whole thread ends with them', async () => {
    const { lucia, caseId } = await longCase(OPENING_MESSAGES + 15, 0);
    const detail = await lucia.call<CaseDetail>('getCase', { caseId });
    const thread = await lucia.call<Message[]>('getCaseThread', { caseId });

    expect(thread.map((m) => m.text).slice(0, 2)).toEqual(['Mensaje 1: sigo sin servicio', 'Mensaje 2: ¿novedades?']);
    expect(thread).toHaveLength(OPENING_MESSAGES + 15);
    expect(detail.messages).toEqual(thread.slice(-OPENING_MESSAGES));
    expect(detail.earlier).toBe(15);
    expect(detail.guidance).toEqual(caseGuidance(thread, 'whatsapp'));
  });

  it('guides by the latest customer message even when the newest messages are all replies', async () => {
    const { lucia, caseId } = await longCase(3, OPENING_MESSAGES + 1);
    const detail = await lucia.call<CaseDetail>('getCase', { caseId });
    const thread = await lucia.call<Message[]>('getCaseThread', { caseId });

    expect(detail.messages.every((m) => m.kind === 'reply')).toBe(true);
    expect(detail.guidance).not.toBeNull();
    expect(detail.guidance).toEqual(caseGuidance(thread, 'whatsapp'));
    expect(detail.guidance?.messageId).toBe(thread.findLast((m) => m.kind === 'customer')?.id);
  });

  it('sends a short thread whole', async () => {
    const { lucia, caseId } = await longCase(4, 2);
    const detail = await lucia.call<CaseDetail>('getCase', { caseId });
    expect(detail.earlier).toBe(0);
    expect(detail.messages).toEqual(await lucia.call<Message[]>('getCaseThread', { caseId }));
  });
});
