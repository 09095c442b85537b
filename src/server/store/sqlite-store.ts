// The store on SQLite. better-sqlite3 runs one transaction per connection and cannot hold one
// across an `await` on its own, so transactions queue: each waits for the one before to commit
// or roll back, then runs BEGIN IMMEDIATE … COMMIT around its awaited callback. Reads outside a
// transaction (sign-in, the directory, pull pages) wait in the same queue, so on this one
// connection they never see a transaction halfway, as they would not on PostgreSQL.
import { Feed } from '../feed.ts';
import type { SandboxDb } from '../schema.ts';
import { Serial } from './serial.ts';
import type { Sql } from './sql.ts';
import type { ServerStore, Tx } from './store.ts';
import { sqliteCaseEvents, sqliteCases, sqliteMessages } from './sqlite/cases.ts';
import { sqliteDerivations } from './sqlite/derivations.ts';
import { sqliteListening } from './sqlite/listening.ts';
import { customers, identities, links, notes } from './shared/customers.ts';
import { articles, autoReplies, blocks, organisation, settings, templates } from './shared/catalogue.ts';
import { coaching } from './shared/coaching.ts';
import { csatSurveys } from './shared/csat.ts';
import { instance } from './shared/instance.ts';
import { outbound } from './shared/outbound.ts';
import { pushLog } from './shared/push-log.ts';
import { directory, sessions } from './shared/sessions.ts';
import { sqliteSql } from './sqlite/sqlite-sql.ts';
import { promised, type Sync } from './sqlite/promised.ts';
import { sqliteQaPacks } from './sqlite/qa-packs.ts';
import { sqliteQaReviews } from './sqlite/qa-reviews.ts';
import { sqliteReports } from './sqlite/reports.ts';
import { sqliteTeam } from './sqlite/team.ts';
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
  private readonly sql: Sql;
  private readonly serial = new Serial();
  /** One connection, so one set of repositories serves every transaction in turn. */
  private readonly tx: Tx;

  constructor(db: SandboxDb) {
    this.db = db;
    const sql = sqliteSql(db);
    this.sql = sql;
    const feed = new Feed(sql);
    // A session's own transactions run in its turn in the queue.
    this.sessions = this.queued(sessions(sql, (work) => this.begun(() => work(sql))));
    this.directory = this.queued(directory(sql));
    this.feed = this.queued<FeedReads>({ page: (...args) => feed.page(...args), lastSeq: () => feed.lastSeq(), horizon: () => feed.horizon() });
    this.instance = this.queued(instance(sql));
    this.qaPacks = this.alone(sqliteQaPacks(db));
    this.qaReviews = this.alone(sqliteQaReviews(db));
    this.reports = this.alone(sqliteReports(db));
    this.team = this.alone(sqliteTeam(db));
    this.tx = {
      pushLog: pushLog(sql),
      cases: promised(sqliteCases(db)),
      caseEvents: promised(sqliteCaseEvents(db)),
      csat: csatSurveys(sql),
      messages: promised(sqliteMessages(db)),
      customers: customers(sql),
      identities: identities(sql),
      notes: notes(sql),
      links: links(sql),
      templates: templates(sql),
      articles: articles(sql),
      blocks: blocks(sql),
      settings: settings(sql),
      organisation: organisation(sql),
      autoReplies: autoReplies(sql),
      outbound: outbound(sql),
      qaPacks: promised(sqliteQaPacks(db)),
      qaReviews: promised(sqliteQaReviews(db)),
      coaching: coaching(sql),
      derivations: promised(sqliteDerivations(db)),
      feed,
      listening: promised(sqliteListening(db)),
    };
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.serial.run(() => this.begun(() => work(this.tx)));
  }

  /** BEGIN … COMMIT around `work`, already in its turn in the queue. */
  private async begun<T>(work: () => Promise<T>): Promise<T> {
    // IMMEDIATE takes the write lock now, so no other connection (a trainer's tool) slips in.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Runs `work` in one transaction of its own, between the others, handing it the statements
   * themselves: for the sandbox's controls and seeding (src/server/sandbox/), which speak SQL
   * rather than through repositories.
   */
  withSql<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.serial.run(() => this.begun(() => work(this.sql)));
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
