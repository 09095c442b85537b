// The seam between the server's rules and its database. Mutation modules and handlers see only
// these interfaces; SQLite implements them today (sqlite-store.ts), PostgreSQL will tomorrow.
import type * as R from './repositories.ts';

/** One transaction's view of the store: every aggregate's repository, bound to it. */
export interface Tx {
  pushLog: R.PushLog;
  cases: R.Cases;
  caseEvents: R.CaseEvents;
  csat: R.CsatSurveys;
  messages: R.Messages;
  customers: R.Customers;
  identities: R.Identities;
  notes: R.CustomerNotes;
  links: R.CustomerLinks;
  templates: R.Templates;
  articles: R.Articles;
  blocks: R.BlockedSenders;
  settings: R.Settings;
  organisation: R.Organisation;
  autoReplies: R.AutoReplyLog;
  outbound: R.Outbound;
  qaPacks: R.QaPacks;
  qaReviews: R.QaReviews;
  coaching: R.Coaching;
  derivations: R.Derivations;
  feed: R.FeedWrites;
  listening: R.Listening;
}

export interface ServerStore {
  /** Sign-in and token checks, each a statement of its own outside any transaction. */
  sessions: R.Sessions;
  directory: R.CustomerDirectory;
  /** Pull pages, each read at one moment: never halfway through a transaction. */
  feed: R.FeedReads;
  instance: R.Instance;
  /** QA packs read outside a transaction (a draw's preview). */
  qaPacks: R.QaPacks;
  /** Presence, last contacts and the team view, each a statement of its own. */
  team: R.Team;
  /** Reads for `GET /v1/qa/reviews`. */
  qaReviews: Pick<R.QaReviews, 'ofPack' | 'pack' | 'isReviewer'>;
  /** The facts the operation's reports are computed from (src/server/reports/). */
  reports: R.Reports;
  /**
   * Runs `work` in one transaction: all of it commits, or none of it does (a throw rolls back).
   * Transactions never interleave on SQLite; on PostgreSQL they may run side by side, with the
   * push log's row lock keeping each console's mutations in seq order.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}
