import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection.ts';
import { LATEST_VERSION, migrate, MIGRATIONS, schemaVersion, SchemaTooNewError } from './index.ts';
import { m008Customer360 } from './008-customer-360.ts';
import { m009ResolveAndMove } from './009-resolve-and-move.ts';
import { m010BlockedSenders } from './010-blocked-senders.ts';
import { m013AutoReplies } from './013-auto-replies.ts';
import { m014ArticleRevision } from './014-article-revision.ts';
import { m015ServerTemplates } from './015-server-templates.ts';
import { m016Retention } from './016-retention.ts';
import { m017QaReviews } from './017-qa-reviews.ts';
import { m018MessageDecisions } from './018-message-decisions.ts';
import { m019AgentTeams } from './019-agent-teams.ts';
import { m020QaPacks } from './020-qa-packs.ts';
import { m021PendingComment } from './021-pending-comment.ts';
import { m022AgentsResync } from './022-agents-resync.ts';
import { m023QueueDecisions } from './023-queue-decisions.ts';
import { m025CaseMarksCoaching } from './025-case-marks-coaching.ts';
import { m026CsatMessages } from './026-csat-messages.ts';
import { m027CaseRouting } from './027-case-routing.ts';
import { m028Derivation } from './028-derivation.ts';
import { m029Listening } from './029-listening.ts';
import { m030MessageLikes } from './030-message-likes.ts';
import { m031LeanMessageIndex } from './031-lean-message-index.ts';
import { m033OutboxLeanAppend } from './033-outbox-lean-append.ts';
import { applyKey } from '../connection.ts';
import { Store } from '../store.ts';
import { RestoreMessageArgs } from '../../../protocol/mutations/restore-message.ts';
import { SetMessageTypeArgs } from '../../../protocol/mutations/set-message-type.ts';
import { cacheFiles, testKey } from '../../../../tests/fixtures/cache.ts';

const files = cacheFiles();
afterEach(files.removeAll);
const freshFile = files.fresh;

const tables = (db: Database.Database) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all().map((r) => r.name);

describe('migrations', () => {
  it('numbers the list 1..N in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('001 creates every aggregate of the cache and sets user_version to 1', () => {
    const db = new Database(freshFile());
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining([
      'agents', 'customers', 'customer_identities', 'cases', 'messages', 'messages_fts', 'templates',
      'articles', 'articles_fts', 'settings', 'sync_state', 'outbox',
    ]));
    db.close();
  });

  it('002 adds the console’s local tables to a version-1 cache, keeping its outbox', () => {
    const db = new Database(freshFile());
    migrate(db, 1);
    db.prepare("INSERT INTO outbox (id, name, args, created_at) VALUES ('m1', 'send_reply', '{}', 'now')").run();
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toEqual(expect.arrayContaining(['drafts', 'case_reads']));
    expect(db.prepare('SELECT id, status, dismissed_at FROM outbox').all()).toEqual([{ id: 'm1', status: 'pending', dismissed_at: null }]);
    db.close();
  });

  it('003 indexes the articles a version-2 cache already holds by trigrams', () => {
    const db = new Database(freshFile());
    migrate(db, 2);
    db.prepare("INSERT INTO articles VALUES ('a1', 'Portabilidad', 'Traé tu número', 'cuerpo', '[]', 'es', 'now', 1)").run();
    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare("SELECT rowid FROM articles_trigram WHERE articles_trigram MATCH '\"tab\"'").all()).toHaveLength(1);
    db.close();
  });

  it('004 gives templates an owner, company templates keeping none', () => {
    const db = new Database(freshFile());
    migrate(db, 3);
    db.prepare("INSERT INTO templates VALUES ('t1', 'Saludo', 'hola', 'es', NULL, NULL, 'Hola', 'now', 1)").run();
    migrate(db, 4);
    expect(db.prepare('SELECT id, owner FROM templates').all()).toEqual([{ id: 't1', owner: null }]);
    db.close();
  });

  it('005 adds per-template usage counts to a version-4 cache', () => {
    const db = new Database(freshFile());
    migrate(db, 4);
    migrate(db, 5);
    expect(tables(db)).toContain('template_uses');
    expect(() => db.prepare("INSERT INTO template_uses VALUES ('t1', 'many', 'now')").run()).toThrow(/cannot store TEXT/);
    db.close();
  });

  it('006 keeps a version-5 cache’s articles and drafts, adding links, article uses and draft sources', () => {
    const db = new Database(freshFile());
    migrate(db, 5);
    db.prepare("INSERT INTO articles VALUES ('a1', 'Portabilidad', 'Traé tu número', 'cuerpo', '[]', 'es', 'now', 1)").run();
    db.prepare("INSERT INTO drafts VALUES ('c1', 'Hola [numero]', 'now')").run();
    migrate(db, 6);
    expect(db.prepare('SELECT id, url FROM articles').all()).toEqual([{ id: 'a1', url: null }]);
    expect(db.prepare('SELECT text, sources FROM drafts').all()).toEqual([{ text: 'Hola [numero]', sources: null }]);
    expect(tables(db)).toContain('article_uses');
    db.close();
  });

  it('009 keeps a cache’s cases, taking their reason and resolution as the server’s, with no links yet', () => {
    const db = new Database(freshFile());
    const { version } = m009ResolveAndMove;
    migrate(db, version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, reason,
      resolution, created_at, updated_at, version, server_status) VALUES ('c1', 1001, 'cu1', 'x_mention', 'Sin servicio',
      'resolved', 'lucia', 'normal', 'es', 'complaint', 'favour', 'now', 'now', 3, 'resolved')`).run();
    migrate(db, version);
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT id, server_reason, server_resolution, moved_to, continues_id, continued_in_id FROM cases').all()).toEqual([
      { id: 'c1', server_reason: 'complaint', server_resolution: 'favour', moved_to: null, continues_id: null, continued_in_id: null },
    ]);
    db.close();
  });

  it('010 adds a STRICT block list to a version-9 cache, looked up by sender through its index', () => {
    const db = new Database(freshFile());
    migrate(db, m010BlockedSenders.version - 1);
    migrate(db, m010BlockedSenders.version);
    expect(tables(db)).toContain('blocked_senders');
    expect(() =>
      db.prepare("INSERT INTO blocked_senders VALUES ('b1', 'x', '@troll', 'spam', 'lucia', 'now', 'one', 0)").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT 1 FROM blocked_senders WHERE channel = 'x' AND handle = '@Troll' AND unblocking = 0").all();
    expect(JSON.stringify(plan)).toMatch(/USING INDEX blocked_senders_sender \(channel=\? AND handle=\?\)/);
    db.close();
  });

  it('013 keeps a version-12 cache’s messages, none an auto-reply, and decides each message once', () => {
    const db = new Database(freshFile());
    migrate(db, m013AutoReplies.version - 1);
    db.prepare("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES ('m1', 'c1', 'customer', 'Ana', 'Hola', 'now', 'sent', 1)").run();
    migrate(db, m013AutoReplies.version);
    expect(db.prepare('SELECT id, auto_reply_key FROM messages').all()).toEqual([{ id: 'm1', auto_reply_key: null }]);
    const decide = db.prepare("INSERT INTO auto_reply_decisions VALUES ('m1', 'c1', ?, NULL, NULL, 'now')");
    expect(() => decide.run('maybe')).toThrow(/CHECK/);
    decide.run('skip');
    expect(() => decide.run('send')).toThrow(/UNIQUE/);
    db.close();
  });

  it('014 leaves a version-13 cache’s articles without a revision rather than guess one, apart from their sync version', () => {
    const db = new Database(freshFile());
    migrate(db, m014ArticleRevision.version - 1);
    db.prepare(`INSERT INTO articles (id, title, summary, body, tags, language, updated_at, version)
      VALUES ('kb-1', 'Pagos', '', 'Cuerpo', '[]', 'es', 'now', 64)`).run();
    migrate(db, m014ArticleRevision.version);
    expect(db.prepare('SELECT version, revision FROM articles').get()).toEqual({ version: 64, revision: null });
    expect(() => db.prepare("UPDATE articles SET revision = 0 WHERE id = 'kb-1'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('015 copies a version-14 cache’s confirmed personal templates as the server’s, not those with a change pending', () => {
    const db = new Database(freshFile());
    migrate(db, m015ServerTemplates.version - 1);
    const template = db.prepare(`INSERT INTO templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
      VALUES (?, ?, NULL, 'es', NULL, NULL, 'Hola', 'now', ?, ?)`);
    template.run('mine', 'Mía', 3, 'lucia');
    template.run('company', 'De la empresa', 4, null);
    template.run('edited', 'Editada aquí', 5, 'lucia');
    template.run('new', 'Nueva', 0, 'lucia');
    db.prepare("INSERT INTO outbox (id, name, args, created_at) VALUES ('m1', 'save_template', '{\"templateId\":\"edited\"}', 'now')").run();
    // A damaged pending row naming no template must not hide every other one.
    db.prepare("INSERT INTO outbox (id, name, args, created_at) VALUES ('m2', 'delete_template', '{}', 'now')").run();
    migrate(db, m015ServerTemplates.version);
    expect(schemaVersion(db)).toBe(m015ServerTemplates.version);
    expect(db.prepare('SELECT id, title, version, owner FROM server_templates').all()).toEqual([{ id: 'mine', title: 'Mía', version: 3, owner: 'lucia' }]);
    expect(() => db.prepare("INSERT INTO server_templates SELECT id, title, shortcut, language, channels, team, body, updated_at, 'one', owner FROM templates WHERE id = 'new'").run())
      .toThrow(/cannot store TEXT/);
    // 'edited' has no copy: the next sync rebuilds from the server, which brings one.
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toEqual({ value: '1' });
    db.close();
  });

  it('015 rebuilds nothing when no pending change names a template the server has', () => {
    const db = new Database(freshFile());
    migrate(db, m015ServerTemplates.version - 1);
    db.prepare(`INSERT INTO templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
      VALUES ('new', 'Nueva', NULL, 'es', NULL, NULL, 'Hola', 'now', 0, 'lucia')`).run();
    db.prepare("INSERT INTO outbox (id, name, args, created_at) VALUES ('m1', 'save_template', '{\"templateId\":\"new\"}', 'now')").run();
    db.prepare("INSERT INTO outbox (id, name, args, created_at, status) VALUES ('m2', 'delete_template', '{\"templateId\":\"gone\"}', 'now', 'applied')").run();
    migrate(db, m015ServerTemplates.version);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toBeUndefined();
    db.close();
  });

  it('016 dates a version-15 cache’s answered changes by their answer, leaving pending ones and every case unpurged', () => {
    const db = new Database(freshFile());
    migrate(db, m016Retention.version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'email', 'Factura', 'resolved', 'normal', 'es', '2026-01-01', '2026-01-01', 1, 'resolved')`).run();
    const row = db.prepare("INSERT INTO outbox (id, name, args, status, created_at, settled_at) VALUES (?, 'send_reply', '{}', ?, 'then', ?)");
    row.run('m1', 'applied', '2026-01-02T00:00:00.000Z');
    row.run('m2', 'pending', null);
    migrate(db, m016Retention.version);
    expect(schemaVersion(db)).toBe(m016Retention.version);
    expect(db.prepare('SELECT id, settled_server_at, args_purged_at FROM outbox ORDER BY seq').all()).toEqual([
      { id: 'm1', settled_server_at: '2026-01-02T00:00:00.000Z', args_purged_at: null },
      { id: 'm2', settled_server_at: null, args_purged_at: null },
    ]);
    expect(db.prepare('SELECT purged_at, subject FROM cases').get()).toEqual({ purged_at: null, subject: 'Factura' });
    db.close();
  });

  it('017 adds QA reviews and review drafts to a version-16 cache, drafts keyed by pack and case', () => {
    const db = new Database(freshFile());
    migrate(db, m017QaReviews.version - 1);
    expect(tables(db)).not.toContain('qa_reviews');
    migrate(db, m017QaReviews.version);
    expect(schemaVersion(db)).toBe(m017QaReviews.version);
    expect(tables(db)).toEqual(expect.arrayContaining(['qa_reviews', 'qa_review_drafts']));
    const draft = db.prepare("INSERT INTO qa_review_drafts (pack_id, case_id, answers, comments, updated_at) VALUES ('p1', 'c1', '{}', '[]', 'now')");
    draft.run();
    expect(() => draft.run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO qa_reviews (id, pack_id, case_id, agent, reviewer, data, created_at, version) VALUES ('r', 'p', 'c', 'a', 'b', '{}', 'now', 'x')").run())
      .toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('021 keeps the comment being typed with a review draft, none for drafts saved before', () => {
    const db = new Database(freshFile());
    migrate(db, m021PendingComment.version - 1);
    db.prepare("INSERT INTO qa_review_drafts (pack_id, case_id, answers, comments, updated_at) VALUES ('p1', 'c1', '{}', '[]', 'now')").run();
    migrate(db, m021PendingComment.version);
    expect(schemaVersion(db)).toBe(m021PendingComment.version);
    expect(db.prepare('SELECT pack_id, pending_comment FROM qa_review_drafts').all()).toEqual([{ pack_id: 'p1', pending_comment: null }]);
    db.close();
  });

  it('018 keeps a version-17 cache’s messages and the types chosen on them, with no decision from the server yet', () => {
    const db = new Database(freshFile());
    migrate(db, m018MessageDecisions.version - 1);
    db.prepare("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES ('m1', 'c1', 'customer', 'Ana', 'hola', 'now', 'sent', 3)").run();
    db.prepare("INSERT INTO message_triage VALUES ('m1', 'c1', 3, 'no_content', '[]', 'courtesy', 'hostile', 1)").run();
    migrate(db, m018MessageDecisions.version);
    expect(schemaVersion(db)).toBe(m018MessageDecisions.version);
    expect(db.prepare('SELECT id, text, version, decision_type, decision_restored, decision_by, decision_at FROM messages').all()).toEqual([
      { id: 'm1', text: 'hola', version: 3, decision_type: null, decision_restored: 0, decision_by: null, decision_at: null },
    ]);
    expect(db.prepare('SELECT type_override, restored FROM message_triage').get()).toEqual({ type_override: 'hostile', restored: 1 });
    expect(() => db.prepare("UPDATE messages SET decision_restored = 'yes'").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('019 keeps a version-18 cache’s agents, their hire date unknown and no teams supervised until the server sends them again', () => {
    const db = new Database(freshFile());
    migrate(db, m019AgentTeams.version - 1);
    db.prepare("INSERT INTO agents (id, username, name, role, team, version) VALUES ('sofia', 'sofia', 'Sofía', 'supervisor', NULL, 3)").run();
    migrate(db, m019AgentTeams.version);
    expect(db.prepare('SELECT username, hired_at, supervises, version FROM agents').get())
      .toEqual({ username: 'sofia', hired_at: null, supervises: '[]', version: 3 });
    db.close();
  });

  it('020 adds QA packs to a version-19 cache, its cases keyed by pack and found by case', () => {
    const db = new Database(freshFile());
    migrate(db, m020QaPacks.version - 1);
    expect(tables(db)).not.toContain('qa_packs');
    migrate(db, m020QaPacks.version);
    expect(schemaVersion(db)).toBe(m020QaPacks.version);
    db.prepare("INSERT INTO qa_packs VALUES ('p1', 'sofia', '2026-01-01T00:00:00.000Z', '{}', 3)").run();
    db.prepare("INSERT INTO qa_pack_cases VALUES ('p1', 'c1', 'lucia', 'channel=email')").run();
    expect(() => db.prepare("INSERT INTO qa_pack_cases VALUES ('p1', 'c1', 'lucia', 'channel=email')").run()).toThrow(/UNIQUE/);
    expect(db.prepare("EXPLAIN QUERY PLAN SELECT pack_id FROM qa_pack_cases WHERE case_id = 'c1'").all())
      .toEqual([expect.objectContaining({ detail: expect.stringContaining('qa_pack_cases_case') })]);
    db.close();
  });

  it('022 rebuilds from the server a cache whose agents came before their hire dates, and keeps its outbox', () => {
    const db = new Database(freshFile());
    migrate(db, m022AgentsResync.version - 1);
    db.prepare("INSERT INTO agents (id, username, name, role, team, version) VALUES ('lucia', 'lucia', 'Lucía', 'agent', 'soporte', 3)").run();
    db.prepare("INSERT INTO outbox (id, name, args, base_version, created_at) VALUES ('m1', 'send_reply', '{}', 1, 'now')").run();
    migrate(db, m022AgentsResync.version);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toEqual({ value: '1' });
    expect(db.prepare('SELECT id, status FROM outbox').all()).toEqual([{ id: 'm1', status: 'pending' }]);
    db.close();
  });

  it('022 rebuilds nothing when every cached agent has its hire date, or none is cached', () => {
    const empty = new Database(freshFile());
    migrate(empty, m022AgentsResync.version);
    expect(empty.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toBeUndefined();
    empty.close();
    const db = new Database(freshFile());
    migrate(db, m022AgentsResync.version - 1);
    db.prepare("INSERT INTO agents (id, username, name, role, team, version, hired_at) VALUES ('lucia', 'lucia', 'Lucía', 'agent', 'soporte', 3, '2024-01-02')").run();
    migrate(db, m022AgentsResync.version);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toBeUndefined();
    db.close();
  });

  it('023 queues the types chosen and messages restored before decisions were synced, not those already sent or decided', () => {
    const db = new Database(freshFile());
    migrate(db, m023QueueDecisions.version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'email', 'Factura', 'open', 'normal', 'es', '2026-01-01', '2026-01-01', 7, 'open')`).run();
    const message = db.prepare("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, decision_type) VALUES (?, 'c1', 'customer', 'Ana', 'hola', 'now', 'sent', 3, ?)");
    const triage = db.prepare("INSERT INTO message_triage VALUES (?, 'c1', 3, 'no_content', '[]', 'courtesy', ?, ?)");
    message.run('m1', null); triage.run('m1', 'hostile', 0); // chosen before: queued
    message.run('m2', null); triage.run('m2', null, 1); // restored before: queued
    message.run('m3', null); triage.run('m3', 'public', 0); // already in the outbox
    message.run('m4', 'hostile'); triage.run('m4', 'hostile', 0); // the server has it
    message.run('m5', null); triage.run('m5', null, 0); // nothing decided
    db.prepare(`INSERT INTO outbox (id, name, args, base_version, created_at) VALUES ('o1', 'set_message_type', '{"caseId":"c1","messageId":"m3","type":"public"}', 7, 'now')`).run();
    migrate(db, m023QueueDecisions.version);
    const queued = db.prepare<[], { name: string; args: string; base_version: number; status: string }>(
      "SELECT name, args, base_version, status FROM outbox WHERE id <> 'o1' ORDER BY seq").all();
    expect(queued.map((m) => ({ ...m, args: JSON.parse(m.args) as unknown }))).toEqual([
      { name: 'set_message_type', args: { caseId: 'c1', messageId: 'm1', type: 'hostile' }, base_version: 7, status: 'pending' },
      { name: 'restore_message', args: { caseId: 'c1', messageId: 'm2' }, base_version: 7, status: 'pending' },
    ]);
    expect(SetMessageTypeArgs.safeParse(JSON.parse(queued[0]!.args)).success).toBe(true);
    expect(RestoreMessageArgs.safeParse(JSON.parse(queued[1]!.args)).success).toBe(true);
    db.close();
  });

  it('025 gives a version-24 cache’s cases no product and no marks, adds the coaching plan, and rebuilds the cases from the server keeping the outbox', () => {
    const db = new Database(freshFile());
    migrate(db, m025CaseMarksCoaching.version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'x_mention', 'Sin servicio', 'open', 'normal', 'es', '2026-01-01', '2026-01-01', 7, 'open')`).run();
    db.prepare("INSERT INTO outbox (id, name, args, base_version, created_at) VALUES ('m1', 'send_reply', '{}', 7, 'now')").run();
    migrate(db, m025CaseMarksCoaching.version);
    expect(schemaVersion(db)).toBe(m025CaseMarksCoaching.version);
    expect(db.prepare('SELECT product, server_product, peer_answered, server_peer_answered, call_avoided, server_call_avoided, recontact FROM cases').all())
      .toEqual([{ product: null, server_product: null, peer_answered: 0, server_peer_answered: 0, call_avoided: 0, server_call_avoided: 0, recontact: null }]);
    expect(tables(db)).toEqual(expect.arrayContaining(['coaching_objectives', 'coaching_notes']));
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toEqual({ value: '1' });
    expect(db.prepare('SELECT id, status FROM outbox').all()).toEqual([{ id: 'm1', status: 'pending' }]);
    expect(db.prepare("EXPLAIN QUERY PLAN SELECT data FROM coaching_notes WHERE agent = 'lucia' ORDER BY week DESC").all())
      .toEqual([expect.objectContaining({ detail: expect.stringContaining('coaching_notes_agent') })]);
    db.close();
  });

  it('028 gives a version-27 cache’s cases no derivation, and rebuilds the cases from the server keeping the outbox', () => {
    const db = new Database(freshFile());
    migrate(db, m028Derivation.version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'email', 'Cargo indebido', 'open', 'normal', 'es', '2026-01-01', '2026-01-01', 7, 'open')`).run();
    db.prepare("INSERT INTO outbox (id, name, args, base_version, created_at) VALUES ('m1', 'send_reply', '{}', 7, 'now')").run();
    migrate(db, m028Derivation.version);
    expect(schemaVersion(db)).toBe(28);
    expect(db.prepare('SELECT derivation, server_derivation FROM cases').all()).toEqual([{ derivation: null, server_derivation: null }]);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toEqual({ value: '1' });
    expect(db.prepare('SELECT id, status FROM outbox').all()).toEqual([{ id: 'm1', status: 'pending' }]);
    db.close();
  });

  it('028 rebuilds nothing in a cache that holds no synced case', () => {
    const db = new Database(freshFile());
    migrate(db, m028Derivation.version);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toBeUndefined();
    db.close();
  });

  it('025 rebuilds nothing in a cache that holds no synced case', () => {
    const db = new Database(freshFile());
    migrate(db, m025CaseMarksCoaching.version);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toBeUndefined();
    db.close();
  });

  it('026 marks no cached message as a survey answer', () => {
    const db = new Database(freshFile());
    migrate(db, m026CsatMessages.version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'email', 'Factura', 'resolved', 'normal', 'es', '2026-01-01', '2026-01-01', 7, 'resolved')`).run();
    db.prepare("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES ('m1', 'c1', 'customer', 'Ana', '5', 'now', 'sent', 3)").run();
    migrate(db, m026CsatMessages.version);
    expect(schemaVersion(db)).toBe(m026CsatMessages.version);
    expect(db.prepare('SELECT csat_answer FROM messages').all()).toEqual([{ csat_answer: 0 }]);
    db.close();
  });

  it('027 gives a version-26 cache’s cases no routing and rebuilds them from the server keeping the outbox', () => {
    const db = new Database(freshFile());
    migrate(db, m027CaseRouting.version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'whatsapp', 'Sin servicio', 'open', 'normal', 'es', '2026-01-01', '2026-01-01', 7, 'open')`).run();
    db.prepare("INSERT INTO outbox (id, name, args, base_version, created_at) VALUES ('m1', 'send_reply', '{}', 7, 'now')").run();
    db.prepare("INSERT INTO agents (id, username, name, role, team, version) VALUES ('sofia', 'sofia', 'Sofía', 'supervisor', NULL, 2)").run();
    migrate(db, m027CaseRouting.version);
    expect(schemaVersion(db)).toBe(m027CaseRouting.version);
    expect(db.prepare('SELECT routing_rule, routing_reason FROM cases').all()).toEqual([{ routing_rule: null, routing_reason: null }]);
    expect(db.prepare('SELECT username, routed FROM agents').all()).toEqual([{ username: 'sofia', routed: 1 }]);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toEqual({ value: '1' });
    expect(db.prepare('SELECT id, status FROM outbox').all()).toEqual([{ id: 'm1', status: 'pending' }]);
    db.close();
  });

  it('027 rebuilds nothing in a cache that holds no synced case', () => {
    const db = new Database(freshFile());
    migrate(db, m027CaseRouting.version);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'resync_due'").get()).toBeUndefined();
    db.close();
  });

  it('029 adds listening posts to a version-28 cache, newest first by their index, keeping its cases', () => {
    const db = new Database(freshFile());
    migrate(db, m029Listening.version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'x_mention', 'Sin internet', 'open', 'normal', 'es', '2026-01-01', '2026-01-01', 7, 'open')`).run();
    migrate(db, m029Listening.version);
    expect(schemaVersion(db)).toBe(m029Listening.version);
    expect(db.prepare('SELECT id FROM cases').all()).toEqual([{ id: 'c1' }]);
    expect(db.prepare('SELECT count(*) AS n FROM listening_posts').get()).toEqual({ n: 0 });
    expect(db.prepare('EXPLAIN QUERY PLAN SELECT id FROM listening_posts ORDER BY posted_at DESC').all())
      .toEqual([expect.objectContaining({ detail: expect.stringContaining('listening_posts_posted') })]);
    expect(() => db.prepare("INSERT INTO listening_posts VALUES ('p1', '{}', '{}', 'now', 'one')").run()).toThrow(/cannot store TEXT/);
    db.close();
  });

  it('030 gives a version-29 cache’s messages no like, shown or from the server, keeping them', () => {
    const db = new Database(freshFile());
    migrate(db, m030MessageLikes.version - 1);
    db.prepare(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version)
      VALUES ('m1', 'c1', 'customer', 'Ana', '¡Gracias Conecta!', '2026-01-01T10:00:00Z', 'sent', 3)`).run();
    migrate(db, m030MessageLikes.version);
    expect(schemaVersion(db)).toBe(m030MessageLikes.version);
    expect(db.prepare('SELECT id, text, liked, server_liked FROM messages').all()).toEqual([{ id: 'm1', text: '¡Gracias Conecta!', liked: null, server_liked: null }]);
    db.close();
  });

  it('031 keeps finding an encrypted version-30 cache’s messages by word prefix, accents folded, with a snippet', () => {
    // A cache as the previous release left it: encrypted, its message index kept with positions.
    const file = freshFile();
    const key = testKey();
    const old = new Database(file);
    applyKey(old, key);
    old.pragma('journal_mode = WAL');
    migrate(old, m031LeanMessageIndex.version - 1);
    old.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'email', 'Factura', 'open', 'normal', 'es', '2026-01-01', '2026-01-01', 1, 'open')`).run();
    const message = old.prepare(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version)
      VALUES (?, 'c1', 'customer', 'Ana', ?, ?, 'sent', 1)`);
    message.run('m1', 'La facturación de noviembre llegó duplicada', '2026-01-01T10:00:00Z');
    message.run('m2', 'El módem no enciende desde ayer', '2026-01-01T11:00:00Z');
    message.run('m3', 'ᦶᦰᦵ ᦶᦂᦰ', '2026-01-01T12:00:00Z');
    old.close();

    const store = Store.open(file, key);
    try {
      expect(schemaVersion(store.db)).toBe(LATEST_VERSION);
      expect(store.messages.search('factura novi').map((h) => [h.messageId, h.snippet])).toEqual([
        ['m1', 'La \u0002facturación\u0003 de \u0002noviembre\u0003 llegó duplicada'],
      ]);
      expect(store.messages.search('MODEM').map((h) => h.messageId)).toEqual(['m2']);
      // A word SQLite's tables would cut at a mark is still one word, not a phrase the index cannot answer.
      expect(store.messages.search('ᦶᦂᦰ').map((h) => h.messageId)).toEqual(['m3']);
      // New messages are indexed by the triggers, deleted ones leave it.
      store.db.prepare("DELETE FROM messages WHERE id = 'm2'").run();
      expect(store.messages.search('modem')).toEqual([]);
      store.db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run();
    } finally {
      store.close();
    }
  });

  it('033 keeps an encrypted version-32 cache’s outbox seq by seq, numbering the next change after the highest and refusing to delete one', () => {
    const file = freshFile();
    const key = testKey();
    const old = new Database(file);
    applyKey(old, key);
    old.pragma('journal_mode = WAL');
    migrate(old, m033OutboxLeanAppend.version - 1);
    const append = old.prepare("INSERT INTO outbox (id, name, args, base_version, created_at) VALUES (?, 'send_reply', ?, 1, '2026-01-01T10:00:00Z')");
    append.run('m1', '{"caseId":"c1","messageId":"r1","text":"Hola"}');
    append.run('m2', '{"caseId":"c1","messageId":"r2","text":"¿Algo más?"}');
    old.prepare("UPDATE outbox SET status = 'applied', settled_at = '2026-01-01T10:01:00Z', settled_server_at = '2026-01-01T10:01:00Z' WHERE id = 'm1'").run();
    old.close();

    const store = Store.open(file, key);
    try {
      expect(schemaVersion(store.db)).toBe(LATEST_VERSION);
      expect(store.db.prepare("SELECT 1 FROM sqlite_sequence WHERE name = 'outbox'").get()).toBeUndefined();
      expect(store.outbox.list().map((m) => [m.seq, m.id, m.status, m.args])).toEqual([
        [1, 'm1', 'applied', { caseId: 'c1', messageId: 'r1', text: 'Hola' }],
        [2, 'm2', 'pending', { caseId: 'c1', messageId: 'r2', text: '¿Algo más?' }],
      ]);
      expect(store.outbox.append({ id: 'm3', name: 'send_reply', args: { caseId: 'c1', messageId: 'r3', text: 'Listo' }, baseVersion: 1, createdAt: '2026-01-01T11:00:00Z' })).toBe(3);
      expect(store.outbox.pending().map((p) => p.seq)).toEqual([2, 3]);
      // A deleted last row would give its seq to the next change, which the server would take as already applied.
      expect(() => store.db.prepare("DELETE FROM outbox WHERE id = 'm3'").run()).toThrow(/outbox rows are kept/);
      expect(store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'outbox' ORDER BY name").all())
        .toEqual([{ name: 'outbox_answered_id' }, { name: 'outbox_settled' }, { name: 'outbox_status' }]);
      // Found by id whether answered or not, the answered through their index.
      expect(store.outbox.find('m1')).toMatchObject({ seq: 1, status: 'applied' });
      expect(store.outbox.find('m3')).toMatchObject({ seq: 3, status: 'pending' });
      expect(store.db.prepare("EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE id = 'm1' AND status <> 'pending'").all())
        .toEqual([expect.objectContaining({ detail: expect.stringContaining('outbox_answered_id') })]);
      store.db.prepare("UPDATE outbox SET status = 'applied' WHERE id = 'm3'").run();
      expect(() => store.db.prepare("UPDATE outbox SET id = 'm3' WHERE id = 'm1'").run()).toThrow(/UNIQUE/);
    } finally {
      store.close();
    }
  });

  it('008 adds customer notes and reads a cache’s cases by customer, newest first', () => {
    const db = new Database(freshFile());
    migrate(db, m008Customer360.version - 1);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at,
      version, server_status) VALUES ('c1', 1001, 'cus-1', 'email', 'Factura', 'open', 'normal', 'es', '2026-01-01', '2026-01-01', 1, 'open')`).run();
    migrate(db, m008Customer360.version);
    expect(schemaVersion(db)).toBe(m008Customer360.version);
    expect(db.prepare("SELECT id FROM cases WHERE customer_id = 'cus-1'").all()).toEqual([{ id: 'c1' }]);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'cases_customer'").get()).toEqual({ sql: expect.stringMatching(/\(customer_id, created_at\)/) });
    expect(() => db.prepare("INSERT INTO customer_notes VALUES ('n1', 'cus-1', 'lucia', 'Lucía', 'Hola', 'now', 0, 'lost')").run()).toThrow(/CHECK/);
    db.close();
  });

  it('007 adds triage to a version-6 cache: its cases rank by the server’s priority until triaged', () => {
    const db = new Database(freshFile());
    migrate(db, 6);
    db.prepare(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language,
      created_at, updated_at, version, server_status) VALUES ('c1', 1, 'cu1', 'webchat', 'Baja', 'open', 'lucia', 'high', 'es', 'now', 'now', 1, 'open')`).run();
    migrate(db, 7);
    expect(schemaVersion(db)).toBe(7);
    expect(tables(db)).toEqual(expect.arrayContaining(['message_triage', 'case_triage']));
    expect(db.prepare('SELECT triage_rank, triage_filtered, inbox_rank FROM cases').get()).toEqual({ triage_rank: null, triage_filtered: 0, inbox_rank: 2 });
    db.prepare("UPDATE cases SET triage_rank = 3 WHERE id = 'c1'").run();
    expect(db.prepare('SELECT inbox_rank FROM cases').get()).toEqual({ inbox_rank: 3 });
    expect(() => db.prepare("INSERT INTO message_triage (message_id, case_id, message_version, type, reasons) VALUES ('m1', 'c1', 'one', 'public', '[]')").run())
      .toThrow(/cannot store TEXT/);
    db.close();
  });

  it('makes tables STRICT: a wrong type is refused, not coerced', () => {
    const db = openDatabase(freshFile(), testKey());
    expect(() =>
      db.prepare("INSERT INTO settings (id, value, version) VALUES ('x', '{}', 'not a number')").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('is idempotent: opening a migrated database again changes nothing', () => {
    const file = freshFile();
    const key = testKey();
    openDatabase(file, key).close();
    const db = openDatabase(file, key);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database written by a newer version, leaving it untouched', () => {
    const file = freshFile();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    // Plain, as the runner sees every file once its key opened it.
    expect(() => openDatabase(file, null)).toThrow(SchemaTooNewError);
    expect(() => openDatabase(file, null)).toThrow(/newer Atiende \(schema 99/);
    const after = new Database(file);
    expect(schemaVersion(after)).toBe(99);
    expect(tables(after)).toEqual(['future']);
    after.close();
  });

  it('rolls back every pending step when one fails, leaving the previous version', () => {
    const db = new Database(freshFile());
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', up: () => db.exec('NOT SQL') }];
    expect(() => migrate(db, broken.length, broken)).toThrow(/syntax error/);
    expect(tables(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(0);
    db.close();
  });

  it('refuses a migration list out of order', () => {
    const db = new Database(freshFile());
    const swapped = [{ ...MIGRATIONS[0]!, version: 2 }];
    expect(() => migrate(db, 2, swapped)).toThrow(/out of order/);
    db.close();
  });

  it('opens in WAL mode with durable commits, foreign keys and secure delete on', () => {
    const db = openDatabase(freshFile(), testKey());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
