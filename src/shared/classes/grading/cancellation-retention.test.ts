import { describe, expect, it } from 'vitest';
import { checkCancellationRetention } from './cancellation-retention.ts';
import { customer, kase, step, transcript } from './fixtures.ts';

const baja = customer(0, 'BAJA. Quiero dar de baja el servicio ya');
const steps = [step('baja', 'c1', 0, 'cancellation_retention')];
const checks = (...args: Parameters<typeof transcript>) => checkCancellationRetention(transcript(...args));

describe('cancellation_retention', () => {
  it('passes a case classified as a cancellation request, quoting the customer', () => {
    const c = kase({ reason: 'request_cancellation', classifiedAt: 2, messages: [baja] });
    expect(checks({ cases: [c], steps })[0]).toMatchObject({ pass: true, evidence: baja.text, detail: 'clasificado como Pedido de baja (retención)' });
  });

  it('fails another reason, naming it in the class language', () => {
    const c = kase({ reason: 'complaint', classifiedAt: 2, messages: [baja] });
    expect(checks({ cases: [c], steps, language: 'en' })[0]).toMatchObject({
      pass: false, detail: 'classified as Complaint, not as a Cancellation request',
    });
  });

  it('is pending until classified while the class runs, failed once it finished', () => {
    const c = kase({ messages: [baja] });
    expect(checks({ cases: [c], steps })[0]).toMatchObject({ pass: null, detail: 'todavía sin clasificar' });
    expect(checks({ cases: [c], steps, finished: true })[0]).toMatchObject({ pass: false, detail: 'la clase terminó sin clasificarlo como Pedido de baja' });
  });

  it('in always, judges the cases where the customer asks to leave as the inbox reads it, not an unsubscribe, a drop in speed, a denied request, a debt paid off or a number coming in', () => {
    const cases = [
      kase({ caseId: 'leave', messages: [baja] }),
      kase({ caseId: 'news', messages: [customer(0, 'Quiero darme de baja del newsletter')] }),
      kase({ caseId: 'work', messages: [customer(0, 'Trabajamos con ustedes hace años')] }),
      kase({ caseId: 'slow', messages: [customer(0, 'Me baja la velocidad todas las noches')] }),
      kase({ caseId: 'forms', messages: [customer(0, 'rescindanme el contrato, me paso a otra empresa')] }),
      kase({ caseId: 'denied', messages: [customer(0, 'No, no quiero darme de baja, solo cambiar de plan')] }),
      kase({ caseId: 'debt', messages: [customer(0, 'Quiero cancelar lo que debo')] }),
      kase({ caseId: 'arriving', messages: [customer(0, '¿Cuánto tarda la portabilidad? Vengo de Personal')] }),
    ];
    expect(checks({ cases, always: ['cancellation_retention'] }).map((c) => c.caseId)).toEqual(['leave', 'forms']);
  });
});
