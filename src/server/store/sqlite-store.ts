// The store on SQLite. better-sqlite3 runs one transaction per connection and cannot hold one
// across an `await` on its own, so transactions queue: each waits for the one before to commit
// or roll back, then runs BEGIN IMMEDIATE … COMMIT around its awaited callback. Reads outside a
// transaction (sign-in, the directory, pull pages) wait in the same queue, so on this one
// connection they never see a transaction halfway, as they would not on PostgreSQL.
import type { Feed } from '../feed.ts';
import type { SandboxDb } from '../schema.ts';
import { Serial } from './serial.ts';
import type { ServerStore, Tx } from './store.ts';
import { sqliteCaseEvents, sqliteCases, sqliteMessages } from './sqlite/cases.ts';
import { sqliteArticles, sqliteAutoReplies, sqliteBlocks, sqliteOrganisation, sqliteSettings, sqliteTemplates } from './sqlite/catalogue.ts';
import { sqliteCoaching } from './sqlite/coaching.ts';
import { sqliteDerivations } from './sqlite/derivations.ts';
import { sqliteListening } from './sqlite/listening.ts';
import { sqliteCsatSurveys } from './sqlite/csat.ts';
import { sqliteCustomers, sqliteIdentities, sqliteLinks, sqliteNotes } from './sqlite/customers.ts';
import { sqliteFeedReads } from './sqlite/feed-reads.ts';
import { sqliteFeedWrites } from './sqlite/feed-writes.ts';
import { sqliteOutbound } from './sqlite/outbound.ts';
import { instance } from './shared/instance.ts';
import { pushLog } from './shared/push-log.ts';
import { qaPacks } from './shared/qa-packs.ts';
import { qaReviews } from './shared/qa-reviews.ts';
import { reports } from './shared/reports.ts';
import { team } from './shared/team.ts';
import { sqliteSql } from './sqlite/sqlite-sql.ts';
import { promised, type Sync } from './sqlite/promised.ts';
import { sqliteDirectory, sqliteSessions } from './sqlite/sessions.ts';
import type { CustomerDirectory, FeedReads, Instance, QaPacks, QaReviews, Reports, Sessions, Team } from './repositories.ts';

export class SqliteStore implements ServerStore {
  readonly sessions: Sessions;
  readonly directory: CustomerDirectory;
  readonly feed: FeedReads;
  readonly instance: Instance;
  readonly qaPacks: QaPacks;
  readonly qaReviews: QaReviews;
  readonly reports: Reports;
  readonly team: Team;
  private readonly db: SandboxDb;
  private readonly serial = new Serial();
  /** One connection, so one set of repositories serves every transaction in turn. */
  private readonly tx: Tx;

  constructor(db: SandboxDb, feed: Feed) {
    this.db = db;
    const sql = sqliteSql(db);
    this.sessions = this.alone(sqliteSessions(db));
    this.directory = this.alone(sqliteDirectory(db));
    this.feed = this.alone(sqliteFeedReads(feed));
    this.instance = this.queued(instance(sql));
    this.qaPacks = this.queued(qaPacks(sql));
    this.qaReviews = this.queued(qaReviews(sql));
    this.reports = this.queued(reports(sql));
    this.team = this.queued(team(sql));
    this.tx = {
      pushLog: pushLog(sql),
      cases: promised(sqliteCases(db)),
      caseEvents: promised(sqliteCaseEvents(db)),
      csat: promised(sqliteCsatSurveys(db)),
      messages: promised(sqliteMessages(db)),
      customers: promised(sqliteCustomers(db)),
      identities: promised(sqliteIdentities(db)),
      notes: promised(sqliteNotes(db)),
      links: promised(sqliteLinks(db)),
      templates: promised(sqliteTemplates(db)),
      articles: promised(sqliteArticles(db)),
      blocks: promised(sqliteBlocks(db)),
      settings: promised(sqliteSettings(db)),
      organisation: promised(sqliteOrganisation(db)),
      autoReplies: promised(sqliteAutoReplies(db)),
      outbound: promised(sqliteOutbound(db)),
      qaPacks: qaPacks(sql),
      qaReviews: qaReviews(sql),
      coaching: promised(sqliteCoaching(db)),
      derivations: promised(sqliteDerivations(db)),
      feed: promised(sqliteFeedWrites(feed)),
      listening: promised(sqliteListening(db)),
    };
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.serial.run(async () => {
      // IMMEDIATE takes the write lock now, so no other connection (a trainer's tool) slips in.
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.tx);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /**
   * Runs the sandbox's own synchronous SQLite work (trainer controls, reseeding: see
   * src/server/sandbox/) between transactions, never inside one.
   */
  exclusive<T>(work: () => T): Promise<T> {
    return this.serial.run(() => Promise.resolve().then(work));
  }

  /** A repository whose every call is a statement of its own, queued behind the transactions. */
  private alone<T>(repository: Sync<T>): T {
    return this.queued(promised(repository));
  }

  private queued<T>(repository: T): T {
    const queued: Record<string, unknown> = {};
    for (const [key, method] of Object.entries(repository as Record<string, (...args: unknown[]) => Promise<unknown>>)) {
      queued[key] = (...args: unknown[]) => this.serial.run(() => method(...args));
    }
    return queued as T;
  }
}
