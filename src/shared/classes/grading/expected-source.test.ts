import { describe, expect, it } from 'vitest';
import { checkExpectedSource } from './expected-source.ts';
import { customer, kase, reply, step, transcript } from './fixtures.ts';

const question = customer(0, '¿Cómo reseteo el módem?');
const steps = [step('modem', 'c1', 0, { rule: 'expected_source', article: 'reset-modem' })];
const checks = (...args: Parameters<typeof transcript>) => checkExpectedSource(transcript(...args));

describe('expected_source', () => {
  it('passes when a reply used the named article, quoting it', () => {
    const c = kase({ messages: [question, reply(2, 'Hola, probá esto: ... Saludos, Ana', { articles: ['reset-modem'] })] });
    expect(checks({ cases: [c], steps })[0]).toMatchObject({ pass: true, evidence: 'Hola, probá esto: ... Saludos, Ana', detail: 'usó el artículo «reset-modem»' });
  });

  it('needs every source the step names', () => {
    const both = [step('s', 'c1', 0, { rule: 'expected_source', template: 'saludo', article: 'reset-modem' })];
    const c = kase({ messages: [question, reply(2, 'Hola! Ana', { templates: ['saludo'] })] });
    expect(checks({ cases: [c], steps: both, finished: true })[0]).toMatchObject({
      pass: false, detail: 'no usó la plantilla «saludo» y el artículo «reset-modem»', evidence: 'Hola! Ana',
    });
  });

  it('is pending while unused, failed at the end, quoting the customer when nobody replied', () => {
    const c = kase({ messages: [question] });
    expect(checks({ cases: [c], steps, language: 'en' })[0]).toMatchObject({ pass: null, detail: 'has not used the article "reset-modem" yet' });
    expect(checks({ cases: [c], steps, finished: true })[0]).toMatchObject({ pass: false, evidence: question.text });
  });

  it('does not count a source used before the step fired', () => {
    const c = kase({ messages: [customer(0, 'Hola'), reply(1, 'Hola! Ana', { articles: ['reset-modem'] }), customer(10, '¿Y el módem?'), reply(11, 'Reinicialo. Ana')] });
    expect(checks({ cases: [c], steps: [step('s2', 'c1', 10, { rule: 'expected_source', article: 'reset-modem' })], finished: true })[0]?.pass).toBe(false);
  });
});
