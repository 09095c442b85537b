// The scripts shipped in resources/classes teach what their titles promise: in business hours or
// out of them as they say (by the seed's hours), with the seed's own customers, and with the
// guide's situations each one is for.
import { describe, expect, it } from 'vitest';
import { isPublicChannel } from '../../shared/channels.ts';
import { BUSINESS_HOURS_SETTING, businessHoursFrom, isOpenAt, scheduleFor } from '../../shared/hours/index.ts';
import { loadScenario } from '../scenario.ts';
import { loadClassScript } from './load-script.ts';
import type { ClassScript, ClassStep, MessageStep } from './script.ts';
import { stepTimes } from './script-checks.ts';

const seed = loadScenario('default');
const { hours } = businessHoursFrom(seed.settings[BUSINESS_HOURS_SETTING]);

const messages = (script: ClassScript) => script.steps.filter((s): s is MessageStep => s.kind === 'message');
const expects = (step: MessageStep, rule: string) => step.expect.some((x) => x.rule === rule);
/** Whether the step fires while its channel is attended, by the seed's business hours (a clock step: where it lands). */
function open(script: ClassScript, step: ClassStep): boolean {
  const at = step.kind === 'clock' ? new Date(step.to) : (stepTimes(script)[script.steps.indexOf(step)] as Date);
  return isOpenAt(scheduleFor(hours, step.kind === 'message' ? step.channel : 'whatsapp'), at);
}
const byId = (script: ClassScript, id: string) => script.steps.find((s) => s.id === id) as ClassStep;

describe.each(['primer-dia', 'primer-dia-en', 'dia-hostil-publico', 'lunes-fuera-de-horario'])('%s', (name) => {
  const script = loadClassScript(name);

  it('runs 20 to 40 scenario minutes, so at x5 a class takes minutes', () => {
    expect(script.durationMinutes).toBeGreaterThanOrEqual(20);
    expect(script.durationMinutes).toBeLessThanOrEqual(40);
  });

  it('has customers of the seed, writing in their language', () => {
    for (const step of messages(script)) {
      const customer = seed.customers.find((c) => c.identities.some((i) => i.channel === step.channel && i.handle === step.customer.handle));
      expect(customer?.name, step.id).toBe(step.customer.name);
      expect(customer?.language, step.id).toBe(script.language);
    }
  });

  it('grades classification before resolving, and the rules every reply is judged on', () => {
    expect(script.always).toEqual(['no_duplicate_reply', 'signed_by_person', 'no_insult', 'classified_before_resolving']);
  });
});

describe.each(['primer-dia', 'primer-dia-en'])('the first day (%s)', (name) => {
  const script = loadClassScript(name);
  const steps = messages(script);

  it('happens in business hours', () => {
    for (const step of script.steps) expect(open(script, step), step.id).toBe(true);
  });

  it('has plain questions on several channels, each expecting a template or an article', () => {
    const plain = steps.filter((s) => s.expect.every((x) => x.rule === 'service_level' || x.rule === 'expected_source') && expects(s, 'expected_source'));
    expect(new Set(plain.map((s) => s.channel)).size).toBeGreaterThanOrEqual(4);
  });

  it('has a cancellation on a private channel, graded on the retention path', () => {
    expect(steps.some((s) => !isPublicChannel(s.channel) && expects(s, 'cancellation_retention'))).toBe(true);
  });

  it('has private data posted on Facebook or X, to be moved to private', () => {
    const posted = steps.filter((s) => expects(s, 'private_data_moved'));
    expect(posted.map((s) => s.channel)).toEqual([expect.stringMatching(/^(facebook_post|x_mention)$/)]);
    expect(posted[0]?.text).toMatch(/DNI \d{2}\.?\d{3}\.?\d{3}|DNI es \d{2}\.\d{3}\.\d{3}/);
  });

  it('has a customer who insists when nobody answers, and a case the colleague hands over', () => {
    expect(steps.some((s) => s.followUp !== undefined)).toBe(true);
    const handed = script.steps.find((s) => s.kind === 'reassign');
    expect(handed).toMatchObject({ kind: 'reassign', to: 'trainee' });
    expect(byId(script, (handed as { case: string }).case)).toMatchObject({ assignTo: 'colleague' });
  });
});

describe('the Spanish and English first days', () => {
  it('are the same day, step for step where the seed has English customers for it', () => {
    const es = loadClassScript('primer-dia');
    const en = loadClassScript('primer-dia-en');
    expect(en.startsAt).toBe(es.startsAt);
    expect(en.durationMinutes).toBe(es.durationMinutes);
    const rules = (step: MessageStep) => [...new Set(step.expect.map((x) => x.rule))].join(',');
    const shape = (s: ClassScript) => s.steps.map((step) => (step.kind === 'message' ? `${step.at} ${rules(step)}` : `${step.at} ${step.kind}`));
    // The Spanish day has one more public question (Facebook), which no English-speaking seed customer could ask.
    expect(shape(es).filter((line) => line !== '3 service_level,expected_source')).toEqual(shape(en));
  });
});

describe('the hostile public day', () => {
  const script = loadClassScript('dia-hostil-publico');
  const steps = messages(script);

  it('happens in business hours', () => {
    for (const step of script.steps) expect(open(script, step), step.id).toBe(true);
  });

  it('has trolls (type E) on three public networks, none of them to be answered in public', () => {
    const trolls = steps.filter((s) => expects(s, 'hostile_not_public'));
    expect(new Set(trolls.map((s) => s.channel))).toEqual(new Set(['x_mention', 'instagram_comment', 'facebook_post']));
    for (const troll of trolls) expect(troll.expect.map((x) => x.rule)).toEqual(['hostile_not_public']);
  });

  it('has angry customers with a real complaint (type C), to be answered in time', () => {
    const angry = steps.filter((s) => isPublicChannel(s.channel) && expects(s, 'service_level') && /VERGÜENZA|CHANTAS/.test(s.text));
    expect(angry).toHaveLength(2);
  });

  it('has a complaint in public by a customer with many followers, who insists if unanswered', () => {
    const complaint = byId(script, 'influencer-en-instagram') as MessageStep;
    const customer = seed.customers.find((c) => c.name === complaint.customer.name);
    expect(customer?.followers).toBeGreaterThan(10_000);
    expect(isPublicChannel(complaint.channel)).toBe(true);
    expect(complaint.followUp).toBeDefined();
  });

  it('has a chat that baits an insult', () => {
    expect((byId(script, 'cebo-de-insulto') as MessageStep).text).toMatch(/inútiles.*decime lo que pensás/);
  });
});

describe('the out-of-hours Monday', () => {
  const script = loadClassScript('lunes-fuera-de-horario');

  it('is a Monday whose first messages come before opening, on private channels (auto-reply) and a public one (none)', () => {
    expect(new Date(script.startsAt).getUTCDay()).toBe(1);
    const early = script.steps.slice(0, script.steps.findIndex((s) => s.id === 'abre-la-atencion')) as MessageStep[];
    expect(early.length).toBeGreaterThanOrEqual(3);
    for (const step of early) expect(open(script, step), step.id).toBe(false);
    expect(early.some((s) => isPublicChannel(s.channel))).toBe(true);
    expect(early.some((s) => !isPublicChannel(s.channel))).toBe(true);
  });

  it('opens with a cancellation on the retention path, then its clock jumps out of hours', () => {
    expect(open(script, byId(script, 'abre-la-atencion'))).toBe(true);
    const first = byId(script, 'baja-a-primera-hora') as MessageStep;
    expect(open(script, first)).toBe(true);
    expect(expects(first, 'cancellation_retention')).toBe(true);
    const jump = byId(script, 'cierra-la-atencion');
    expect(jump.kind).toBe('clock');
    expect(open(script, jump)).toBe(false);
  });

  it('ends with messages out of hours: one that insists after the auto-reply, and a public one', () => {
    const after = messages(script).filter((s) => s.at > byId(script, 'cierra-la-atencion').at);
    for (const step of after) expect(open(script, step), step.id).toBe(false);
    expect(after.some((s) => s.followUp !== undefined && !isPublicChannel(s.channel))).toBe(true);
    expect(after.some((s) => isPublicChannel(s.channel))).toBe(true);
  });
});
