// One profile's local cache: the connection plus a repository per aggregate.
import type { CacheKey, Db } from './connection.ts';
import { openDatabase, relaxedTransaction } from './connection.ts';
import { AutoReplyRepository } from './repositories/auto-replies.ts';
import { BlockedSenderRepository } from './repositories/blocked-senders.ts';
import { CaseRepository } from './repositories/cases.ts';
import { CustomerRepository } from './repositories/customers.ts';
import { CustomerNoteRepository } from './repositories/customer-notes.ts';
import { KnowledgeRepository } from './repositories/knowledge.ts';
import { LocalRepository } from './repositories/local.ts';
import { SuggestionQueries } from './repositories/suggestions.ts';
import { MessageRepository } from './repositories/messages.ts';
import { OutboxRepository } from './repositories/outbox.ts';
import { QaPackRepository } from './repositories/qa-packs.ts';
import { QaReviewRepository } from './repositories/qa-reviews.ts';
import { CoachingRepository } from './repositories/coaching.ts';
import { ListeningRepository } from './repositories/listening.ts';
import { ReferenceRepository } from './repositories/reference.ts';
import { ReportSnapshotRepository } from './repositories/report-snapshots.ts';
import { SyncStateRepository } from './repositories/sync-state.ts';
import { TriageRepository } from './repositories/triage.ts';

export interface CacheAccount {
  server: string;
  username: string;
  clientId: string;
}

export class Store {
  readonly cases: CaseRepository;
  readonly messages: MessageRepository;
  readonly customers: CustomerRepository;
  readonly knowledge: KnowledgeRepository;
  readonly reference: ReferenceRepository;
  readonly outbox: OutboxRepository;
  readonly syncState: SyncStateRepository;
  readonly local: LocalRepository;
  readonly suggestions: SuggestionQueries;
  readonly blocks: BlockedSenderRepository;
  readonly customerNotes: CustomerNoteRepository;
  readonly triage: TriageRepository;
  readonly autoReplies: AutoReplyRepository;
  readonly qaPacks: QaPackRepository;
  readonly qaReviews: QaReviewRepository;
  readonly reportSnapshots: ReportSnapshotRepository;
  readonly coaching: CoachingRepository;
  readonly listening: ListeningRepository;

  readonly db: Db;

  constructor(db: Db) {
    this.db = db;
    this.cases = new CaseRepository(db);
    this.messages = new MessageRepository(db);
    this.customers = new CustomerRepository(db);
    this.knowledge = new KnowledgeRepository(db);
    this.reference = new ReferenceRepository(db);
    this.outbox = new OutboxRepository(db);
    this.syncState = new SyncStateRepository(db);
    this.local = new LocalRepository(db);
    this.suggestions = new SuggestionQueries(db);
    this.blocks = new BlockedSenderRepository(db);
    this.customerNotes = new CustomerNoteRepository(db);
    this.triage = new TriageRepository(db);
    this.autoReplies = new AutoReplyRepository(db);
    this.qaPacks = new QaPackRepository(db);
    this.qaReviews = new QaReviewRepository(db);
    this.reportSnapshots = new ReportSnapshotRepository(db);
    this.coaching = new CoachingRepository(db);
    this.listening = new ListeningRepository(db);
  }

  /** Opens (creating, migrating and, if still plain, encrypting) the cache in `file` with its key. */
  static open(file: string, key: CacheKey): Store {
    return new Store(openDatabase(file, key));
  }

  /**
   * Which account this cache belongs to, and the client id its outbox is numbered under.
   * They live in the database itself, so a lost or damaged profile.json cannot pair this
   * outbox with another account or another client id.
   */
  account(): CacheAccount | null {
    const server = this.syncState.get('server');
    const username = this.syncState.get('username');
    const clientId = this.syncState.get('client_id');
    return server && username && clientId ? { server, username, clientId } : null;
  }

  bindAccount(account: CacheAccount): void {
    this.transaction(() => {
      this.syncState.set('server', account.server);
      this.syncState.set('username', account.username);
      this.syncState.set('client_id', account.clientId);
    });
  }

  /**
   * Forgets everything pulled, keeping the outbox and the agent's unconfirmed replies and notes, so a
   * full pull rebuilds the cache (the server no longer knows our cursor). Auto-reply decisions
   * stay: the same messages come back, and none is decided twice.
   */
  clearSyncedData(): void {
    this.db.exec(`
      DELETE FROM cases; DELETE FROM messages WHERE version > 0; DELETE FROM customers;
      DELETE FROM customer_identities; DELETE FROM templates; DELETE FROM server_templates; DELETE FROM articles;
      DELETE FROM agents; DELETE FROM settings; DELETE FROM blocked_senders; DELETE FROM customer_notes WHERE version > 0;
      DELETE FROM qa_reviews WHERE version > 0;
      -- Pending coaching changes are replayed over the rebuilt rows, as every pending effect is.
      DELETE FROM coaching_objectives WHERE version > 0; DELETE FROM coaching_notes WHERE version > 0;
      DELETE FROM listening_posts;
      -- Rankings are recomputed as the pull rebuilds; the agent's own types and restores stay.
      DELETE FROM case_triage; DELETE FROM message_triage WHERE type_override IS NULL AND restored = 0;
      DELETE FROM sync_state WHERE key IN ('cursor', 'initial_sync_done', 'initial_sync_count', 'resync_due');
    `);
    this.knowledge.templatesChanged();
  }

  /** Runs `work` in one transaction: all of it commits, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** `transaction`, with a commit that does not wait for the disk: see relaxedTransaction. */
  relaxedTransaction<T>(work: () => T): T {
    return relaxedTransaction(this.db, work);
  }

  close(): void {
    this.db.close();
  }
}
