-- The organisation's server on PostgreSQL: the sandbox's tables (src/server/schema.ts) as they
-- stand, less the training classes, which stay a sandbox feature. Timestamps are ISO-8601 text
-- and JSON is text, as on SQLite, so each statement is written once for both engines.

-- Handles compare whatever their case, as SQLite's NOCASE does.
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
-- Every write takes the next version (SQLite keeps the counter in meta).
CREATE SEQUENCE versions AS BIGINT;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users (
    username TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, team TEXT,
    password TEXT NOT NULL, version BIGINT NOT NULL,
    -- The hire date (YYYY-MM-DD) and, for supervisors, the teams supervised (a JSON array).
    hired_at TEXT, supervises TEXT NOT NULL DEFAULT '[]',
    -- 0: the sandbox's routing rule never picks this agent; only a trainer naming them does.
    routed BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE tokens (
    token TEXT PRIMARY KEY, username TEXT NOT NULL, device_id TEXT,
    state TEXT NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'expired', 'revoked')),
    created_at TEXT NOT NULL,
    -- Since refresh tokens: `token` is the sha-256 of the access token, `family` the sign-in
    -- it belongs to, `expires_at` when it stops working (server clock).
    family TEXT, expires_at TEXT
);
CREATE TABLE refresh_tokens (
    hash TEXT PRIMARY KEY, family TEXT NOT NULL, username TEXT NOT NULL, device_id TEXT,
    state TEXT NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'used', 'ended')),
    created_at TEXT NOT NULL, expires_at TEXT NOT NULL
);
CREATE INDEX refresh_tokens_family ON refresh_tokens(family);
CREATE TABLE customers (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, segment TEXT NOT NULL, followers BIGINT NOT NULL,
    public_figure BIGINT NOT NULL, location TEXT, language TEXT NOT NULL, notes TEXT,
    version BIGINT NOT NULL,
    -- A record folded into another by a link or a merge: retired until the merge is undone.
    merged_into TEXT
);
CREATE TABLE identities (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), channel TEXT NOT NULL,
    handle TEXT NOT NULL, validated BIGINT NOT NULL, version BIGINT NOT NULL
);
CREATE INDEX identities_handle ON identities(channel, handle);
CREATE INDEX identities_customer ON identities(customer_id);
CREATE TABLE cases (
    id TEXT PRIMARY KEY, number BIGINT NOT NULL UNIQUE, customer_id TEXT NOT NULL REFERENCES customers(id),
    channel TEXT NOT NULL, subject TEXT NOT NULL, status TEXT NOT NULL, assigned_to TEXT,
    priority TEXT NOT NULL, language TEXT NOT NULL, reason TEXT, resolution TEXT, message_type TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, waiting_since TEXT, version BIGINT NOT NULL,
    -- A public case moved to this private channel, and the private case it continued in.
    moved_to TEXT, continues TEXT, continued_in TEXT,
    -- The identity the customer wrote through: replies go there, whoever's record it is now.
    identity_id TEXT,
    -- Classification extras for the reports: the product (a key of the `products` setting), the
    -- agent's mark that another customer answered on the public thread, the mark at resolution
    -- that the answer spared a phone call, and why the case was last reopened for its agent.
    product TEXT, peer_answered BIGINT NOT NULL DEFAULT 0, call_avoided BIGINT NOT NULL DEFAULT 0, recontact TEXT,
    -- The priority the case had before a recontact raised it, given back when it is resolved again.
    priority_before_recontact TEXT,
    -- How the routing rules gave the case out when it came in: the rule that decided and why
    -- (NULL when an agent was named), and when it overflowed to another team (once at most).
    routing_rule TEXT, routing_reason TEXT, overflowed_at TEXT
);
CREATE INDEX cases_customer ON cases(customer_id);
CREATE TABLE messages (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL,
    author TEXT NOT NULL, text TEXT NOT NULL, sent_at TEXT NOT NULL, state TEXT NOT NULL,
    version BIGINT NOT NULL,
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
    post_id TEXT,
    -- The order messages were written in, which SQLite's rowid gives: a tie on sent_at keeps it.
    written BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX messages_case_sent ON messages(case_id, sent_at);
CREATE TABLE message_decisions (
    message_id TEXT PRIMARY KEY REFERENCES messages(id), type TEXT, restored BIGINT NOT NULL DEFAULT 0,
    by TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE auto_replies (
    dedupe_key TEXT PRIMARY KEY, case_id TEXT NOT NULL, message_id TEXT NOT NULL, client_id TEXT NOT NULL,
    username TEXT NOT NULL, sent_at TEXT NOT NULL
);
CREATE TABLE customer_notes (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), author TEXT NOT NULL,
    author_name TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL, version BIGINT NOT NULL
);
CREATE INDEX customer_notes_customer ON customer_notes(customer_id);
CREATE TABLE templates (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, shortcut TEXT, language TEXT NOT NULL, channels TEXT,
    team TEXT, body TEXT NOT NULL, updated_at TEXT NOT NULL, version BIGINT NOT NULL,
    -- NULL for company templates; the agent's username for a personal one.
    owner TEXT
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL,
    tags TEXT NOT NULL, language TEXT NOT NULL, updated_at TEXT NOT NULL, version BIGINT NOT NULL,
    url TEXT, revision BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE settings (id TEXT PRIMARY KEY, value TEXT NOT NULL, version BIGINT NOT NULL);
CREATE TABLE customer_merges (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('link', 'merge')),
    survivor_id TEXT NOT NULL, merged_id TEXT NOT NULL, identities TEXT NOT NULL, cases TEXT NOT NULL,
    notes TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL, undone_at TEXT
);
CREATE INDEX customer_merges_survivor ON customer_merges(survivor_id);
CREATE TABLE identity_validations (
    identity_id TEXT NOT NULL, customer_id TEXT NOT NULL, link_id TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE identity_unlinks (
    identity_id TEXT NOT NULL, from_customer TEXT NOT NULL, to_customer TEXT NOT NULL, reason TEXT NOT NULL,
    by TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE blocked_senders (
    id TEXT PRIMARY KEY, channel TEXT NOT NULL, handle TEXT NOT NULL COLLATE nocase, reason TEXT NOT NULL,
    blocked_by TEXT NOT NULL, blocked_at TEXT NOT NULL, unblocked_at TEXT, version BIGINT NOT NULL
);
CREATE INDEX blocked_senders_sender ON blocked_senders(channel, handle);
CREATE TABLE qa_reviews (
    id TEXT PRIMARY KEY, pack_id TEXT NOT NULL, case_id TEXT NOT NULL, agent TEXT NOT NULL, reviewer TEXT NOT NULL,
    created_at TEXT NOT NULL, data TEXT NOT NULL, version BIGINT NOT NULL,
    UNIQUE (pack_id, case_id, reviewer)
);
CREATE TABLE feed (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, entity TEXT NOT NULL, id TEXT NOT NULL,
    scope TEXT NOT NULL, op TEXT NOT NULL, version BIGINT NOT NULL, reason TEXT,
    -- When a del was written (real time; null on a put): old ones are pruned (Feed.compact).
    del_at TEXT,
    UNIQUE (entity, id, scope)
);
CREATE INDEX feed_scope ON feed(scope, seq);
CREATE INDEX feed_dels ON feed(scope, seq) WHERE op = 'del';
CREATE TABLE clients (
    client_id TEXT PRIMARY KEY, username TEXT NOT NULL, last_seq BIGINT NOT NULL
);
CREATE TABLE client_devices (
    client_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, revoked_at TEXT
);
CREATE INDEX client_devices_device ON client_devices(device_id);
CREATE TABLE mutation_log (
    client_id TEXT NOT NULL, seq BIGINT NOT NULL, mutation_id TEXT NOT NULL, name TEXT NOT NULL,
    status TEXT NOT NULL, reason TEXT, message TEXT, applied_at TEXT NOT NULL,
    PRIMARY KEY (client_id, seq)
);
CREATE TABLE setting_authors (
    setting_id TEXT PRIMARY KEY, version BIGINT NOT NULL, client_id TEXT NOT NULL, base_version BIGINT
);
CREATE TABLE qa_packs (
    id TEXT PRIMARY KEY, created_by TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL, version BIGINT NOT NULL
);
CREATE TABLE qa_pack_cases (
    pack_id TEXT NOT NULL, case_id TEXT NOT NULL, agent TEXT NOT NULL, stratum TEXT NOT NULL,
    PRIMARY KEY (pack_id, case_id)
);
CREATE INDEX qa_pack_cases_case ON qa_pack_cases(case_id);
CREATE TABLE qa_pack_reviewers (
    pack_id TEXT NOT NULL, username TEXT NOT NULL, PRIMARY KEY (pack_id, username)
);
CREATE TABLE case_events (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, by TEXT, data TEXT
);
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE INDEX case_events_at ON case_events(at);
CREATE TABLE presence (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, username TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('available', 'busy', 'away')), at TEXT NOT NULL
);
CREATE INDEX presence_user ON presence(username, at);
CREATE TABLE last_contact (username TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE csat_surveys (
    case_id TEXT PRIMARY KEY, agent TEXT, team TEXT, channel TEXT NOT NULL, language TEXT NOT NULL,
    message_id TEXT NOT NULL, sent_at TEXT NOT NULL,
    answer_message_id TEXT, answered_at TEXT, answers TEXT, score BIGINT, negative BIGINT
);
CREATE TABLE coaching_objectives (
    id TEXT PRIMARY KEY, agent TEXT NOT NULL, data TEXT NOT NULL, version BIGINT NOT NULL
);
CREATE TABLE derivations (
    id TEXT PRIMARY KEY, seq BIGINT NOT NULL, case_id TEXT NOT NULL REFERENCES cases(id), by_agent TEXT NOT NULL,
    to_ref TEXT NOT NULL, note TEXT NOT NULL, reason TEXT, state TEXT NOT NULL, answer TEXT, answered_by TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX derivations_case ON derivations(case_id, seq);
CREATE TABLE derivation_recipients (
    derivation_id TEXT NOT NULL REFERENCES derivations(id), username TEXT NOT NULL, PRIMARY KEY (derivation_id, username)
);
CREATE INDEX derivation_recipients_user ON derivation_recipients(username);
CREATE TABLE coaching_notes (
    id TEXT PRIMARY KEY, agent TEXT NOT NULL, week TEXT NOT NULL, data TEXT NOT NULL, version BIGINT NOT NULL
);
CREATE TABLE listening_posts (id TEXT PRIMARY KEY, data TEXT NOT NULL, version BIGINT NOT NULL);
CREATE TABLE reactions (
    post_id TEXT PRIMARY KEY, reaction TEXT NOT NULL, username TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE message_reactions (
    message_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, reaction TEXT NOT NULL, username TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX message_reactions_at ON message_reactions(at);
CREATE INDEX reactions_at ON reactions(at);
CREATE TABLE outbound (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, case_id TEXT NOT NULL, channel TEXT NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, mutation_id TEXT, client_id TEXT, username TEXT, sent_at TEXT NOT NULL,
    templates TEXT, articles TEXT,
    -- The handle it went to: the case's own identity.
    to_handle TEXT
);
