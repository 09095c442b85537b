import { describe, expect, it } from 'vitest';
import { checkClassifiedBeforeResolving } from './classified-before-resolving.ts';
import { customer, kase, step, transcript } from './fixtures.ts';

const question = customer(0, '¿Cómo pago la factura?');
const steps = [step('s1', 'c1', 0, 'classified_before_resolving')];
const checks = (...args: Parameters<typeof transcript>) => checkClassifiedBeforeResolving(transcript(...args));

describe('classified_before_resolving', () => {
  it('passes a case classified before it was resolved', () => {
    const c = kase({ status: 'resolved', reason: 'query', classifiedAt: 4, resolvedAt: 5, messages: [question] });
    expect(checks({ cases: [c], steps })[0]).toMatchObject({ pass: true, evidence: question.text, detail: 'clasificado antes de resolver' });
  });

  it('fails a case resolved with no reason, or classified only afterwards', () => {
    const none = kase({ status: 'resolved', resolvedAt: 5, messages: [question] });
    expect(checks({ cases: [none], steps, language: 'en' })[0]).toMatchObject({ pass: false, detail: 'resolved with no contact reason' });
    const late = kase({ status: 'resolved', reason: 'query', classifiedAt: 9, resolvedAt: 5, messages: [question] });
    expect(checks({ cases: [late], steps })[0]).toMatchObject({ pass: false, detail: 'resuelto antes de clasificarlo' });
  });

  it('is pending while the case is open; at the end an open case needs a reason', () => {
    const open = kase({ messages: [question] });
    expect(checks({ cases: [open], steps })[0]?.pass).toBeNull();
    expect(checks({ cases: [open], steps, finished: true })[0]).toMatchObject({ pass: false, detail: 'quedó sin clasificar' });
    const classified = kase({ reason: 'query', classifiedAt: 3, messages: [question] });
    expect(checks({ cases: [classified], steps, finished: true })[0]?.pass).toBe(true);
  });

  it('in always, judges every case', () => {
    const cases = [
      kase({ caseId: 'a', status: 'resolved', reason: 'query', classifiedAt: 1, resolvedAt: 2, messages: [question] }),
      kase({ caseId: 'b', status: 'resolved', resolvedAt: 2, messages: [question] }),
    ];
    expect(checks({ cases, always: ['classified_before_resolving'] }).map((c) => [c.caseId, c.pass])).toEqual([['a', true], ['b', false]]);
  });
});
