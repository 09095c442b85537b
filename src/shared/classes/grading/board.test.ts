import { describe, expect, it } from 'vitest';
import { boardFigures } from './board.ts';
import { customer, engine, kase, reply, transcript } from './fixtures.ts';

describe('boardFigures', () => {
  it('counts answered, late and waiting cases and the service level so far', () => {
    const t = transcript({
      now: 20,
      cases: [
        kase({ caseId: 'onTime', messages: [customer(0, 'Hola'), reply(2, 'Hola. Ana')] }),
        kase({ caseId: 'late', messages: [customer(0, 'Hola'), reply(9, 'Perdón la demora. Ana')] }),
        kase({ caseId: 'ignored', messages: [customer(0, 'Hola'), engine(0, 'Recibimos tu mensaje')] }),
        kase({ caseId: 'running', channel: 'email', messages: [customer(10, 'Factura')] }),
        kase({ caseId: 'again', channel: 'email', messages: [customer(0, 'Hola'), reply(1, 'Hola. Ana'), customer(15, '¿Y?')] }),
        kase({ caseId: 'troll', channel: 'x_mention', status: 'resolved', messages: [customer(0, 'CHORROS')] }),
        kase({ caseId: 'theirs', assignedTo: 'companero', messages: [customer(0, 'Hola')] }),
      ],
    });
    expect(boardFigures(t)).toEqual({
      answered: 3, late: 2, waiting: 3, serviceLevel: 2 / 4,
      onTime: { onTime: true, late: false, ignored: false, running: null, again: true, troll: null, theirs: null },
    });
  });

  it('has no service level before any case is due, and fails what is unanswered at the end', () => {
    const cases = [kase({ channel: 'email', messages: [customer(0, 'Hola')] })];
    expect(boardFigures(transcript({ cases, now: 10 }))).toMatchObject({ serviceLevel: null, waiting: 1, onTime: { c1: null } });
    expect(boardFigures(transcript({ cases, now: 10, finished: true }))).toMatchObject({ serviceLevel: 0, late: 1, onTime: { c1: false } });
  });
});
