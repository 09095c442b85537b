import { describe, expect, it } from 'vitest';
import { checkServiceLevel } from './service-level.ts';
import { customer, engine, kase, reply, step, transcript } from './fixtures.ts';

const checks = (...args: Parameters<typeof transcript>) => checkServiceLevel(transcript(...args));

describe('service_level', () => {
  it('passes a webchat answered within its 5 minutes, quoting the reply', () => {
    const c = kase({ messages: [customer(0, 'Hola, ¿a qué hora abren?'), reply(3, '¡Hola! Abrimos a las 9. Saludos, Ana')] });
    const [check] = checks({ cases: [c], steps: [step('s1', 'c1', 0, 'service_level')], now: 10 });
    expect(check).toMatchObject({ pass: true, stepId: 's1', caseId: 'c1', evidence: '¡Hola! Abrimos a las 9. Saludos, Ana' });
    expect(check?.detail).toBe('respondió a los 3 min (nivel de servicio: 5 min)');
  });

  it('fails a late answer, in the class language', () => {
    const c = kase({ messages: [customer(0, 'Hello?'), reply(12, 'Hi, sorry for the wait. Ana')] });
    const [check] = checks({ cases: [c], steps: [step('s1', 'c1', 0, 'service_level')], language: 'en' });
    expect(check).toMatchObject({ pass: false, evidence: 'Hi, sorry for the wait. Ana', detail: 'answered after 12 min, late (service level: 5 min)' });
  });

  it('is pending while unanswered within the level, fails at the end of the class', () => {
    const c = kase({ channel: 'email', messages: [customer(0, 'Necesito mi factura')] });
    const steps = [step('s1', 'c1', 0, 'service_level')];
    const [running] = checks({ cases: [c], steps, now: 30 });
    expect(running).toMatchObject({ pass: null, evidence: 'Necesito mi factura', detail: 'sin respuesta todavía; quedan 210 min' });
    const [ended] = checks({ cases: [c], steps, now: 30, finished: true });
    expect(ended).toMatchObject({ pass: false, detail: 'la clase terminó sin respuesta' });
  });

  it('fails as soon as the level has passed unanswered, even while the class runs', () => {
    const c = kase({ messages: [customer(0, 'Hola?')] });
    const [check] = checks({ cases: [c], steps: [step('s1', 'c1', 0, 'service_level')], now: 6 });
    expect(check).toMatchObject({ pass: false, detail: 'sin respuesta pasados 5 min (nivel de servicio)' });
  });

  it('never counts an auto-reply or a reply written before the step fired', () => {
    const c = kase({
      messages: [customer(0, 'Hola'), reply(1, 'Hola, ¿en qué te ayudo? Ana'), customer(20, 'Quiero cambiar de plan'), engine(20, 'Recibimos tu mensaje')],
    });
    const [check] = checks({ cases: [c], steps: [step('s2', 'c1', 20, 'service_level')], now: 30 });
    expect(check).toMatchObject({ pass: false, evidence: 'Quiero cambiar de plan' });
  });

  it('does not grade a case the colleague holds and the trainee never touched', () => {
    const c = kase({ assignedTo: 'companero', messages: [customer(0, 'Hola')] });
    expect(checks({ cases: [c], steps: [step('s1', 'c1', 0, 'service_level')], finished: true })).toEqual([]);
  });

  it('is pending for a step not fired yet, and not graded if the class ended before it', () => {
    const steps = [step('s9', null, null, 'service_level')];
    expect(checks({ cases: [], steps })).toEqual([expect.objectContaining({ pass: null, stepId: 's9', detail: 'el paso todavía no ocurrió' })]);
    expect(checks({ cases: [], steps, finished: true })).toEqual([]);
  });

  it('in always, times every case from its first message', () => {
    const cases = [
      kase({ caseId: 'a', messages: [customer(0, 'Hola'), reply(2, 'Hola! Ana')] }),
      kase({ caseId: 'b', messages: [customer(0, 'Hola')] }),
    ];
    expect(checks({ cases, always: ['service_level'], now: 10 }).map((c) => [c.caseId, c.pass])).toEqual([['a', true], ['b', false]]);
  });
});

describe('service_level detail', () => {
  it('writes minutes as the class language does', () => {
    const c = kase({ messages: [customer(0, 'Hola'), reply(3.5, 'Hola! Ana')] });
    expect(checks({ cases: [c], steps: [step('s1', 'c1', 0, 'service_level')] })[0]?.detail).toBe('respondió a los 3,5 min (nivel de servicio: 5 min)');
    expect(checks({ cases: [c], steps: [step('s1', 'c1', 0, 'service_level')], language: 'en' })[0]?.detail).toBe('answered after 3.5 min (service level: 5 min)');
  });
});
