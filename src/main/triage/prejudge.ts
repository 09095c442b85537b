// A first sync's message types, worked out while the next page travels. Reading and classifying
// a customer message depends on its words and its case's channel only, so it can be done as
// soon as both have arrived, in the waits between pages, instead of all in the last page's
// transaction. The final triage takes a reading only when the message's version, words and
// channel are still the ones it was made from; anything else it judges itself, as before.
// Only the classification is kept (the costly part): the parsed words of every message of a
// first sync, held until its last page, weighed more than the rest of the sync.
import type { Channel } from '../../shared/domain.ts';
import { classifyMessage, readMessage, type Classification } from '../../shared/triage/index.ts';
import type { Change } from '../../protocol/sync.ts';
import type { Store } from '../db/store.ts';
import type { TriageThreadRow } from '../db/repositories/triage.ts';

/** A customer message classified ahead of the triage that records it. */
export interface Prejudgement {
  classification: Classification;
}

/** What the classification was made from: the message's version, words and case's channel. */
interface Reading extends Prejudgement {
  version: number;
  channel: Channel;
  /** The words as written (the page's own string): the check that they are still the same is exact. */
  raw: string;
}

interface Waiting {
  id: string;
  version: number;
  caseId: string;
  text: string;
}

/** How long one slice of work holds the thread before it looks whether the next page is here. */
export const SLICE_MS = 4;

/** Milliseconds, for the slices: injected so a test can tell how many fit one. */
export type Clock = () => number;

export class Prejudge {
  private readonly store: Store;
  private readonly channels = new Map<string, Channel>();
  private readonly readings = new Map<string, Reading>();
  private waiting: Waiting[] = [];
  /** Where `work` stopped in `waiting`. */
  private next = 0;
  /** Messages whose case had not arrived when they were looked at: looked at again after the next page. */
  private caseless: Waiting[] = [];
  private readonly now: Clock;

  constructor(store: Store, now: Clock = () => performance.now()) {
    this.store = store;
    this.now = now;
  }

  /** What a pulled page brought: its cases' channels and its customer messages to read. */
  note(changes: readonly Change[]): void {
    const arrived: Waiting[] = [];
    for (const change of changes) {
      if (change.op === 'del') {
        if (change.entity === 'message') this.readings.delete(change.id);
        continue;
      }
      if (change.entity === 'case') this.channels.set(change.id, change.data.channel);
      else if (change.entity === 'message' && change.data.kind === 'customer') {
        arrived.push({ id: change.id, version: change.version, caseId: change.data.caseId, text: change.data.text });
      }
    }
    this.waiting = [...this.caseless, ...this.waiting.slice(this.next), ...arrived];
    this.caseless = [];
    this.next = 0;
  }

  /**
   * Reads the waiting messages a slice at a time, yielding between slices, until none waits or
   * `stop` says the next page is here.
   */
  async work(stop: () => boolean): Promise<void> {
    while (this.next < this.waiting.length && !stop()) {
      this.slice(this.now() + SLICE_MS);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Reads every message that can be read now, without yielding. */
  workAll(): void {
    this.slice(Number.POSITIVE_INFINITY);
  }

  /** The reading of `row` on a case of `channel`, when it was made from the same version and words. */
  take(row: TriageThreadRow, channel: Channel): Prejudgement | undefined {
    const reading = this.readings.get(row.id);
    if (!reading || reading.version !== row.version || reading.channel !== channel || reading.raw !== row.text) return undefined;
    return reading;
  }

  private slice(until: number): void {
    while (this.next < this.waiting.length && this.now() < until) {
      const message = this.waiting[this.next++];
      if (message && !this.read(message)) this.caseless.push(message);
    }
  }

  private read(message: Waiting): boolean {
    const channel = this.channels.get(message.caseId) ?? this.store.cases.get(message.caseId)?.channel;
    if (channel === undefined) return false;
    const classification = classifyMessage({ text: readMessage(message.text), channel });
    this.readings.set(message.id, { version: message.version, channel, raw: message.text, classification });
    return true;
  }
}
