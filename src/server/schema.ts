// The sandbox central API's own store. It plays the organisation's backend, so it keeps
// server truth (cases, messages, who is assigned) plus the protocol's bookkeeping.
import Database from 'better-sqlite3-multiple-ciphers';

export type SandboxDb = Database.Database;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, team TEXT,
    password TEXT NOT NULL, version INTEGER NOT NULL,
    -- The hire date (YYYY-MM-DD) and, for supervisors, the teams supervised (a JSON array).
    hired_at TEXT, supervises TEXT NOT NULL DEFAULT '[]',
    -- 0: the sandbox's routing rule never picks this agent; only a trainer naming them does.
    routed INTEGER NOT NULL DEFAULT 1,
    -- 1: the user cannot sign in (an organisation's admin disable-user); their history stays.
    disabled INTEGER NOT NULL DEFAULT 0,
    -- The feed's last seq when what the user may see last changed (an admin's set-role, set-team,
    -- set-supervises): a cursor from before it is refused, and the console pulls from the start.
    scope_from INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, username TEXT NOT NULL, device_id TEXT,
    state TEXT NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'expired', 'revoked')),
    created_at TEXT NOT NULL,
    -- Since refresh tokens: \`token\` is the sha-256 of the access token, \`family\` the sign-in
    -- it belongs to, \`expires_at\` when it stops working (server clock).
    family TEXT, expires_at TEXT
  ) STRICT;
  -- Refresh tokens, by sha-256: each renewal marks its token \`used\` and issues the next of the
  -- family, so a used one presented again shows the family was copied.
  CREATE TABLE IF NOT EXISTS refresh_tokens (
    hash TEXT PRIMARY KEY, family TEXT NOT NULL, username TEXT NOT NULL, device_id TEXT,
    state TEXT NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'used', 'ended')),
    created_at TEXT NOT NULL, expires_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS refresh_tokens_family ON refresh_tokens(family);
  CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, segment TEXT NOT NULL, followers INTEGER NOT NULL,
    public_figure INTEGER NOT NULL, location TEXT, language TEXT NOT NULL, notes TEXT,
    version INTEGER NOT NULL,
    -- A record folded into another by a link or a merge: retired until the merge is undone.
    merged_into TEXT
  ) STRICT;
  CREATE TABLE IF NOT EXISTS identities (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), channel TEXT NOT NULL,
    handle TEXT NOT NULL, validated INTEGER NOT NULL, version INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS identities_handle ON identities(channel, handle);
  CREATE INDEX IF NOT EXISTS identities_customer ON identities(customer_id);
  CREATE TABLE IF NOT EXISTS cases (
    id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE, customer_id TEXT NOT NULL REFERENCES customers(id),
    channel TEXT NOT NULL, subject TEXT NOT NULL, status TEXT NOT NULL, assigned_to TEXT,
    priority TEXT NOT NULL, language TEXT NOT NULL, reason TEXT, resolution TEXT, message_type TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, waiting_since TEXT, version INTEGER NOT NULL,
    -- A public case moved to this private channel, and the private case it continued in.
    moved_to TEXT, continues TEXT, continued_in TEXT,
    -- The identity the customer wrote through: replies go there, whoever's record it is now.
    identity_id TEXT,
    -- Classification extras for the reports: the product (a key of the \`products\` setting), the
    -- agent's mark that another customer answered on the public thread, the mark at resolution
    -- that the answer spared a phone call, and why the case was last reopened for its agent.
    product TEXT, peer_answered INTEGER NOT NULL DEFAULT 0, call_avoided INTEGER NOT NULL DEFAULT 0, recontact TEXT,
    -- The priority the case had before a recontact raised it, given back when it is resolved again.
    priority_before_recontact TEXT,
    -- How the routing rules gave the case out when it came in: the rule that decided and why
    -- (NULL when an agent was named), and when it overflowed to another team (once at most).
    routing_rule TEXT, routing_reason TEXT, overflowed_at TEXT
  ) STRICT;
  CREATE INDEX IF NOT EXISTS cases_customer ON cases(customer_id);
  CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL,
    author TEXT NOT NULL, text TEXT NOT NULL, sent_at TEXT NOT NULL, state TEXT NOT NULL,
    version INTEGER NOT NULL,
    -- An auto-reply's dedupe key: the case and the closed window it answered.
    auto_reply_key TEXT,
    -- The company's promotional post a customer message answers.
    promo TEXT,
    -- A customer message's noise as judged when it arrived (a NoiseKind, or 'none'), against the
    -- customer's previous message and the case's state then, as a console judges it: the
    -- reports' filtered count. NULL: judged when a report reads it.
    noise TEXT,
    -- The listening post a proactive case was opened from, on its first message: a like on
    -- either is the same like, kept once in reactions.
    post_id TEXT
  ) STRICT;
  -- A case's thread in order (the reports read every thread of a period sorted, with no sort step).
  DROP INDEX IF EXISTS messages_case;
  CREATE INDEX IF NOT EXISTS messages_case_sent ON messages(case_id, sent_at);
  -- What the case's agent decided about a customer message: their type (NULL: the classifier's)
  -- and whether they restored it from the noise filter. Sent with the message; a decision gives
  -- the message a new version so every console holding the case pulls it.
  CREATE TABLE IF NOT EXISTS message_decisions (
    message_id TEXT PRIMARY KEY REFERENCES messages(id), type TEXT, restored INTEGER NOT NULL DEFAULT 0,
    by TEXT NOT NULL, at TEXT NOT NULL
  ) STRICT;
  -- One out-of-hours auto-reply per dedupe key, whichever console sent it first.
  CREATE TABLE IF NOT EXISTS auto_replies (
    dedupe_key TEXT PRIMARY KEY, case_id TEXT NOT NULL, message_id TEXT NOT NULL, client_id TEXT NOT NULL,
    username TEXT NOT NULL, sent_at TEXT NOT NULL
  ) STRICT;
  -- Agents' notes on a customer; author is the username, author_name their name when they wrote.
  CREATE TABLE IF NOT EXISTS customer_notes (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), author TEXT NOT NULL,
    author_name TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL, version INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS customer_notes_customer ON customer_notes(customer_id);
  CREATE TABLE IF NOT EXISTS templates (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, shortcut TEXT, language TEXT NOT NULL, channels TEXT,
    team TEXT, body TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL,
    -- NULL for company templates; the agent's username for a personal one.
    owner TEXT
  ) STRICT;
  CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL,
    tags TEXT NOT NULL, language TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL,
    url TEXT, revision INTEGER NOT NULL DEFAULT 1
  ) STRICT;
  CREATE TABLE IF NOT EXISTS settings (id TEXT PRIMARY KEY, value TEXT NOT NULL, version INTEGER NOT NULL) STRICT;
  -- Links and merges, with what moved, so an undo puts back exactly that.
  CREATE TABLE IF NOT EXISTS customer_merges (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('link', 'merge')),
    survivor_id TEXT NOT NULL, merged_id TEXT NOT NULL, identities TEXT NOT NULL, cases TEXT NOT NULL,
    notes TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL, undone_at TEXT
  ) STRICT;
  CREATE INDEX IF NOT EXISTS customer_merges_survivor ON customer_merges(survivor_id);
  -- Who vouched that an account is the customer's, and when: the link flow's "validated" tick,
  -- recorded by the server for a link between records that share no phone, e-mail or handle.
  CREATE TABLE IF NOT EXISTS identity_validations (
    identity_id TEXT NOT NULL, customer_id TEXT NOT NULL, link_id TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL
  ) STRICT;
  -- Identities taken off a customer, and why.
  CREATE TABLE IF NOT EXISTS identity_unlinks (
    identity_id TEXT NOT NULL, from_customer TEXT NOT NULL, to_customer TEXT NOT NULL, reason TEXT NOT NULL,
    by TEXT NOT NULL, at TEXT NOT NULL
  ) STRICT;
  -- The organisation's block list. An unblocked row stays (unblocked_at set), so a second
  -- unblock of it is met rather than refused as unknown.
  CREATE TABLE IF NOT EXISTS blocked_senders (
    id TEXT PRIMARY KEY, channel TEXT NOT NULL, handle TEXT NOT NULL COLLATE NOCASE, reason TEXT NOT NULL,
    blocked_by TEXT NOT NULL, blocked_at TEXT NOT NULL, unblocked_at TEXT, version INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS blocked_senders_sender ON blocked_senders(channel, handle);

  -- Supervisors' reviews of a pack's cases: one per reviewer and case of a pack. \`data\` is the
  -- review as the wire carries it (answers, comments, disputes and every version, oldest first).
  CREATE TABLE IF NOT EXISTS qa_reviews (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL, case_id TEXT NOT NULL, agent TEXT NOT NULL, reviewer TEXT NOT NULL,
    created_at TEXT NOT NULL, data TEXT NOT NULL, version INTEGER NOT NULL,
    UNIQUE (pack_id, case_id, reviewer)
  ) STRICT;

  -- What each agent's console must pull: the latest change per (entity, row, audience).
  -- scope is a username, or '*' for what everyone sees. A row moves to the end when it changes.
  CREATE TABLE IF NOT EXISTS feed (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, id TEXT NOT NULL,
    scope TEXT NOT NULL, op TEXT NOT NULL, version INTEGER NOT NULL, reason TEXT,
    -- When a del was written (real time; null on a put): old ones are pruned (Feed.compact).
    del_at TEXT,
    UNIQUE (entity, id, scope)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS feed_scope ON feed(scope, seq);
  CREATE INDEX IF NOT EXISTS feed_dels ON feed(scope, seq) WHERE op = 'del';

  -- Exactly-once bookkeeping of each console's outbox.
  CREATE TABLE IF NOT EXISTS clients (
    client_id TEXT PRIMARY KEY, username TEXT NOT NULL, last_seq INTEGER NOT NULL
  ) STRICT;
  -- The device each client id belongs to: the device of the token that first pushed with it.
  -- A console signs in with its client id as device id, and a fresh client id it starts after a
  -- sequence gap joins the same device, so revoking the device stops every one of its outboxes.
  CREATE TABLE IF NOT EXISTS client_devices (
    client_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, revoked_at TEXT
  ) STRICT;
  CREATE INDEX IF NOT EXISTS client_devices_device ON client_devices(device_id);
  CREATE TABLE IF NOT EXISTS mutation_log (
    client_id TEXT NOT NULL, seq INTEGER NOT NULL, mutation_id TEXT NOT NULL, name TEXT NOT NULL,
    status TEXT NOT NULL, reason TEXT, message TEXT, applied_at TEXT NOT NULL,
    PRIMARY KEY (client_id, seq)
  ) STRICT;

  -- Who wrote each settings document's current version from a console (put_setting), and the
  -- version that save was based on: later saves of that console on the same base are no conflict.
  CREATE TABLE IF NOT EXISTS setting_authors (
    setting_id TEXT PRIMARY KEY, version INTEGER NOT NULL, client_id TEXT NOT NULL, base_version INTEGER
  ) STRICT;

  -- QA packs: a drawn sample (or a calibration's cases) with the wire's shape in data; its
  -- cases and its reviewers as rows, so the feed finds who must see a case.
  CREATE TABLE IF NOT EXISTS qa_packs (
    id TEXT PRIMARY KEY, created_by TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL, version INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS qa_pack_cases (
    pack_id TEXT NOT NULL, case_id TEXT NOT NULL, agent TEXT NOT NULL, stratum TEXT NOT NULL,
    PRIMARY KEY (pack_id, case_id)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS qa_pack_cases_case ON qa_pack_cases(case_id);
  -- Who reviews a pack: its creator always, plus a calibration's reviewers.
  CREATE TABLE IF NOT EXISTS qa_pack_reviewers (
    pack_id TEXT NOT NULL, username TEXT NOT NULL, PRIMARY KEY (pack_id, username)
  ) STRICT;

  -- What happened to each case, in order, on the server's clock: the reports are computed from it.
  -- kind: opened (data {assignedTo}), assigned ({from, to}), status ({from, to}), classified ({from, to}: the reason).
  CREATE TABLE IF NOT EXISTS case_events (
    id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, by TEXT, data TEXT
  ) STRICT;
  CREATE INDEX IF NOT EXISTS case_events_case ON case_events(case_id, id);
  CREATE INDEX IF NOT EXISTS case_events_at ON case_events(at);

  -- Each agent's presence as the server received it (its clock), and their last contact: a
  -- console that stops calling counts as away from its last contact.
  CREATE TABLE IF NOT EXISTS presence (
    id INTEGER PRIMARY KEY, username TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('available', 'busy', 'away')), at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS presence_user ON presence(username, at);
  CREATE TABLE IF NOT EXISTS last_contact (username TEXT PRIMARY KEY, at TEXT NOT NULL) STRICT;

  -- One satisfaction survey per case, sent when the resolution was applied; answers is the
  -- parsed reply as JSON (one entry per question), score the first question's 1–5.
  CREATE TABLE IF NOT EXISTS csat_surveys (
    case_id TEXT PRIMARY KEY, agent TEXT, team TEXT, channel TEXT NOT NULL, language TEXT NOT NULL,
    message_id TEXT NOT NULL, sent_at TEXT NOT NULL,
    answer_message_id TEXT, answered_at TEXT, answers TEXT, score INTEGER, negative INTEGER
  ) STRICT;

  -- The coaching plan: objectives per agent and a note per weekly one-on-one, with the wire's
  -- shape in data.
  CREATE TABLE IF NOT EXISTS coaching_objectives (
    id TEXT PRIMARY KEY, agent TEXT NOT NULL, data TEXT NOT NULL, version INTEGER NOT NULL
  ) STRICT;
  -- Derivations [derivación]: a case sent by its agent to an area or a person with an internal
  -- note (derive_case), and how it was closed (answer_derivation). \`seq\` orders a case's
  -- derivations (its latest is the one on the wire); \`reason\` is the case's contact reason when
  -- derived, for the reports. Who may answer is fixed when it is derived (the area's members then).
  CREATE TABLE IF NOT EXISTS derivations (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, case_id TEXT NOT NULL REFERENCES cases(id), by_agent TEXT NOT NULL,
    to_ref TEXT NOT NULL, note TEXT NOT NULL, reason TEXT, state TEXT NOT NULL, answer TEXT, answered_by TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS derivations_case ON derivations(case_id, seq);
  CREATE TABLE IF NOT EXISTS derivation_recipients (
    derivation_id TEXT NOT NULL REFERENCES derivations(id), username TEXT NOT NULL, PRIMARY KEY (derivation_id, username)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS derivation_recipients_user ON derivation_recipients(username);
  CREATE TABLE IF NOT EXISTS coaching_notes (
    id TEXT PRIMARY KEY, agent TEXT NOT NULL, week TEXT NOT NULL, data TEXT NOT NULL, version INTEGER NOT NULL
  ) STRICT;

  -- Listening: public posts naming the brand without addressing the company (the wire's shape
  -- in data), and the company's likes on them (one per post: the company's account likes once).
  CREATE TABLE IF NOT EXISTS listening_posts (id TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL) STRICT;
  CREATE TABLE IF NOT EXISTS reactions (
    post_id TEXT PRIMARY KEY, reaction TEXT NOT NULL, username TEXT NOT NULL, at TEXT NOT NULL
  ) STRICT;
  -- The company's likes on customers' comments and mentions inside public cases: one per message.
  CREATE TABLE IF NOT EXISTS message_reactions (
    message_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, reaction TEXT NOT NULL, username TEXT NOT NULL, at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS message_reactions_at ON message_reactions(at);
  CREATE INDEX IF NOT EXISTS reactions_at ON reactions(at);

  -- Every message delivered to a customer, and which console caused it.
  CREATE TABLE IF NOT EXISTS outbound (
    id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, channel TEXT NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, mutation_id TEXT, client_id TEXT, username TEXT, sent_at TEXT NOT NULL,
    templates TEXT, articles TEXT,
    -- The handle it went to: the case's own identity.
    to_handle TEXT
  ) STRICT;

  -- Training classes (classes/registry.ts): each class with its script and clock, its trainees
  -- (the one-time password only as a hash, gone once used), what fired for whom, and when each
  -- trainee first classified a case. The trainees' own stores are files of their own.
  CREATE TABLE IF NOT EXISTS classes (
    id TEXT PRIMARY KEY, scenario TEXT NOT NULL, script TEXT NOT NULL, state TEXT NOT NULL, speed INTEGER NOT NULL,
    elapsed_ms REAL NOT NULL, shift_ms REAL NOT NULL, created_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS class_trainees (
    username TEXT PRIMARY KEY, class_id TEXT NOT NULL REFERENCES classes(id), name TEXT NOT NULL, position INTEGER NOT NULL,
    password_hash TEXT, joined_at TEXT
  ) STRICT;
  CREATE INDEX IF NOT EXISTS class_trainees_class ON class_trainees(class_id, position);
  CREATE TABLE IF NOT EXISTS class_events (
    class_id TEXT NOT NULL, username TEXT NOT NULL, step_id TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT, at TEXT NOT NULL,
    PRIMARY KEY (class_id, username, step_id, kind)
  ) STRICT;
`;

export function openSandboxDb(file: string): SandboxDb {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  addMissingColumns(db);
  return db;
}

// Columns added after the first release: a sandbox store from an older version gains them.
const ADDED_COLUMNS = [
  ['articles', 'url'], ['outbound', 'articles'],
  ['cases', 'moved_to'], ['cases', 'continues'], ['cases', 'continued_in'],
  ['cases', 'identity_id'], ['customers', 'merged_into'], ['outbound', 'to_handle'], ['messages', 'promo'],
  ['messages', 'auto_reply_key'], ['articles', 'revision', 'INTEGER NOT NULL DEFAULT 1'],
  ['tokens', 'family'], ['tokens', 'expires_at'],
  ['users', 'hired_at'], ['users', 'supervises', "TEXT NOT NULL DEFAULT '[]'"], ['users', 'routed', 'INTEGER NOT NULL DEFAULT 1'],
  ['cases', 'product'], ['cases', 'peer_answered', 'INTEGER NOT NULL DEFAULT 0'], ['cases', 'call_avoided', 'INTEGER NOT NULL DEFAULT 0'],
  ['cases', 'recontact'], ['messages', 'noise'], ['cases', 'priority_before_recontact'],
  ['cases', 'routing_rule'], ['cases', 'routing_reason'], ['cases', 'overflowed_at'], ['messages', 'post_id'],
  ['feed', 'del_at'], ['users', 'disabled', 'INTEGER NOT NULL DEFAULT 0'], ['users', 'scope_from', 'INTEGER NOT NULL DEFAULT 0'],
] as const;

function addMissingColumns(db: SandboxDb): void {
  for (const [table, column, type = 'TEXT'] of ADDED_COLUMNS as readonly (readonly [string, string, string?])[]) {
    const has = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all().some((c) => c.name === column);
    if (has) continue;
    db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
    // The dels of an older store are dated from the upgrade, so they age out like new ones.
    if (table === 'feed' && column === 'del_at') db.prepare("UPDATE feed SET del_at = ? WHERE op = 'del'").run(new Date().toISOString());
  }
}

/** Scenario data, cleared by a trainer's reset. Protocol bookkeeping (clients, feed seq) survives. */
export const SCENARIO_TABLES = ['derivation_recipients', 'derivations', 'coaching_notes', 'coaching_objectives', 'csat_surveys', 'presence', 'last_contact', 'case_events', 'qa_reviews', 'qa_pack_reviewers', 'qa_pack_cases', 'qa_packs', 'auto_replies', 'identity_validations', 'identity_unlinks', 'customer_merges', 'customer_notes', 'blocked_senders', 'message_decisions', 'messages', 'cases', 'identities', 'customers', 'templates', 'articles', 'setting_authors', 'settings', 'users', 'listening_posts', 'reactions', 'message_reactions'];

/** The company's name, which signs what no agent wrote (out-of-hours auto-replies). */
export const COMPANY_META = 'company';

export function meta(db: SandboxDb, key: string): string | null {
  return db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value ?? null;
}

export function setMeta(db: SandboxDb, key: string, value: string): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Each change to a row gets the next version: versions only grow. */
export function nextVersion(db: SandboxDb): number {
  const next = Number(meta(db, 'version') ?? 0) + 1;
  setMeta(db, 'version', String(next));
  return next;
}
