// One profile's local cache: the connection plus a repository per aggregate.
import type { Db } from './connection.ts';
import { openDatabase } from './connection.ts';
import { CaseRepository } from './repositories/cases.ts';
import { CustomerRepository } from './repositories/customers.ts';
import { KnowledgeRepository } from './repositories/knowledge.ts';
import { MessageRepository } from './repositories/messages.ts';
import { OutboxRepository } from './repositories/outbox.ts';
import { ReferenceRepository } from './repositories/reference.ts';
import { SyncStateRepository } from './repositories/sync-state.ts';

export class Store {
  readonly cases: CaseRepository;
  readonly messages: MessageRepository;
  readonly customers: CustomerRepository;
  readonly knowledge: KnowledgeRepository;
  readonly reference: ReferenceRepository;
  readonly outbox: OutboxRepository;
  readonly syncState: SyncStateRepository;

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
  }

  static open(file: string): Store {
    return new Store(openDatabase(file));
  }

  /** Runs `work` in one transaction: all of it commits, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }
}
