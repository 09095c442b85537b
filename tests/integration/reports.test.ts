// The operation's report on the real sandbox over loopback, its clock driven by the trainer's
// controls: customers write, lucia answers and resolves, a customer comes back; the figures are
// the ones docs/metrics.md publishes, for the caller's audience only.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OperationReport, ReportCases, ReportSnapshots } from '../../src/protocol/reports.ts';
import { rawConsole } from '../fixtures/raw-console.ts';
import { LONG_SESSIONS, startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';

/** A Monday far from the sandbox's history and scenario: only this test's cases fall near it. */
const T0 = Date.parse('2030-01-07T10:00:00.000Z');
const MIN = 60_000;
const DAY = 86_400_000;
const DAY_ONE = { from: new Date(T0 - 10 * MIN).toISOString(), to: new Date(T0 + DAY).toISOString() };

let sandbox: RunningSandbox;
let lucia: Awaited<ReturnType<typeof rawConsole>>;

beforeEach(async () => {
  sandbox = await startSandbox({ sessions: LONG_SESSIONS });
  // Signed in at the test's time, so the session holds while the clock moves days ahead.
  await sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(T0).toISOString() });
  lucia = await rawConsole(sandbox, 'lucia');
});
afterEach(() => sandbox.stop());

const at = (minutes: number) => sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(T0 + minutes * MIN).toISOString() });

async function customerWrites(handle: string, text: string, caseId?: string): Promise<string> {
  const written = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: `Cliente ${handle}`, handle }, text, assignTo: 'lucia', ...(caseId ? { caseId } : {}),
  });
  return written.caseId;
}

async function luciaAnswers(caseId: string) {
  expect(await lucia.push('send_reply', { caseId, messageId: randomUUID(), text: 'Hola, ya lo reviso y te confirmo.' })).toMatchObject({ status: 'applied' });
}

async function luciaResolves(caseId: string) {
  expect(await lucia.push('set_status', { caseId, status: 'resolved', reason: 'query', resolution: 'favour' })).toMatchObject({ status: 'applied' });
}

async function get<T>(username: string, path: string, schema: { parse: (v: unknown) => T }): Promise<{ status: number; body: T }> {
  const login = await fetch(`${sandbox.url}/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'sandbox' }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const json: unknown = await response.json();
  return { status: response.status, body: response.ok ? schema.parse(json) : (json as T) };
}

const query = (extra: Record<string, string> = {}) => new URLSearchParams({ ...DAY_ONE, ...extra }).toString();

describe('GET /v1/reports over the sandbox clock', () => {
  it('gives two WhatsApp cases answered after 5 and 20 minutes a service level of 0.5 and an average first response of 750 s', async () => {
    await at(0);
    const quick = await customerWrites('+5491100000001', 'Hola, no me llega la factura de diciembre');
    const slow = await customerWrites('+5491100000002', 'Buenas, quiero cambiar mi plan');
    await at(5);
    await luciaAnswers(quick);
    await at(20);
    await luciaAnswers(slow);

    const { status, body } = await get('sofia', `/v1/reports?${query({ by: 'channel' })}`, OperationReport);
    expect(status).toBe(200);
    expect(body.cases).toBe(2);
    expect(body.serviceLevel).toEqual({ whatsapp: { targetSeconds: 900, within: 1, total: 2, ratio: 0.5 } });
    // The clock runs on between the trainer's call and the reply: a few milliseconds at most.
    expect(body.firstResponse.avgSeconds).toBeCloseTo(750, 0);
    expect(body.firstResponse.p90Seconds).toBeCloseTo(1200, 0);
    expect(body.asa.whatsapp).toBeCloseTo(750, 0);
    expect(body.agents).toContain('lucia');
    expect(body.groups?.map((g) => [g.key, g.cases])).toEqual([['whatsapp', 2]]);

    const rows = await get('sofia', `/v1/reports/cases?${query({ channel: 'whatsapp' })}`, ReportCases);
    expect(rows.body.rows.map((r) => [r.caseId, r.agent, r.team, r.messages])).toEqual([[quick, 'lucia', 'soporte', 2], [slow, 'lucia', 'soporte', 2]]);
    // Each half of the service level leads to its own case.
    const within = await get('sofia', `/v1/reports/cases?${query({ figure: 'sl_within' })}`, ReportCases);
    expect(within.body.rows.map((r) => r.caseId)).toEqual([quick]);
    const missed = await get('sofia', `/v1/reports/cases?${query({ figure: 'sl_missed' })}`, ReportCases);
    expect(missed.body.rows.map((r) => r.caseId)).toEqual([slow]);
    const unknown = await get('sofia', `/v1/reports/cases?${query({ figure: 'everything' })}`, ReportCases);
    expect(unknown.status).toBe(400);
  });

  it('does not count a case reopened within the FCR window as first-contact; one never reopened counts', async () => {
    await at(0);
    const comesBack = await customerWrites('+5491100000003', 'Se me cortó el servicio de internet');
    const settled = await customerWrites('+5491100000004', '¿Cuál es el horario de atención?');
    await at(10);
    await luciaAnswers(comesBack);
    await luciaAnswers(settled);
    await at(30);
    await luciaResolves(comesBack);
    await luciaResolves(settled);
    // Three days later the first customer writes again: the case reopens, and is resolved again.
    await at(3 * 24 * 60);
    await customerWrites('+5491100000003', 'Volvió a cortarse anoche, sigue igual', comesBack);
    await at(3 * 24 * 60 + 15);
    await luciaAnswers(comesBack);
    await luciaResolves(comesBack);

    const { body } = await get('sofia', `/v1/reports?${query()}`, OperationReport);
    expect(body.fcr).toEqual({ eligible: 2, firstContact: 1, ratio: 0.5 });
    expect(body.resolved).toBe(1); // the reopened case was last resolved after the first day
    const rows = await get('lucia', `/v1/reports/cases?${query()}`, ReportCases);
    const back = rows.body.rows.find((r) => r.caseId === comesBack);
    // Its row shows the last resolution, three days and a quarter of an hour in (the clock ran on for milliseconds).
    expect(Date.parse(back?.resolvedAt ?? '') - (T0 + (3 * 24 * 60 + 15) * MIN)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(back?.resolvedAt ?? '') - (T0 + (3 * 24 * 60 + 15) * MIN)).toBeLessThan(MIN);
  });

  it('counts each caller’s audience: a supervisor’s teams, an agent alone, no trainer', async () => {
    await at(0);
    await customerWrites('+5491100000005', 'Hola, consulta por mi factura');
    const ventas = await get('valeria', `/v1/reports?${query({ agent: 'mateo' })}`, OperationReport);
    expect(ventas.status).toBe(403); // valeria supervises soporte; mateo is in ventas
    const own = await get('lucia', `/v1/reports?${query({ agent: 'mateo' })}`, OperationReport);
    expect(own.body.agents).toEqual(['lucia']);
    expect(own.body.cases).toBe(1);
    const trainer = await get('diego', `/v1/reports?${query()}`, OperationReport);
    expect(trainer.status).toBe(403);
    const backwards = await get('sofia', `/v1/reports?${new URLSearchParams({ from: DAY_ONE.to, to: DAY_ONE.from }).toString()}`, OperationReport);
    expect(backwards.status).toBe(400);
  });

  it('keeps 8 weeks and two months of snapshots, as of the server’s clock', async () => {
    await at(0);
    await customerWrites('+5491100000006', 'Hola, consulta');
    const { body } = await get('sofia', '/v1/reports/snapshots', ReportSnapshots);
    expect(body.weeks).toHaveLength(8);
    expect(body.weeks.at(-1)).toMatchObject({ from: '2030-01-07T00:00:00.000Z', to: '2030-01-14T00:00:00.000Z', cases: 1 });
    expect(body.month).toMatchObject({ from: '2030-01-01T00:00:00.000Z', cases: 1 });
    expect(body.previousMonth).toMatchObject({ from: '2029-12-01T00:00:00.000Z', cases: 0 });
  });

  it('gives a snapshot’s week the figures GET /v1/reports gives for that week', async () => {
    await at(0);
    const kase = await customerWrites('+5491100000007', 'Hola, quiero saber el saldo');
    await at(5);
    await luciaAnswers(kase);
    await at(30);
    await luciaResolves(kase);
    const { body } = await get('sofia', '/v1/reports/snapshots', ReportSnapshots);
    // Both are as of the server's running clock, a few milliseconds apart: that and the presence cut at it aside, every figure is the same.
    const figures = ({ asOf: _asOf, occupancy: _occupancy, ...rest }: OperationReport) => rest;
    for (const week of body.weeks.slice(-2)) {
      const alone = await get('sofia', `/v1/reports?${new URLSearchParams({ from: week.from, to: week.to }).toString()}`, OperationReport);
      expect(figures(week)).toEqual(figures(alone.body));
    }
    expect(body.weeks.at(-1)).toMatchObject({ cases: 1, resolved: 1, fcr: { eligible: 1, firstContact: 1 } });
  });
});
