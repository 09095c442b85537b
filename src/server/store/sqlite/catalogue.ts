// Repositories of what the whole organisation shares: templates, the block list, settings
// documents and who is who.
import { WireSetting } from '../../../protocol/entities.ts';
import { jsonColumn } from '../../columns.ts';
import type { Articles, AutoReplyLog, BlockedSenders, Organisation, Settings, Templates } from '../repositories.ts';
import { COMPANY_META, meta, nextVersion, type SandboxDb } from '../../schema.ts';
import type { Sync } from './promised.ts';
import { exists, row, run } from './sql.ts';

export const sqliteTemplates = (db: SandboxDb): Sync<Templates> => ({
  owner: (templateId) => row(db, 'SELECT owner FROM templates WHERE id = ?', templateId),
  savePersonal: (t) => {
    const version = nextVersion(db);
    run(db, `
      INSERT INTO templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
      VALUES (@id, @title, @shortcut, @language, @channels, NULL, @body, @at, @version, @owner)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, shortcut = excluded.shortcut, language = excluded.language,
        channels = excluded.channels, body = excluded.body, updated_at = excluded.updated_at, version = excluded.version`,
    { ...t, channels: t.channels && JSON.stringify(t.channels), version });
    return version;
  },
  saveCompany: (t) => {
    const version = nextVersion(db);
    run(db, `INSERT INTO templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
      VALUES (@id, @title, @shortcut, @language, @channels, @team, @body, @at, @version, NULL)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, shortcut = excluded.shortcut, language = excluded.language,
        channels = excluded.channels, team = excluded.team, body = excluded.body, updated_at = excluded.updated_at,
        version = excluded.version`,
    { ...t, channels: t.channels && JSON.stringify(t.channels), version });
    return version;
  },
  remove: (templateId) => run(db, 'DELETE FROM templates WHERE id = ?', templateId) > 0,
});

export const sqliteArticles = (db: SandboxDb): Sync<Articles> => ({
  save: (a) => {
    const version = nextVersion(db);
    run(db, `INSERT INTO articles (id, title, summary, body, tags, language, updated_at, version, url)
      VALUES (@id, @title, @summary, @body, @tags, @language, @at, @version, @url)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body,
        tags = excluded.tags, language = excluded.language, updated_at = excluded.updated_at, version = excluded.version,
        url = excluded.url, revision = articles.revision + 1`,
    { ...a, tags: JSON.stringify(a.tags), version });
    return version;
  },
});

export const sqliteBlocks = (db: SandboxDb): Sync<BlockedSenders> => ({
  get: (blockId) => row(db, 'SELECT id, unblocked_at AS unblockedAt FROM blocked_senders WHERE id = ?', blockId),
  active: (channel, handle) => row(db, 'SELECT id FROM blocked_senders WHERE channel = ? AND handle = ? AND unblocked_at IS NULL', channel, handle),
  add: (b) => {
    const version = nextVersion(db);
    run(db, `INSERT INTO blocked_senders (id, channel, handle, reason, blocked_by, blocked_at, unblocked_at, version)
      VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`, b.id, b.channel, b.handle, b.reason, b.by, b.at, version);
    return version;
  },
  lift: (blockId, at) => void run(db, 'UPDATE blocked_senders SET unblocked_at = ?, version = ? WHERE id = ?', at, nextVersion(db), blockId),
});

export const sqliteSettings = (db: SandboxDb): Sync<Settings> => ({
  value: (settingId) => {
    const found = row<{ value: string }>(db, 'SELECT value FROM settings WHERE id = ?', settingId);
    return found === undefined ? undefined : jsonColumn(WireSetting.shape.value, found.value, 'settings.value');
  },
  version: (settingId) => row<{ version: number }>(db, 'SELECT version FROM settings WHERE id = ?', settingId)?.version ?? null,
  put: (settingId, value) => {
    const version = nextVersion(db);
    run(db, `INSERT INTO settings (id, value, version) VALUES (?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET value = excluded.value, version = excluded.version`, settingId, JSON.stringify(value), version);
    return version;
  },
  author: (settingId) => row(db, 'SELECT version, client_id AS clientId, base_version AS baseVersion FROM setting_authors WHERE setting_id = ?', settingId),
  recordAuthor: (settingId, a) => void run(db, `INSERT INTO setting_authors (setting_id, version, client_id, base_version) VALUES (?, ?, ?, ?)
      ON CONFLICT(setting_id) DO UPDATE SET version = excluded.version, client_id = excluded.client_id, base_version = excluded.base_version`,
  settingId, a.version, a.clientId, a.baseVersion),
  forgetAuthor: (settingId) => void run(db, 'DELETE FROM setting_authors WHERE setting_id = ?', settingId),
});

export const sqliteOrganisation = (db: SandboxDb): Sync<Organisation> => ({
  agentName: (username) => row<{ name: string }>(db, 'SELECT name FROM users WHERE username = ?', username)?.name,
  role: (username) => row<{ role: string }>(db, 'SELECT role FROM users WHERE username = ?', username)?.role,
  supervisesAgent: (supervisor, agent) => exists(db, `SELECT 1 FROM users s JOIN users a ON a.username = ? AND a.team IS NOT NULL
    WHERE s.username = ? AND s.role = 'supervisor' AND EXISTS (SELECT 1 FROM json_each(s.supervises) WHERE value = a.team)`, agent, supervisor),
  companyName: () => meta(db, COMPANY_META),
});

export const sqliteAutoReplies = (db: SandboxDb): Sync<AutoReplyLog> => ({
  sentBy: (dedupeKey) => row<{ username: string }>(db, 'SELECT username FROM auto_replies WHERE dedupe_key = ?', dedupeKey)?.username,
  record: (s) => void run(db, 'INSERT INTO auto_replies VALUES (?, ?, ?, ?, ?, ?)', s.dedupeKey, s.caseId, s.messageId, s.clientId, s.username, s.at),
});
