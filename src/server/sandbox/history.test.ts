// The sandbox's people and past, on its real store: hire dates, teams, supervisors, and the
// resolved cases of the eight weeks before its clock that supervisors sample.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/domain.ts';
import { SandboxServer } from '../server.ts';
import { HISTORY_DAYS, HISTORY_MIN, historySize } from './history.ts';

const CLOCK = new Date('2026-03-18T15:00:00.000Z');
const AGENTS = ['lucia', 'mateo', 'camila', 'joaquin', 'bruno', 'ines'];
const opened: SandboxServer[] = [];

/** A sandbox seeded at CLOCK (a Wednesday afternoon in Buenos Aires). */
async function seeded(cases?: number): Promise<SandboxServer> {
  const server = await SandboxServer.open(cases === undefined ? {} : { cases });
  opened.push(server);
  await server.clock.set(CLOCK);
  await server.reset();
  return server;
}

afterEach(async () => {
  for (const server of opened.splice(0)) await server.close();
});

/** One seeded sandbox for the tests that only read it. */
let world: SandboxServer;
beforeAll(async () => {
  world = await SandboxServer.open();
  await world.clock.set(CLOCK);
  await world.reset();
});
afterAll(async () => {
  await world.close();
});

interface HistoryRow {
  id: string; assigned_to: string; channel: string; reason: string | null; resolution: string | null;
  created_at: string; updated_at: string; status: string;
}
const history = (server: SandboxServer) =>
  server.db.prepare<[string, string], HistoryRow>(`SELECT id, assigned_to, channel, reason, resolution, created_at, updated_at, status FROM cases
    WHERE status = 'resolved' AND created_at >= ? AND updated_at < ? ORDER BY number`)
    .all(new Date(CLOCK.getTime() - HISTORY_DAYS * 86_400_000).toISOString(), CLOCK.toISOString());

describe('the sandbox’s agents', () => {
  it('gives every agent a team and a hire date before the clock, across the three seniority bands', () => {
    const server = world;
    const agents = server.db.prepare<[], { username: string; team: string | null; hired_at: string | null }>(
      "SELECT username, team, hired_at FROM users WHERE role = 'agent' ORDER BY username").all();
    expect(agents.map((a) => a.username).sort()).toEqual([...AGENTS].sort());
    for (const agent of agents) {
      expect(['soporte', 'ventas']).toContain(agent.team);
      expect(agent.hired_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(agent.hired_at! < CLOCK.toISOString().slice(0, 10)).toBe(true);
    }
    const months = (username: string) => {
      const hired = agents.find((a) => a.username === username)!.hired_at!;
      return (CLOCK.getTime() - Date.parse(hired)) / (30.44 * 86_400_000);
    };
    expect(AGENTS.filter((a) => months(a) < 6).sort()).toEqual(['bruno', 'camila']);
    expect(AGENTS.filter((a) => months(a) >= 6 && months(a) < 12)).toEqual(['joaquin']);
    expect(AGENTS.filter((a) => months(a) >= 12).sort()).toEqual(['ines', 'lucia', 'mateo']);
  });

  it('dates hires from the sandbox’s clock, so the scenario does not age', async () => {
    const server = await seeded();
    const hired = () => server.db.prepare<[], { hired_at: string }>("SELECT hired_at FROM users WHERE username = 'camila'").get()!.hired_at;
    const before = hired();
    await server.clock.set(new Date(CLOCK.getTime() + 365 * 86_400_000));
    await server.reset();
    expect(Date.parse(hired()) - Date.parse(before)).toBe(365 * 86_400_000);
  });

  it('has sofia supervise both teams and valeria soporte, each with the sandbox password', () => {
    const server = world;
    const supervisors = server.db.prepare<[], { username: string; name: string; supervises: string; password: string }>(
      "SELECT username, name, supervises, password FROM users WHERE role = 'supervisor' ORDER BY username").all();
    expect(supervisors.map((s) => ({ ...s, supervises: JSON.parse(s.supervises) as unknown }))).toEqual([
      { username: 'sofia', name: 'Sofía Benítez', supervises: ['soporte', 'ventas'], password: 'sandbox' },
      { username: 'valeria', name: 'Valeria Quiroga', supervises: ['soporte'], password: 'sandbox' },
    ]);
  });
});

describe('routing new cases', () => {
  it('never gives a new agent a case from inbound unless the trainer names them', async () => {
    const server = await seeded();
    const takers = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const { caseId } = await server.controls.inbound({ channel: 'whatsapp', customer: { name: `Cliente ${i}`, handle: `+54 9 11 0000-00${i}` }, text: 'Hola, sin servicio' });
      takers.add(server.db.prepare<[string], { assigned_to: string }>('SELECT assigned_to FROM cases WHERE id = ?').get(caseId)!.assigned_to);
    }
    expect([...takers].sort()).toEqual(['lucia', 'mateo']);
    const { caseId } = await server.controls.inbound({ channel: 'email', customer: { name: 'Otra', handle: 'otra@example.com' }, text: 'Hola', assignTo: 'camila' });
    expect(server.db.prepare('SELECT assigned_to FROM cases WHERE id = ?').get(caseId)).toEqual({ assigned_to: 'camila' });
  });
});

describe('the history', () => {
  it('holds at least 300 resolved cases in the eight weeks before the clock, for every agent and channel', () => {
    const server = world;
    const rows = history(server);
    expect(rows.length).toBeGreaterThanOrEqual(HISTORY_MIN);
    const all = server.db.prepare("SELECT count(*) AS n FROM cases WHERE id LIKE 'hist-%'").get();
    expect(all).toEqual({ n: rows.filter((r) => r.id.startsWith('hist-')).length });
    for (const agent of AGENTS) expect(rows.filter((r) => r.assigned_to === agent).length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(CHANNELS));
    expect(rows.every((r) => r.reason !== null && r.resolution !== null)).toBe(true);
    expect(new Set(rows.map((r) => r.resolution))).toEqual(new Set(['favour', 'against']));
    expect(rows.filter((r) => r.reason === 'complaint').length).toBeGreaterThan(10);
  });

  it('records what happened to each case, as the server does live: opened, resolved, and a few customers coming back', () => {
    const count = (sql: string) => (world.db.prepare<[], { n: number }>(sql).get()!).n;
    const cases = count("SELECT count(*) AS n FROM cases WHERE id LIKE 'hist-%'");
    expect(count("SELECT count(DISTINCT case_id) AS n FROM case_events WHERE case_id LIKE 'hist-%' AND kind = 'opened'")).toBe(cases);
    // The last resolution is the case's last update.
    expect(count(`SELECT count(*) AS n FROM cases c WHERE c.id LIKE 'hist-%' AND c.updated_at = (SELECT max(at) FROM case_events e
      WHERE e.case_id = c.id AND e.kind = 'status' AND e.data ->> '$.to' = 'resolved')`)).toBe(cases);
    const reopened = world.db.prepare<[], { case_id: string; back: string; first: string }>(`SELECT r.case_id, r.at AS back,
      (SELECT min(at) FROM case_events f WHERE f.case_id = r.case_id AND f.data ->> '$.to' = 'resolved') AS first
      FROM case_events r WHERE r.case_id LIKE 'hist-%' AND r.kind = 'status' AND r.data ->> '$.from' = 'resolved'`).all();
    expect(reopened.length).toBeGreaterThan(5);
    expect(reopened.length).toBeLessThan(cases / 5);
    for (const r of reopened) expect(Date.parse(r.back) - Date.parse(r.first)).toBeLessThan(6 * 86_400_000);
  });

  it('gives every agent working days of presence, all before the clock, ending each day away', () => {
    const rows = world.db.prepare<[], { username: string; days: number; last: string; first: string }>(`SELECT username,
      count(DISTINCT substr(at, 1, 10)) AS days, max(at) AS last, min(at) AS first FROM presence GROUP BY username ORDER BY username`).all();
    expect(rows.map((r) => r.username)).toEqual([...AGENTS].sort());
    for (const r of rows) {
      expect(r.days).toBeGreaterThan(5);
      expect(r.last < CLOCK.toISOString()).toBe(true);
    }
    const lastStates = world.db.prepare<[], { state: string }>(`SELECT p.state FROM presence p
      WHERE p.at = (SELECT max(at) FROM presence q WHERE q.username = p.username)`).all();
    expect(new Set(lastStates.map((s) => s.state))).toEqual(new Set(['away']));
  });

  it('gives no agent a case from before their hire date', () => {
    const server = world;
    const early = server.db.prepare(`SELECT c.id FROM cases c JOIN users u ON u.username = c.assigned_to
      WHERE c.id LIKE 'hist-%' AND c.created_at < u.hired_at`).all();
    expect(early).toEqual([]);
  });

  it('builds real threads: replies signed by their agent, out-of-hours notices, moves to private, long waits', () => {
    const server = world;
    const replies = server.db.prepare<[], { text: string; author: string; name: string }>(`SELECT m.text, m.author, u.name FROM messages m
      JOIN cases c ON c.id = m.case_id JOIN users u ON u.username = c.assigned_to WHERE c.id LIKE 'hist-%' AND m.kind = 'reply'`).all();
    expect(replies.length).toBeGreaterThan(HISTORY_MIN);
    for (const reply of replies) {
      expect(reply.author).toBe(reply.name);
      expect(reply.text).toContain(reply.name.split(' ')[0]);
    }
    const count = (sql: string) => (server.db.prepare<[], { n: number }>(sql).get()!).n;
    expect(count("SELECT count(*) AS n FROM messages WHERE case_id LIKE 'hist-%' AND kind = 'auto_reply' AND auto_reply_key IS NOT NULL")).toBeGreaterThan(0);
    expect(count(`SELECT count(*) AS n FROM cases p JOIN cases q ON q.id = p.continued_in AND q.continues = p.id
      WHERE p.id LIKE 'hist-%' AND p.moved_to = q.channel AND p.message_type = 'private_data'`)).toBeGreaterThan(0);
    const firstAnswerHours = server.db.prepare<[], { hours: number }>(`SELECT (julianday(min(r.sent_at)) - julianday(c.created_at)) * 24 AS hours
      FROM cases c JOIN messages r ON r.case_id = c.id AND r.kind = 'reply' WHERE c.id LIKE 'hist-%' GROUP BY c.id`).all();
    expect(firstAnswerHours.filter((c) => c.hours > 24).length).toBeGreaterThan(0);
    expect(firstAnswerHours.filter((c) => c.hours < 1).length).toBeGreaterThan(firstAnswerHours.length / 3);
  });

  it('keeps to new customers, leaving the scenario’s customers and their cases as they were', () => {
    const server = world;
    const mixed = server.db.prepare(`SELECT c.id FROM cases c JOIN customers k ON k.id = c.customer_id
      WHERE c.id LIKE 'hist-%' AND k.id NOT LIKE 'hist-cus-%'`).all();
    expect(mixed).toEqual([]);
    expect(server.db.prepare("SELECT count(*) AS n FROM cases WHERE id NOT LIKE 'hist-%'").get()).toEqual({ n: 62 });
  });

  it('names its own customer in every thread: a customer never signs with a scenario customer’s surname', () => {
    const surnames = new Set(world.db.prepare<[], { name: string }>("SELECT name FROM customers WHERE id NOT LIKE 'hist-cus-%'").all()
      .map((c) => c.name.split(' ')).filter((parts) => parts.length > 1).map((parts) => parts.at(-1)!));
    const rows = world.db.prepare<[], { customer: string; text: string }>(`SELECT k.name AS customer, m.text FROM messages m
      JOIN cases c ON c.id = m.case_id JOIN customers k ON k.id = c.customer_id WHERE c.id LIKE 'hist-%' AND m.kind = 'customer'`).all();
    const wrong = rows.flatMap(({ customer, text }) => {
      const [first, ...rest] = customer.split(' ');
      const signed = [...text.matchAll(new RegExp(`(?<![\\p{L}])${first} (\\p{Lu}\\p{L}+)`, 'gu'))].map((m) => m[1]!);
      return signed.filter((surname) => surname !== rest.at(-1) && surnames.has(surname)).map((surname) => `${customer}: ${first} ${surname}`);
    });
    expect(wrong).toEqual([]);
  });

  it('is the same history on every seed on the same day of the clock', async () => {
    const dump = (server: SandboxServer) => ({
      cases: server.db.prepare("SELECT * FROM cases WHERE id LIKE 'hist-%' ORDER BY id").all().map((row) => ({ ...(row as object), version: 0 })),
      messages: server.db.prepare("SELECT id, case_id, kind, author, text, sent_at FROM messages WHERE case_id LIKE 'hist-%' ORDER BY id").all(),
      customers: server.db.prepare("SELECT id, name, language FROM customers WHERE id LIKE 'hist-cus-%' ORDER BY id").all(),
    });
    const first = dump(await seeded());
    expect(dump(await seeded())).toEqual(first);
  });

  it('grows with --cases: half of N once that is more than 300, still in the eight weeks and across the six agents', async () => {
    expect(historySize()).toBe(HISTORY_MIN);
    expect(historySize(2000)).toBe(1000);
    const server = await seeded(1000);
    const rows = history(server).filter((r) => r.id.startsWith('hist-'));
    expect(rows.length).toBe(500);
    expect(new Set(rows.map((r) => r.assigned_to))).toEqual(new Set(AGENTS));
  });
});
