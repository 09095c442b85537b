// Repositories of what the whole organisation shares: templates, the block list, settings
// documents and who is who.
import { WireSetting } from '../../../protocol/entities.ts';
import { jsonColumn } from '../../columns.ts';
import { COMPANY_META } from '../../schema.ts';
import type { Articles, AutoReplyLog, BlockedSenders, Organisation, Settings, Templates } from '../repositories.ts';
import { exists, type Sql } from '../sql.ts';
import { metaValue } from './instance.ts';

const TEMPLATE_COLUMNS = '(id, title, shortcut, language, channels, team, body, updated_at, version, owner)';
const TEMPLATE_TEXT = `title = excluded.title, shortcut = excluded.shortcut, language = excluded.language,
  channels = excluded.channels, body = excluded.body, updated_at = excluded.updated_at, version = excluded.version`;

export const templates = (sql: Sql): Templates => ({
  owner: (templateId) => sql.row('SELECT owner FROM templates WHERE id = ?', templateId),
  savePersonal: async (t) => {
    const version = await sql.nextVersion();
    await sql.run(`INSERT INTO templates ${TEMPLATE_COLUMNS} VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET ${TEMPLATE_TEXT}`,
    t.id, t.title, t.shortcut, t.language, t.channels && JSON.stringify(t.channels), t.body, t.at, version, t.owner);
    return version;
  },
  saveCompany: async (t) => {
    const version = await sql.nextVersion();
    await sql.run(`INSERT INTO templates ${TEMPLATE_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
      ON CONFLICT (id) DO UPDATE SET ${TEMPLATE_TEXT}, team = excluded.team`,
    t.id, t.title, t.shortcut, t.language, t.channels && JSON.stringify(t.channels), t.team, t.body, t.at, version);
    return version;
  },
  remove: async (templateId) => (await sql.run('DELETE FROM templates WHERE id = ?', templateId)) > 0,
});

export const articles = (sql: Sql): Articles => ({
  save: async (a) => {
    const version = await sql.nextVersion();
    await sql.run(`INSERT INTO articles (id, title, summary, body, tags, language, updated_at, version, url)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body,
        tags = excluded.tags, language = excluded.language, updated_at = excluded.updated_at, version = excluded.version,
        url = excluded.url, revision = articles.revision + 1`,
    a.id, a.title, a.summary, a.body, JSON.stringify(a.tags), a.language, a.at, version, a.url);
    return version;
  },
});

// `handle` compares whatever its case through the column's collation on both engines (NOCASE on
// SQLite, a nondeterministic ICU collation on PostgreSQL), so `=` is enough; LIKE is not, on PostgreSQL.
export const blocks = (sql: Sql): BlockedSenders => ({
  get: (blockId) => sql.row('SELECT id, unblocked_at AS "unblockedAt" FROM blocked_senders WHERE id = ?', blockId),
  active: (channel, handle) => sql.row('SELECT id FROM blocked_senders WHERE channel = ? AND handle = ? AND unblocked_at IS NULL', channel, handle),
  add: async (b) => {
    const version = await sql.nextVersion();
    await sql.run(`INSERT INTO blocked_senders (id, channel, handle, reason, blocked_by, blocked_at, unblocked_at, version)
      VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`, b.id, b.channel, b.handle, b.reason, b.by, b.at, version);
    return version;
  },
  lift: async (blockId, at) => {
    await sql.run('UPDATE blocked_senders SET unblocked_at = ?, version = ? WHERE id = ?', at, await sql.nextVersion(), blockId);
  },
});

export const settings = (sql: Sql): Settings => ({
  value: async (settingId) => {
    const found = await sql.row<{ value: string }>('SELECT value FROM settings WHERE id = ?', settingId);
    return found === undefined ? undefined : jsonColumn(WireSetting.shape.value, found.value, 'settings.value');
  },
  version: async (settingId) => (await sql.row<{ version: number }>('SELECT version FROM settings WHERE id = ?', settingId))?.version ?? null,
  put: async (settingId, value) => {
    const version = await sql.nextVersion();
    await sql.run(`INSERT INTO settings (id, value, version) VALUES (?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET value = excluded.value, version = excluded.version`, settingId, JSON.stringify(value), version);
    return version;
  },
  author: (settingId) => sql.row('SELECT version, client_id AS "clientId", base_version AS "baseVersion" FROM setting_authors WHERE setting_id = ?', settingId),
  recordAuthor: async (settingId, a) => {
    await sql.run(`INSERT INTO setting_authors (setting_id, version, client_id, base_version) VALUES (?, ?, ?, ?)
      ON CONFLICT (setting_id) DO UPDATE SET version = excluded.version, client_id = excluded.client_id, base_version = excluded.base_version`,
    settingId, a.version, a.clientId, a.baseVersion);
  },
  forgetAuthor: async (settingId) => {
    await sql.run('DELETE FROM setting_authors WHERE setting_id = ?', settingId);
  },
});

export const organisation = (sql: Sql): Organisation => ({
  agentName: async (username) => (await sql.row<{ name: string }>('SELECT name FROM users WHERE username = ?', username))?.name,
  role: async (username) => (await sql.row<{ role: string }>('SELECT role FROM users WHERE username = ?', username))?.role,
  disabled: async (usernames) => (await sql.rows<{ username: string }>(
    `SELECT username FROM users WHERE disabled = 1 AND username IN (SELECT value FROM ${sql.jsonEach('?')}) ORDER BY username`, JSON.stringify(usernames))).map((r) => r.username),
  supervisesAgent: (supervisor, agent) => exists(sql, `SELECT 1 FROM users s JOIN users a ON a.username = ? AND a.team IS NOT NULL
    WHERE s.username = ? AND s.role = 'supervisor' AND EXISTS (SELECT 1 FROM ${sql.jsonEach('s.supervises')} WHERE value = a.team)`, agent, supervisor),
  companyName: () => metaValue(sql, COMPANY_META),
});

export const autoReplies = (sql: Sql): AutoReplyLog => ({
  sentBy: async (dedupeKey) => (await sql.row<{ username: string }>('SELECT username FROM auto_replies WHERE dedupe_key = ?', dedupeKey))?.username,
  record: async (s) => {
    await sql.run('INSERT INTO auto_replies (dedupe_key, case_id, message_id, client_id, username, sent_at) VALUES (?, ?, ?, ?, ?, ?)',
      s.dedupeKey, s.caseId, s.messageId, s.clientId, s.username, s.at);
  },
});
