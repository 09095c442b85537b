// Triage in the main process: recomputes message types, noise and case priority whenever the
// cache changes — after each pulled page (in its transaction), after each local command, and
// for every case when the rules in force or the classifier change. The window, the harness and
// the CLI all sync through the same engine, so they triage alike.
import type { BlockedSender } from '../../shared/blocks.ts';
import type { Store } from '../db/store.ts';
import type { Change } from '../../protocol/sync.ts';
import { judgeCase } from './judge.ts';
import type { Prejudge } from './prejudge.ts';
import { rulesInForce, type RulesInForce } from './rules.ts';

/** Bump when the classifier or the noise rules change: every message is judged again. */
export const TRIAGE_REVISION = '1';

const KEY_RULES = 'triage_rules';
const KEY_REVISION = 'triage_revision';
/** Written by the sync engine with each page: time rules go by the server's clock. */
const KEY_SERVER_NOW = 'server_now';

/** What every case of one pass is judged with. */
interface Pass {
  inForce: RulesInForce;
  now: number | null;
  reclassify: boolean;
  senderBlocked: (caseId: string) => boolean;
  /** Messages a first sync read and classified while its pages travelled. */
  prejudge?: Prejudge | undefined;
}

/** Recomputes the given cases with the rules in force. Run inside a transaction. */
export function retriageCases(store: Store, caseIds: Iterable<string>): number {
  const pass: Pass = { inForce: rulesInForce(store), now: serverNow(store), reclassify: false, senderBlocked: (id) => store.blocks.isCaseSenderBlocked(id) };
  let count = 0;
  for (const id of new Set(caseIds)) if (retriageOne(store, id, pass)) count += 1;
  return count;
}

/**
 * Recomputes every case in the cache: the end of a first sync, with what it read ahead while its
 * pages travelled. Run inside a transaction.
 */
export function retriageAll(store: Store, prejudge?: Prejudge): number {
  if (!ensureTriage(store, prejudge)) retriageEvery(store, rulesInForce(store), false, prejudge);
  return store.cases.count();
}

/**
 * Triages every case again when the rules in force or the classifier changed since the cache
 * was last triaged (also a cache migrated from before triage). True when it did.
 */
export function ensureTriage(store: Store, prejudge?: Prejudge): boolean {
  const inForce = rulesInForce(store);
  const reclassify = store.syncState.get(KEY_REVISION) !== TRIAGE_REVISION;
  if (!reclassify && store.syncState.get(KEY_RULES) === inForce.key) return false;
  store.transaction(() => {
    retriageEvery(store, inForce, reclassify, prejudge);
    store.syncState.set(KEY_RULES, inForce.key);
    store.syncState.set(KEY_REVISION, TRIAGE_REVISION);
  });
  return true;
}

/**
 * Collects what a pulled page touched. `note` each change before it is applied (a deleted
 * message still names its case then); `finish` after the page and the pending changes are
 * applied, in the page's transaction. Returns how many cases were triaged.
 */
export class PageTriage {
  private readonly store: Store;
  private readonly firstSync: boolean;
  private readonly cases = new Set<string>();
  private readonly deletedCases = new Set<string>();
  private readonly deletedMessages = new Set<string>();

  /** `firstSync`: a page of a first sync, whose end triages every case; only deletions are kept. */
  constructor(store: Store, options: { firstSync?: boolean } = {}) {
    this.store = store;
    this.firstSync = options.firstSync ?? false;
  }

  note(change: Change): void {
    const { store } = this;
    if (change.op === 'del' && change.entity === 'case') this.deletedCases.add(change.id);
    if (change.op === 'del' && change.entity === 'message') this.deletedMessages.add(change.id);
    // Which cases a first-sync page touched never matters: looking them up would be wasted.
    if (this.firstSync) return;
    if (change.entity === 'case') {
      this.cases.add(change.id);
    } else if (change.entity === 'message') {
      const caseId = change.op === 'put' ? change.data.caseId : store.triage.caseOfMessage(change.id);
      if (caseId !== null) this.cases.add(caseId);
    } else if (change.entity === 'customer') {
      for (const id of store.triage.casesOfCustomer(change.id)) this.cases.add(id);
    } else if (change.entity === 'identity') {
      // Whether a case's sender is blocked goes through its customer's identity on the channel.
      const customerId = change.op === 'put' ? change.data.customerId : store.triage.customerOfIdentity(change.id);
      if (customerId !== null) for (const id of store.triage.casesOfCustomer(customerId)) this.cases.add(id);
    } else if (change.entity === 'blocked_sender') {
      // A lifted block names its sender only while its row is still here: before it is applied.
      const sender = change.op === 'put' ? change.data : store.blocks.get(change.id);
      if (sender) for (const id of store.blocks.casesOfSender(sender.channel, sender.handle)) this.cases.add(id);
    }
  }

  /** Drops the triage of what the page deleted; a page of a first sync ranks nothing yet. */
  forgetDeleted(): void {
    const { store } = this;
    for (const id of this.deletedMessages) store.triage.forgetMessage(id);
    for (const id of this.deletedCases) if (!store.cases.get(id)) store.triage.forgetCase(id);
  }

  /** The cases the page touched: what the auto-reply engine looks at after it. */
  get touchedCases(): ReadonlySet<string> {
    return this.cases;
  }

  finish(): number {
    const { store } = this;
    this.forgetDeleted();
    if (ensureTriage(store)) return store.cases.count();
    const now = serverNow(store);
    const due = now === null ? [] : store.triage.due(new Date(now).toISOString());
    return retriageCases(store, [...this.cases, ...due]);
  }
}

function retriageEvery(store: Store, inForce: RulesInForce, reclassify: boolean, prejudge?: Prejudge): void {
  const ids = store.triage.allCases();
  const blocks = store.blocks.list();
  // The block list is usually far shorter than the cache: ask which cases each blocked handle
  // writes on, rather than who writes on every case.
  const blocked = blocks.length < ids.length ? blockedCases(store, blocks) : null;
  const senderBlocked = blocked ? (id: string) => blocked.has(id) : (id: string) => store.blocks.isCaseSenderBlocked(id);
  const pass: Pass = { inForce, now: serverNow(store), reclassify, senderBlocked, prejudge };
  for (const id of ids) retriageOne(store, id, pass);
}

function retriageOne(store: Store, caseId: string, pass: Pass): boolean {
  const cached = store.cases.get(caseId);
  if (!cached) {
    // Not here yet (a page brought its messages first), or gone: nothing to rank. The agent's
    // decisions on its messages stay until the case itself is deleted.
    store.triage.dropCaseRank(caseId);
    return false;
  }
  const customer = store.triage.customer(cached.customerId);
  const judged = judgeCase({
    cached,
    thread: store.triage.thread(caseId),
    customer,
    rules: pass.inForce.rules,
    serverNow: pass.now,
    reclassify: pass.reclassify,
    senderBlocked: pass.senderBlocked(caseId),
    prejudged: pass.prejudge && ((row) => pass.prejudge?.take(row, cached.channel)),
  });
  for (const message of judged.messages) store.triage.judgeMessage(message);
  store.triage.saveCase(judged.case);
  return true;
}

/** Whether the case's sender (its customer's identity on the case's channel) is on the block list. */

/**
 * The cases whose sender is blocked. A blocked handle's cases also include those where it is
 * only a customer's other identity on the channel, not the sender, so each is checked.
 */
function blockedCases(store: Store, blocks: readonly BlockedSender[]): Set<string> {
  const cases = new Set<string>();
  for (const block of blocks) {
    for (const id of store.blocks.casesOfSender(block.channel, block.handle)) if (store.blocks.isCaseSenderBlocked(id)) cases.add(id);
  }
  return cases;
}

function serverNow(store: Store): number | null {
  const value = store.syncState.get(KEY_SERVER_NOW);
  const at = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(at) ? null : at;
}
