// `report` as an operator runs it against the real sandbox: the figures as JSON (whole and by
// channel), the per-case rows as CSV, a short table for people, and bad flags refused in words.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSAT_SETTING, DEFAULT_CSAT } from '../../src/shared/csat/settings.ts';
import { cli } from '../fixtures/cli.ts';
import { rawConsole } from '../fixtures/raw-console.ts';
import { LONG_SESSIONS, startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';

const T0 = Date.parse('2030-01-07T10:00:00.000Z');
const MIN = 60_000;
const PERIOD = ['--from', '2030-01-07T00:00:00Z', '--to', '2030-01-08T00:00:00Z'];

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let quick: string;
let slow: string;

const at = (minutes: number) => sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(T0 + minutes * MIN).toISOString() });
const writes = async (handle: string, text: string) => (await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
  channel: 'whatsapp', customer: { name: `Cliente ${handle}`, handle }, text, assignTo: 'lucia',
})).caseId;

beforeEach(async () => {
  sandbox = await startSandbox({ sessions: LONG_SESSIONS });
  dir = tempDir();
  await at(0);
  // Every resolved WhatsApp case gets the survey, so the report's csat counts the one resolved here.
  await sandbox.control('POST', '/v1/sandbox/settings', { id: CSAT_SETTING, value: { ...DEFAULT_CSAT, sampleRate: 1, channels: ['whatsapp'] } });
  const lucia = await rawConsole(sandbox, 'lucia');
  quick = await writes('+5491100000011', 'Hola, no me llega la factura');
  slow = await writes('+5491100000012', 'Quiero cambiar de plan');
  const answer = (caseId: string) => lucia.push('send_reply', { caseId, messageId: randomUUID(), text: 'Hola, ya lo reviso.' });
  await at(5);
  await answer(quick);
  await at(20);
  await answer(slow);
  await lucia.push('set_status', { caseId: slow, status: 'resolved', reason: 'request_change', resolution: 'favour' });
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

async function signedIn(user: string) {
  const profile = `${dir.path}/${user}`;
  expect((await cli('login', '--server', sandbox.url, '--user', user, '--password', 'sandbox', '--profile', profile)).code).toBe(0);
  return profile;
}

describe('atiende report', () => {
  it('prints the period’s figures as JSON, by channel under groups', async () => {
    const profile = await signedIn('sofia');
    const whole = await cli('report', '--profile', profile, ...PERIOD, '--json');
    expect(whole.code, whole.stderr).toBe(0);
    const report = JSON.parse(whole.stdout) as Record<string, unknown> & { firstResponse: { avgSeconds: number } };
    expect(report).toMatchObject({
      cases: 2,
      serviceLevel: { whatsapp: { targetSeconds: 900, within: 1, total: 2, ratio: 0.5 } },
      fcr: { eligible: 1, firstContact: 1, ratio: 1 },
      messagesPerCase: 2,
      autoReplied: 0,
      filtered: 0,
      reasons: { request_change: 1 },
      complaints: 0,
      csat: { sent: 1, answered: 0, score: null, negative: 0 },
    });
    expect(report.firstResponse.avgSeconds).toBeCloseTo(750, 0);
    expect(report).toHaveProperty('handling.avgSeconds');

    const byChannel = await cli('report', '--profile', profile, ...PERIOD, '--by', 'channel', '--json');
    expect(JSON.parse(byChannel.stdout)).toMatchObject({ groups: [{ key: 'whatsapp', cases: 2, fcr: { eligible: 1 } }] });
  });

  it('prints the per-case rows as CSV and a short table for people', async () => {
    const profile = await signedIn('lucia');
    const csv = await cli('report', '--profile', profile, ...PERIOD, '--csv');
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('case,number,channel,agent,team,reason,product,favour,opened,first response,resolved,messages,auto-replied,filtered,csat');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^${quick},\\d+,whatsapp,lucia,soporte,,,,2030-01-07T10:00:`));
    expect(lines[2]).toMatch(new RegExp(`^${slow},\\d+,whatsapp,lucia,soporte,request_change,,1,2030-01-07T10:00:.*,2,0,0,$`));

    const table = await cli('report', '--profile', profile, ...PERIOD, '--by', 'agent');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/service level: whatsapp 1\/2 \(50%, target 15m 00s\)/);
    expect(table.stdout).toMatch(/^lucia\s+2\s+1\s+12m 30s/m);
  });

  it('refuses bad flags in words, and a trainer', async () => {
    const profile = await signedIn('sofia');
    const bad = await cli('report', '--profile', profile, '--from', 'ayer', '--to', '2030-01-08T00:00:00Z');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--from: not a date and time/);
    const by = await cli('report', '--profile', profile, ...PERIOD, '--by', 'mood');
    expect(by.stderr).toMatch(/--by takes one of channel, agent/);
    const missing = await cli('report', '--profile', profile, '--from', '2030-01-07T00:00:00Z');
    expect(missing.code).toBe(2);
    const trainer = await signedIn('diego');
    const refused = await cli('report', '--profile', trainer, ...PERIOD, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/403/);
  });
});
