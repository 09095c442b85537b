import { describe, expect, it } from 'vitest';
import { checkNoInsult, insultIn } from './no-insult.ts';
import { customer, kase, reply, transcript } from './fixtures.ts';

const checks = (...args: Parameters<typeof transcript>) => checkNoInsult(transcript({ always: ['no_insult'], ...args[0] }));

describe('no_insult', () => {
  it('passes a courteous reply', () => {
    const c = kase({ messages: [customer(0, 'LADRONES'), reply(2, 'Lamentamos la molestia, lo revisamos. Saludos, Ana')] });
    expect(checks({ cases: [c] })).toEqual([expect.objectContaining({ pass: true, detail: 'sin insultos' })]);
  });

  it('fails an insult in the trainee\'s text, however it is spelled, quoting it', () => {
    const c = kase({ messages: [customer(0, 'Respondan'), reply(2, 'Qué cliente más 1D10T4S, no? Ana')] });
    expect(checks({ cases: [c] })[0]).toMatchObject({ pass: false, evidence: 'Qué cliente más 1D10T4S, no? Ana', detail: 'insulto en la respuesta: «idiotas»' });
    const en = kase({ messages: [customer(0, 'Hello'), reply(2, 'Stop being ridiculous 🤡 Ana')] });
    expect(checks({ cases: [en], language: 'en' })[0]).toMatchObject({ pass: false, detail: 'insult in the reply: "ridiculous"' });
  });

  it('leaves words an agent needs: a scam warning, the consumer-protection office', () => {
    expect(insultIn('Cuidado: es una estafa, nunca pedimos claves por DM. Ana')).toBeNull();
    expect(insultIn('Podés consultar en Defensa del Consumidor. Ana')).toBeNull();
    expect(insultIn('Sorry, that is unacceptable and we will fix it. Ana')).toBeNull();
  });

  it('never judges the customer\'s text nor the colleague\'s', () => {
    const c = kase({ messages: [customer(0, 'Son unos chorros'), reply(1, 'Chorros sos vos', { author: 'companero' })] });
    expect(checks({ cases: [c] })).toEqual([]);
  });
});
