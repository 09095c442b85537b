// Numbered migrations in one ordered list. Each runs once, in one transaction with the
// `user_version` bump, so a crash leaves the database at a whole version.
import type Database from 'better-sqlite3-multiple-ciphers';
import { m001Initial } from './001-initial.ts';
import { m002Console } from './002-console.ts';
import { m003ArticleTrigrams } from './003-article-trigrams.ts';
import { m004TemplateOwner } from './004-template-owner.ts';
import { m005TemplateUses } from './005-template-uses.ts';
import { m006KnowledgePanel } from './006-knowledge-panel.ts';
import { m007Triage } from './007-triage.ts';
import { m008Customer360 } from './008-customer-360.ts';
import { m009ResolveAndMove } from './009-resolve-and-move.ts';
import { m010BlockedSenders } from './010-blocked-senders.ts';
import { m011CustomerLinks } from './011-customer-links.ts';
import { m012PromoReplies } from './012-promo-replies.ts';
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
import { m024ReportSnapshots } from './024-report-snapshots.ts';
import { m025CaseMarksCoaching } from './025-case-marks-coaching.ts';
import { m026CsatMessages } from './026-csat-messages.ts';
import { m027CaseRouting } from './027-case-routing.ts';
import { m028Derivation } from './028-derivation.ts';
import { m029Listening } from './029-listening.ts';
import { m030MessageLikes } from './030-message-likes.ts';
import { m031LeanMessageIndex } from './031-lean-message-index.ts';
import { m032RepliesIndexedAfterCommit } from './032-replies-indexed-after-commit.ts';
import { m033OutboxLeanAppend } from './033-outbox-lean-append.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  m001Initial, m002Console, m003ArticleTrigrams, m004TemplateOwner, m005TemplateUses,
  m006KnowledgePanel, m007Triage, m008Customer360, m009ResolveAndMove, m010BlockedSenders,
  m011CustomerLinks, m012PromoReplies, m013AutoReplies, m014ArticleRevision, m015ServerTemplates,
  m016Retention, m017QaReviews, m018MessageDecisions, m019AgentTeams, m020QaPacks,
  m021PendingComment, m022AgentsResync, m023QueueDecisions, m024ReportSnapshots, m025CaseMarksCoaching, m026CsatMessages,
  m027CaseRouting, m028Derivation, m029Listening, m030MessageLikes, m031LeanMessageIndex, m032RepliesIndexedAfterCommit,
  m033OutboxLeanAppend,
];

export const LATEST_VERSION = MIGRATIONS.length;

export class SchemaTooNewError extends Error {
  readonly code = 'schema_too_new';
  readonly found: number;

  constructor(found: number) {
    super(
      `This profile was written by a newer Atiende (schema ${found}, this version knows up to ` +
        `${LATEST_VERSION}). Update Atiende to open it; nothing was changed.`,
    );
    this.found = found;
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database up to `target` (the latest by default). */
export function migrate(db: Database.Database, target = LATEST_VERSION, migrations = MIGRATIONS): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`Migration list out of order at ${m.name}`);
  });
  const current = schemaVersion(db);
  if (current > migrations.length) throw new SchemaTooNewError(current);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}
