// Loads a scenario into the sandbox store, times relative to the sandbox clock, and optionally
// grows it to N cases by varying the scenario's own cases (for benchmarks and big classes).
// Sandbox-only, and on SQLite only (see docs/architecture.md, the server seam): an
// organisation's server is never seeded from a scenario.
import { AUTO_REPLIES_SETTING, DEFAULT_AUTO_REPLIES } from '../../shared/autoreply/index.ts';
import { CSAT_SETTING, DEFAULT_CSAT } from '../../shared/csat/settings.ts';
import { hearPost } from './listening.ts';
import { BUSINESS_HOURS_SETTING, DEFAULT_BUSINESS_HOURS } from '../../shared/hours/index.ts';
import { DEFAULT_SCORECARDS, QA_SCORECARDS_SETTING } from '../../shared/qa/scorecard.ts';
import { DEFAULT_PRIORITY_RULES } from '../../shared/triage/index.ts';
import type { Scenario } from '../scenario.ts';
import type { Feed } from '../feed.ts';
import { COMPANY_META, meta, nextVersion, SCENARIO_TABLES, setMeta, type SandboxDb } from '../schema.ts';
import type { CaseStatus } from '../../shared/domain.ts';
import { noiseVerdict } from '../message-noise.ts';
import type { CaseEvent } from '../store/repositories.ts';
import { recordCaseEvent } from '../store/sqlite/cases.ts';
import { buildHistory, historySize, type HistoryCase } from './history.ts';

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
export const isSeeded = (db: SandboxDb): boolean => meta(db, 'seeded') === '1';

/**
 * Reseeds the scenario. Consoles receive `del`s for what vanished and fresh rows for the rest.
 * Without `history`, no weeks of generated resolved cases (a class's trainee copy).
 */
export function reseed(db: SandboxDb, feed: Feed, scenario: Scenario, now: Date, cases?: number, history = true): void {
  db.transaction(() => {
    feed.retractAll('reset');
    for (const table of SCENARIO_TABLES) db.exec(`DELETE FROM ${table}`);
    db.exec('DELETE FROM outbound');
    seedScenario(db, feed, scenario, now, cases, history);
    setMeta(db, 'seeded', '1');
  })();
}

function seedScenario(db: SandboxDb, feed: Feed, scenario: Scenario, now: Date, cases: number | undefined, history: boolean): void {
  const iso = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const at = now.toISOString();
  const insert = {
    user: db.prepare(`INSERT INTO users (username, name, role, team, password, version, hired_at, supervises, routed)
      VALUES (@username, @name, @role, @team, @password, @version, @hired_at, @supervises, @routed)`),
    customer: db.prepare(`INSERT INTO customers (id, name, segment, followers, public_figure, location, language, notes, version)
      VALUES (@id, @name, @segment, @followers, @public_figure, @location, @language, @notes, @version)`),
    identity: db.prepare('INSERT INTO identities VALUES (@id, @customer_id, @channel, @handle, @validated, @version)'),
    case: db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language,
        reason, resolution, message_type, created_at, updated_at, waiting_since, version, identity_id)
      VALUES (@id, @number, @customer_id, @channel, @subject, @status, @assigned_to,
      @priority, @language, @reason, @resolution, @message_type, @created_at, @updated_at, @waiting_since, @version,
      (SELECT id FROM identities WHERE customer_id = @customer_id AND channel = @channel ORDER BY validated DESC, id LIMIT 1))`),
    message: db.prepare(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, noise)
      VALUES (@id, @case_id, @kind, @author, @text, @sent_at, @state, @version, @noise)`),
    template: db.prepare(`INSERT INTO templates VALUES (@id, @title, @shortcut, @language, @channels, @team, @body,
      @updated_at, @version, NULL)`),
    article: db.prepare(`INSERT INTO articles (id, title, summary, body, tags, language, updated_at, version, url, revision)
      VALUES (@id, @title, @summary, @body, @tags, @language, @updated_at, @version, @url, 1)`),
    setting: db.prepare('INSERT INTO settings VALUES (?, ?, ?)'),
  };
  const names = new Map(scenario.users.map((u) => [u.username, u.name]));
  // The company signs what no agent wrote (out-of-hours auto-replies).
  setMeta(db, COMPANY_META, scenario.company);

  for (const u of scenario.users) {
    const version = nextVersion(db);
    insert.user.run({
      username: u.username, name: u.name, role: u.role, team: u.team ?? null, password: SANDBOX_PASSWORD, version,
      hired_at: hireDateOf(u, now), supervises: JSON.stringify(u.supervises), routed: u.routed ? 1 : 0,
    });
    feed.publishGlobal('agent', u.username, version);
  }
  for (const t of scenario.templates) {
    const version = nextVersion(db);
    insert.template.run({ ...t, id: t.key, channels: t.channels && JSON.stringify(t.channels), updated_at: at, version });
    feed.publishGlobal('template', t.key, version);
  }
  for (const a of scenario.articles) {
    const version = nextVersion(db);
    insert.article.run({ ...a, id: a.key, tags: JSON.stringify(a.tags), updated_at: at, version });
    feed.publishGlobal('article', a.key, version);
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
    const version = nextVersion(db);
    insert.setting.run(id, JSON.stringify(value), version);
    feed.publishGlobal('setting', id, version);
  }

  const addCustomer = (c: Scenario['customers'][number], id: string) => {
    insert.customer.run({
      id, name: c.name, segment: c.segment, followers: c.followers, public_figure: c.publicFigure ? 1 : 0,
      location: c.location, language: c.language, notes: c.notes, version: nextVersion(db),
    });
    c.identities.forEach((identity, i) =>
      insert.identity.run({
        id: `${id}.${i + 1}`, customer_id: id, channel: identity.channel, handle: identity.handle,
        validated: identity.validated ? 1 : 0, version: nextVersion(db),
      }),
    );
  };
  const addCase = (c: CaseSeed, id: string, number: number, customer: { id: string; name: string }) => {
    const first = c.messages[0]?.minutesAgo ?? 0;
    const last = c.messages.at(-1)?.minutesAgo ?? 0;
    insert.case.run({
      id, number, customer_id: customer.id, channel: c.channel, subject: c.subject, status: c.status,
      assigned_to: c.assignedTo, priority: c.priority, language: c.language, reason: c.reason,
      resolution: c.resolution, message_type: c.messageType, created_at: iso(first), updated_at: iso(last),
      waiting_since: waitingSince(c, iso), version: nextVersion(db),
    });
    // Judged as a console first sees them: in the case's state as seeded.
    const noise = noiseOfThread(c.messages.map((m) => (m.from === 'customer' ? m.text : null)), () => c.status);
    c.messages.forEach((m, i) =>
      insert.message.run({
        id: `${id}.m${i + 1}`, case_id: id, kind: m.from === 'customer' ? 'customer' : 'reply',
        author: m.from === 'customer' ? customer.name : (names.get(m.author ?? '') ?? m.author ?? ''),
        text: m.text, sent_at: iso(m.minutesAgo), state: 'sent', version: nextVersion(db), noise: noise[i] ?? null,
      }),
    );
    feed.publishCase(id);
  };

  const customerNames = new Map(scenario.customers.map((c) => [c.key, c.name]));
  for (const c of scenario.customers) addCustomer(c, c.key);
  scenario.cases.forEach((c, i) => {
    const name = customerNames.get(c.customer);
    if (name === undefined) throw new Error(`Case ${c.key} names an unknown customer ${c.customer}`);
    addCase(c, c.key, FIRST_CASE_NUMBER + i, { id: c.customer, name });
  });
  let next = FIRST_CASE_NUMBER + scenario.cases.length;
  if (cases !== undefined && cases > scenario.cases.length) {
    growScenario(db, scenario, cases - scenario.cases.length, next, addCustomer, addCase);
    next += cases - scenario.cases.length;
  }
  if (history) seedHistory(db, feed, scenario, now, historySize(cases), next, addCustomer);
  for (const post of scenario.listening) {
    hearPost(db, feed, { channel: post.channel, customer: { name: post.author, handle: post.handle, followers: post.followers }, text: post.text }, iso(post.minutesAgo));
  }
}

/** The resolved cases of the weeks before the clock (history.ts), numbered after the rest, oldest first. */
function seedHistory(
  db: SandboxDb, feed: Feed, scenario: Scenario, now: Date, size: number, firstNumber: number,
  addCustomer: (c: Scenario['customers'][number], id: string) => void,
): void {
  const agents = scenario.users
    .filter((u) => u.role === 'agent')
    .map((u) => ({ username: u.username, name: u.name, team: u.team ?? null, hiredAt: hireDateOf(u, now) }));
  if (agents.length === 0) return;
  const history = buildHistory(scenario, agents, now, size);
  for (const c of history.customers) addCustomer(c, c.key);
  const insertCase = db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language,
      reason, resolution, message_type, created_at, updated_at, waiting_since, version, identity_id, moved_to, continues)
    VALUES (@id, @number, @customer_id, @channel, @subject, 'resolved', @assigned_to, @priority, @language, @reason, @resolution,
      @message_type, @created_at, @updated_at, NULL, @version,
      (SELECT id FROM identities WHERE customer_id = @customer_id AND channel = @channel ORDER BY validated DESC, id LIMIT 1),
      @moved_to, @continues)`);
  const insertMessage = db.prepare(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, auto_reply_key, noise)
    VALUES (@id, @case_id, @kind, @author, @text, @sent_at, 'sent', @version, @auto_reply_key, @noise)`);
  const continuedIn = db.prepare('UPDATE cases SET continued_in = ? WHERE id = ?');
  const event = (caseId: string, event: CaseEvent, at: Date, by: string | null) => recordCaseEvent(db, caseId, event, at.toISOString(), by);
  history.cases.forEach((c: HistoryCase, i) => {
    insertCase.run({
      id: c.key, number: firstNumber + i, customer_id: c.customer, channel: c.channel, subject: c.subject,
      assigned_to: c.assignedTo, priority: c.priority, language: c.language, reason: c.reason, resolution: c.resolution,
      message_type: c.messageType, created_at: c.createdAt.toISOString(), updated_at: c.resolvedAt.toISOString(),
      version: nextVersion(db), moved_to: c.movedTo, continues: c.continues,
    });
    if (c.continues !== null) continuedIn.run(c.key, c.continues);
    // What happened, as the server records it live: the reports are computed from these events.
    event(c.key, { kind: 'opened', data: { assignedTo: c.assignedTo } }, c.createdAt, null);
    event(c.key, { kind: 'status', data: { from: 'open', to: 'resolved' } }, c.firstResolvedAt, c.assignedTo);
    if (c.reopenedAt !== null) {
      event(c.key, { kind: 'status', data: { from: 'resolved', to: 'open' } }, c.reopenedAt, null);
      event(c.key, { kind: 'status', data: { from: 'open', to: 'resolved' } }, c.resolvedAt, c.assignedTo);
    }
    // Judged as they arrived: open, or resolved when the customer came back.
    const reopened = c.reopenedAt?.getTime() ?? Infinity;
    const noise = noiseOfThread(c.messages.map((m) => (m.kind === 'customer' ? m.text : null)),
      (j) => ((c.messages[j]?.at.getTime() ?? 0) >= reopened ? 'resolved' : 'open'));
    c.messages.forEach((m, j) =>
      insertMessage.run({
        id: `${c.key}.m${j + 1}`, case_id: c.key, kind: m.kind, author: m.author, text: m.text, sent_at: m.at.toISOString(),
        version: nextVersion(db), auto_reply_key: m.autoReplyKey, noise: noise[j] ?? null,
      }),
    );
  });
  for (const c of history.cases) feed.publishCase(c.key);
  const presence = db.prepare('INSERT INTO presence (username, state, at) VALUES (?, ?, ?)');
  for (const p of history.presence) presence.run(p.username, p.state, p.at.toISOString());
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
function growScenario(
  db: SandboxDb,
  scenario: Scenario,
  count: number,
  firstNumber: number,
  addCustomer: (c: Scenario['customers'][number], id: string) => void,
  addCase: (c: CaseSeed, id: string, number: number, customer: { id: string; name: string }) => void,
): void {
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
    addCustomer({ ...person, name: customer.name, identities: person.identities.map((x) => ({ ...x, handle: `${x.handle}.${i + 1}` })) }, customer.id);
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
    addCase({ ...base, messages, assignedTo: random() < 0.05 ? null : pick(agents) }, id, firstNumber + i, customer);
  }
}
