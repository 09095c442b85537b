import { describe, expect, it } from 'vitest';
import { checkHostileNotPublic } from './hostile-not-public.ts';
import { customer, kase, reply, step, transcript } from './fixtures.ts';

const troll = customer(0, 'LADRONES 🤡🤡');
const steps = [step('troll', 'c1', 0, 'hostile_not_public')];
const checks = (...args: Parameters<typeof transcript>) => checkHostileNotPublic(transcript(...args));

describe('hostile_not_public', () => {
  it('passes a troll left unanswered in public, quoting the troll', () => {
    const c = kase({ channel: 'x_mention', status: 'resolved', messages: [troll] });
    expect(checks({ cases: [c], steps })[0]).toMatchObject({ pass: true, evidence: 'LADRONES 🤡🤡', detail: 'sin respuesta pública' });
  });

  it('fails a public answer to the troll, quoting it', () => {
    const c = kase({ channel: 'x_mention', messages: [troll, reply(3, 'No somos ladrones. Ana')] });
    expect(checks({ cases: [c], steps, language: 'en' })[0]).toMatchObject({
      pass: false, evidence: 'No somos ladrones. Ana', detail: 'answered a hostile message without content in public',
    });
  });

  it('lets a private message to the author pass, and a public reply before the step', () => {
    const c = kase({
      channel: 'facebook_post',
      messages: [customer(0, '¿Tienen sucursal en Rosario?'), reply(1, 'Sí, en calle Córdoba. Saludos, Ana'), customer(10, 'CHANTAS'),
        reply(12, 'Te escribimos por privado. Ana', { channel: 'facebook_messenger' })],
    });
    expect(checks({ cases: [c], steps: [step('troll', 'c1', 10, 'hostile_not_public')] })[0]?.pass).toBe(true);
  });

  it('in always, judges the cases typed as hostile without content', () => {
    const cases = [
      kase({ caseId: 'e', channel: 'x_mention', messageType: 'hostile_no_content', messages: [troll, reply(1, 'Calma. Ana')] }),
      kase({ caseId: 'a', channel: 'x_mention', messageType: 'public', messages: [customer(0, '¿Horarios?'), reply(1, 'De 9 a 18. Ana')] }),
    ];
    expect(checks({ cases, always: ['hostile_not_public'] }).map((c) => [c.caseId, c.pass])).toEqual([['e', false]]);
  });
});
