import { describe, expect, it } from 'vitest';
import { checkNoDuplicateReply } from './no-duplicate-reply.ts';
import { customer, kase, reply, step, transcript } from './fixtures.ts';

const checks = (...args: Parameters<typeof transcript>) => checkNoDuplicateReply(transcript({ always: ['no_duplicate_reply'], ...args[0] }));

describe('no_duplicate_reply', () => {
  it('passes distinct replies in a case', () => {
    const c = kase({ messages: [customer(0, 'Hola'), reply(1, 'Hola, ¿en qué te ayudo? Ana'), customer(3, 'La factura'), reply(4, 'Te la envío por mail. Ana')] });
    expect(checks({ cases: [c] })).toEqual([expect.objectContaining({ pass: true, caseId: 'c1', evidence: 'Hola, ¿en qué te ayudo? Ana', detail: '2 respuesta(s), ninguna repetida' })]);
  });

  it('fails the same reply sent twice, whatever its case, accents or punctuation, quoting the repeat', () => {
    const c = kase({ messages: [customer(0, 'Hola'), reply(1, 'Ya lo estamos revisando. Ana'), customer(5, '??'), reply(6, 'ya lo   estamos revisando, Ana!')] });
    expect(checks({ cases: [c], language: 'en' })[0]).toMatchObject({ pass: false, evidence: 'ya lo estamos revisando, Ana!', detail: 'sent the same reply twice in the case' });
  });

  it('compares within a case only, and only the trainee\'s replies', () => {
    const same = 'Gracias por escribir. Ana';
    const cases = [
      kase({ caseId: 'a', messages: [customer(0, 'Hola'), reply(1, same)] }),
      kase({ caseId: 'b', messages: [customer(0, 'Hola'), reply(1, same), reply(2, same, { author: 'companero' })] }),
    ];
    expect(checks({ cases }).map((c) => c.pass)).toEqual([true, true]);
  });

  it('as a step expectation, judges the step\'s case from its message on', () => {
    const c = kase({ messages: [customer(0, 'Hola'), reply(1, 'Hola. Ana'), customer(10, 'Hola??'), reply(11, 'Hola. Ana')] });
    const t = transcript({ cases: [c], steps: [step('s2', 'c1', 10, 'no_duplicate_reply')] });
    expect(checkNoDuplicateReply(t)).toEqual([expect.objectContaining({ pass: true, stepId: 's2' })]);
  });
});
