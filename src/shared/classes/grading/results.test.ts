import { describe, expect, it } from 'vitest';
import { RULE_REFERENCES } from '../rules.ts';
import type { RuleCheck } from '../transcript.ts';
import { checkTranscript, ruleResults, scoreOf } from './index.ts';
import { customer, kase, reply, step, transcript } from './fixtures.ts';

const check = (rule: RuleCheck['rule'], pass: boolean | null, evidence: string | null): RuleCheck => ({ rule, pass, stepId: null, caseId: 'c1', evidence, detail: '' });

describe('ruleResults', () => {
  const t = transcript({ cases: [], always: ['signed_by_person', 'no_insult'], steps: [step('s1', 'c1', 0, 'service_level')] });

  it('gives one result per rule in use, in the rules\' order, with the guide\'s reference', () => {
    const results = ruleResults(t, []);
    expect(results.map((r) => r.rule)).toEqual(['service_level', 'signed_by_person', 'no_insult']);
    expect(results[0]?.reference).toBe(RULE_REFERENCES.service_level);
  });

  it('fails on any failed check, quoting the first failing one; passes when all passed', () => {
    const checks = [check('signed_by_person', true, 'ok 1'), check('signed_by_person', false, 'malo 1'), check('signed_by_person', false, 'malo 2'),
      check('no_insult', true, 'bien'), check('no_insult', true, 'bien 2')];
    const [, signed, insult] = ruleResults(t, checks);
    expect(signed).toMatchObject({ pass: false, evidence: 'malo 1' });
    expect(signed?.checks).toHaveLength(3);
    expect(insult).toMatchObject({ pass: true, evidence: 'bien' });
  });

  it('is pending while a check is, and with nothing to judge', () => {
    const [level, signed] = ruleResults(t, [check('service_level', true, 'a tiempo'), check('service_level', null, 'esperando')]);
    expect(level).toMatchObject({ pass: null, evidence: 'a tiempo' });
    expect(signed).toMatchObject({ pass: null, evidence: null, checks: [] });
  });
});

describe('scoreOf', () => {
  it('is the share of rules passed, pending counting as not passed', () => {
    const results = ruleResults(transcript({ cases: [], always: ['service_level', 'signed_by_person', 'no_insult'] }), [
      check('service_level', true, null), check('signed_by_person', null, null), check('no_insult', false, null),
    ]);
    expect(scoreOf(results)).toBe(33);
    expect(scoreOf([])).toBe(0);
  });
});

describe('checkTranscript', () => {
  it('grades a trainee end to end: a BAJA ignored and a DNI answered in public', () => {
    const t = transcript({
      finished: true, now: 90, always: ['no_duplicate_reply', 'signed_by_person', 'no_insult'],
      steps: [step('baja', 'b', 0, 'service_level', 'cancellation_retention'), step('dni', 'd', 10, 'private_data_moved')],
      cases: [
        kase({ caseId: 'b', step: 'baja', messages: [customer(0, 'BAJA'), reply(2, 'Hola, ¿por qué querés irte? Ana')] }),
        kase({ caseId: 'd', step: 'dni', channel: 'x_mention', messages: [customer(10, 'DNI 30.123.456, no tengo señal'), reply(12, 'Revisamos el DNI 30.123.456. Ana')] }),
      ],
    });
    const results = ruleResults(t, checkTranscript(t));
    expect(results.map((r) => [r.rule, r.pass])).toEqual([
      ['service_level', true], ['private_data_moved', false], ['cancellation_retention', false],
      ['no_duplicate_reply', true], ['signed_by_person', true], ['no_insult', true],
    ]);
    expect(results[1]?.evidence).toBe('Revisamos el DNI 30.123.456. Ana');
    expect(scoreOf(results)).toBe(67);
  });
});
