// Loads a scenario into the store, times relative to the sandbox clock, and optionally grows it
// to N cases by varying the scenario's own cases (for benchmarks and big classes). The sandbox
// seeds itself; an organisation's server seeds a demo database only when asked
// (`--scenario default`).
import { AUTO_REPLIES_SETTING, DEFAULT_AUTO_REPLIES } from '../../shared/autoreply/index.ts';
import { CSAT_SETTING, DEFAULT_CSAT } from '../../shared/csat/settings.ts';
import { hearPost } from './listening.ts';
import { BUSINESS_HOURS_SETTING, DEFAULT_BUSINESS_HOURS } from '../../shared/hours/index.ts';
import { DEFAULT_SCORECARDS, QA_SCORECARDS_SETTING } from '../../shared/qa/scorecard.ts';
import { DEFAULT_PRIORITY_RULES } from '../../shared/triage/index.ts';
import type { Scenario } from '../scenario.ts';
import { Feed } from '../feed.ts';
import { COMPANY_META, SCENARIO_TABLES } from '../schema.ts';
import type { CaseStatus } from '../../shared/domain.ts';
import { noiseVerdict } from '../message-noise.ts';
import type { CaseEvent } from '../store/repositories.ts';
import { caseEvents } from '../store/shared/cases.ts';
import { metaValue, setMetaValue } from '../store/shared/instance.ts';
import type { Sql } from '../store/sql.ts';
import { buildHistory, historySize } from './history.ts';

export const SANDBOX_PASSWORD = 'sandbox';
export const FIRST_CASE_NUMBER = 1001;

type CaseSeed = Scenario['cases'][number];
type UserSeed = Scenario['users'][number];

const DAY_MS = 86_400_000;

/** A user's hire date: fixed in the scenario, or so many days before the sandbox's clock (UTC day). */
export function hireDateOf(user: UserSeed, now: Date): string | null {
  if (user.hiredAt !== undefined) return user.hiredAt;
  if (user.hiredDaysAgo === undefined) return null;
  return new Date(now.getTime() - user.hiredDaysAgo * DAY_MS).toISOString().slice(0, 10);
}

/** Whether the store holds a scenario yet. */
export const isSeeded = async (sql: Sql): Promise<boolean> => (await metaValue(sql, 'seeded')) === '1';

/**
 * Reseeds the scenario; call inside a transaction. Consoles receive `del`s for what vanished and
 * fresh rows for the rest. Without `history`, no weeks of generated resolved cases (a class's
 * trainee copy). `password`: what every user of the scenario signs in with, as stored.
 */
export async function reseed(sql: Sql, scenario: Scenario, now: Date, { cases, history = true, password = SANDBOX_PASSWORD }: { cases?: number; history?: boolean; password?: string } = {}): Promise<void> {
  const feed = new Feed(sql);
  await feed.retractAll('reset');
  for (const table of SCENARIO_TABLES) await sql.run(`DELETE FROM ${table}`);
  await sql.run('DELETE FROM outbound');
  await seedScenario(sql, feed, scenario, now, cases, history, password);
  await setMetaValue(sql, 'seeded', '1');
}

/** Adds a customer (one of the scenario's, or a grown or historical one) with their identities. */
type AddCustomer = (c: Scenario['customers'][number], id: string) => Promise<void>;
type AddCase = (c: CaseSeed, id: string, number: number, customer: { id: string; name: string }) => Promise<void>;

/** The identity a seeded case came through: the customer's on its channel, validated first. */
const CASE_IDENTITY = '(SELECT id FROM identities WHERE customer_id = ? AND channel = ? ORDER BY validated DESC, id LIMIT 1)';

async function seedScenario(sql: Sql, feed: Feed, scenario: Scenario, now: Date, cases: number | undefined, history: boolean, password: string): Promise<void> {
  const iso = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const at = now.toISOString();
  const names = new Map(scenario.users.map((u) => [u.username, u.name]));
  // The company signs what no agent wrote (out-of-hours auto-replies).
  await setMetaValue(sql, COMPANY_META, scenario.company);

  for (const u of scenario.users) {
    const version = await sql.nextVersion();
    await sql.run(`INSERT INTO users (username, name, role, team, password, version, hired_at, supervises, routed)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    u.username, u.name, u.role, u.team ?? null, password, version, hireDateOf(u, now), JSON.stringify(u.supervises), u.routed ? 1 : 0);
    await feed.publishGlobal('agent', u.username, version);
  }
  for (const t of scenario.templates) {
    const version = await sql.nextVersion();
    await sql.run('INSERT INTO templates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)',
      t.key, t.title, t.shortcut, t.language, t.channels && JSON.stringify(t.channels), t.team, t.body, at, version);
    await feed.publishGlobal('template', t.key, version);
  }
  for (const a of scenario.articles) {
    const version = await sql.nextVersion();
    await sql.run(`INSERT INTO articles (id, title, summary, body, tags, language, updated_at, version, url, revision)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`, a.key, a.title, a.summary, a.body, JSON.stringify(a.tags), a.language, at, version, a.url);
    await feed.publishGlobal('article', a.key, version);
  }
  // The schedule, auto-replies, routing rules, QA scorecard and survey every organisation starts with; a scenario may
  // replace them or add its own documents, and supervisors publish new versions
  // (POST /v1/sandbox/settings).
  const settings = {
    [BUSINESS_HOURS_SETTING]: DEFAULT_BUSINESS_HOURS,
    [AUTO_REPLIES_SETTING]: DEFAULT_AUTO_REPLIES,
    priority_rules: DEFAULT_PRIORITY_RULES,
    [QA_SCORECARDS_SETTING]: DEFAULT_SCORECARDS,
    [CSAT_SETTING]: DEFAULT_CSAT,
    ...scenario.settings,
  };
  for (const [id, value] of Object.entries(settings)) {
    const version = await sql.nextVersion();
    await sql.run('INSERT INTO settings VALUES (?, ?, ?)', id, JSON.stringify(value), version);
    await feed.publishGlobal('setting', id, version);
  }

  const addCustomer: AddCustomer = async (c, id) => {
    await sql.run(`INSERT INTO customers (id, name, segment, followers, public_figure, location, language, notes, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    id, c.name, c.segment, c.followers, c.publicFigure ? 1 : 0, c.location, c.language, c.notes, await sql.nextVersion());
    for (const [i, identity] of c.identities.entries()) {
      await sql.run('INSERT INTO identities VALUES (?, ?, ?, ?, ?, ?)',
        `${id}.${i + 1}`, id, identity.channel, identity.handle, identity.validated ? 1 : 0, await sql.nextVersion());
    }
  };
  const addCase: AddCase = async (c, id, number, customer) => {
    const first = c.messages[0]?.minutesAgo ?? 0;
    const last = c.messages.at(-1)?.minutesAgo ?? 0;
    await sql.run(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language,
        reason, resolution, message_type, created_at, updated_at, waiting_since, version, identity_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${CASE_IDENTITY})`,
    id, number, customer.id, c.channel, c.subject, c.status, c.assignedTo, c.priority, c.language, c.reason, c.resolution,
    c.messageType, iso(first), iso(last), waitingSince(c, iso), await sql.nextVersion(), customer.id, c.channel);
    // Judged as a console first sees them: in the case's state as seeded.
    const noise = noiseOfThread(c.messages.map((m) => (m.from === 'customer' ? m.text : null)), () => c.status);
    for (const [i, m] of c.messages.entries()) {
      await sql.run(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, noise)
        VALUES (?, ?, ?, ?, ?, ?, 'sent', ?, ?)`,
      `${id}.m${i + 1}`, id, m.from === 'customer' ? 'customer' : 'reply',
      m.from === 'customer' ? customer.name : (names.get(m.author ?? '') ?? m.author ?? ''),
      m.text, iso(m.minutesAgo), await sql.nextVersion(), noise[i] ?? null);
    }
    await feed.publishCase(id);
  };

  const customerNames = new Map(scenario.customers.map((c) => [c.key, c.name]));
  for (const c of scenario.customers) await addCustomer(c, c.key);
  for (const [i, c] of scenario.cases.entries()) {
    const name = customerNames.get(c.customer);
    if (name === undefined) throw new Error(`Case ${c.key} names an unknown customer ${c.customer}`);
    await addCase(c, c.key, FIRST_CASE_NUMBER + i, { id: c.customer, name });
  }
  let next = FIRST_CASE_NUMBER + scenario.cases.length;
  if (cases !== undefined && cases > scenario.cases.length) {
    await growScenario(scenario, cases - scenario.cases.length, next, addCustomer, addCase);
    next += cases - scenario.cases.length;
  }
  if (history) await seedHistory(sql, feed, scenario, now, historySize(cases), next, addCustomer);
  for (const post of scenario.listening) {
    await hearPost(sql, feed, { channel: post.channel, customer: { name: post.author, handle: post.handle, followers: post.followers }, text: post.text }, iso(post.minutesAgo));
  }
}

/** The resolved cases of the weeks before the clock (history.ts), numbered after the rest, oldest first. */
async function seedHistory(sql: Sql, feed: Feed, scenario: Scenario, now: Date, size: number, firstNumber: number, addCustomer: AddCustomer): Promise<void> {
  const agents = scenario.users
    .filter((u) => u.role === 'agent')
    .map((u) => ({ username: u.username, name: u.name, team: u.team ?? null, hiredAt: hireDateOf(u, now) }));
  if (agents.length === 0) return;
  const history = buildHistory(scenario, agents, now, size);
  for (const c of history.customers) await addCustomer(c, c.key);
  const events = caseEvents(sql);
  const event = (caseId: string, event: CaseEvent, at: Date, by: string | null) => events.record(caseId, event, at.toISOString(), by);
  for (const [i, c] of history.cases.entries()) {
    await sql.run(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language,
        reason, resolution, message_type, created_at, updated_at, waiting_since, version, identity_id, moved_to, continues)
      VALUES (?, ?, ?, ?, ?, 'resolved', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ${CASE_IDENTITY}, ?, ?)`,
    c.key, firstNumber + i, c.customer, c.channel, c.subject, c.assignedTo, c.priority, c.language, c.reason, c.resolution,
    c.messageType, c.createdAt.toISOString(), c.resolvedAt.toISOString(), await sql.nextVersion(), c.customer, c.channel, c.movedTo, c.continues);
    if (c.continues !== null) await sql.run('UPDATE cases SET continued_in = ? WHERE id = ?', c.key, c.continues);
    // What happened, as the server records it live: the reports are computed from these events.
    await event(c.key, { kind: 'opened', data: { assignedTo: c.assignedTo } }, c.createdAt, null);
    await event(c.key, { kind: 'status', data: { from: 'open', to: 'resolved' } }, c.firstResolvedAt, c.assignedTo);
    if (c.reopenedAt !== null) {
      await event(c.key, { kind: 'status', data: { from: 'resolved', to: 'open' } }, c.reopenedAt, null);
      await event(c.key, { kind: 'status', data: { from: 'open', to: 'resolved' } }, c.resolvedAt, c.assignedTo);
    }
    // Judged as they arrived: open, or resolved when the customer came back.
    const reopened = c.reopenedAt?.getTime() ?? Infinity;
    const noise = noiseOfThread(c.messages.map((m) => (m.kind === 'customer' ? m.text : null)),
      (j) => ((c.messages[j]?.at.getTime() ?? 0) >= reopened ? 'resolved' : 'open'));
    for (const [j, m] of c.messages.entries()) {
      await sql.run(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, auto_reply_key, noise)
        VALUES (?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?)`,
      `${c.key}.m${j + 1}`, c.key, m.kind, m.author, m.text, m.at.toISOString(), await sql.nextVersion(), m.autoReplyKey, noise[j] ?? null);
    }
  }
  for (const c of history.cases) await feed.publishCase(c.key);
  for (const p of history.presence) await sql.run('INSERT INTO presence (username, state, at) VALUES (?, ?, ?)', p.username, p.state, p.at.toISOString());
}

/** Each customer message's noise (null for the rest), against the customer's previous message and the state `statusAt` gives. */
function noiseOfThread(customerTexts: readonly (string | null)[], statusAt: (index: number) => CaseStatus): (string | null)[] {
  let previous: string | null = null;
  return customerTexts.map((text, i) => {
    if (text === null) return null;
    const verdict = noiseVerdict(text, previous, statusAt(i), false);
    previous = text;
    return verdict;
  });
}

function waitingSince(c: CaseSeed, iso: (minutesAgo: number) => string): string | null {
  if (c.status === 'resolved') return null;
  let oldest: number | null = null;
  for (const m of c.messages) {
    if (m.from === 'agent') oldest = null;
    else oldest ??= m.minutesAgo;
  }
  return oldest === null ? null : iso(oldest);
}

/**
 * Adds `count` cases made from the scenario's own, each with a new customer and about ten
 * messages, spread over 60 days. Deterministic, so two runs produce the same data set.
 */
async function growScenario(scenario: Scenario, count: number, firstNumber: number, addCustomer: AddCustomer, addCase: AddCase): Promise<void> {
  let state = 42;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // The agents the routing rule picks: those of the scenario's own cases (the history has the others).
  const agents = scenario.users.filter((u) => u.role === 'agent' && u.routed).map((u) => u.username);
  const customerLines = scenario.cases.flatMap((c) => c.messages.filter((m) => m.from === 'customer').map((m) => m.text));
  const agentLines = scenario.cases.flatMap((c) => c.messages.filter((m) => m.from === 'agent').map((m) => m.text));
  for (let i = 0; i < count; i++) {
    const base = pick(scenario.cases);
    const person = pick(scenario.customers);
    const customer = { id: `gen-cus-${i + 1}`, name: `${person.name} ${i + 1}` };
    await addCustomer({ ...person, name: customer.name, identities: person.identities.map((x) => ({ ...x, handle: `${x.handle}.${i + 1}` })) }, customer.id);
    const start = 60 + Math.floor(random() * 86_000);
    const length = 4 + Math.floor(random() * 13);
    const messages: CaseSeed['messages'] = [];
    for (let m = 0; m < length; m++) {
      const fromCustomer = m % 2 === 0 || random() < 0.2;
      messages.push({
        from: fromCustomer ? 'customer' : 'agent',
        author: fromCustomer ? undefined : pick(agents),
        minutesAgo: Math.max(1, start - m * (5 + Math.floor(random() * 90))),
        text: fromCustomer ? pick(customerLines) : pick(agentLines),
      });
    }
    const id = `gen-${i + 1}`;
    await addCase({ ...base, messages, assignedTo: random() < 0.05 ? null : pick(agents) }, id, firstNumber + i, customer);
  }
}
