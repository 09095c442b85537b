// A first sync's message types, worked out while the next page travels. Reading and classifying
// a customer message depends on its words and its case's channel only, so it can be done as
// soon as both have arrived, in the waits between pages, instead of all in the last page's
// transaction. The final triage takes a reading only when the message's version, words and
// channel are still the ones it was made from; anything else it judges itself, as before.
// Only the classification is kept (the costly part): the parsed words of every message of a
// first sync, held until its last page, weighed more than the rest of the sync.
// The classifying runs in a thread of its own (classify-worker.ts) when one can start: the main
// thread is busy applying pages for most of a first sync, so slices between pages got little of
// it done, while the machine's other core waited. Without that thread it runs in those slices.
import { Worker } from 'node:worker_threads';
import type { Channel } from '../../shared/domain.ts';
import { classifyMessage, readMessage, type Classification } from '../../shared/triage/index.ts';
import type { Change } from '../../protocol/sync.ts';
import type { Store } from '../db/store.ts';
import type { TriageThreadRow } from '../db/repositories/triage.ts';
import type { ToClassify } from './classify-worker.ts';

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

/** A batch posted to the thread: what each of its readings is made from, in the order posted. */
type Posted = (Omit<Reading, 'classification'> & { id: string })[];

/** The classifying thread's file: beside this one, as source (.ts) or as the build's output (.js). */
function workerFile(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './classify-worker.ts' : './classify-worker.js', import.meta.url);
}

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
  /** The classifying thread, while it runs; null: the slices between pages classify. */
  private worker: Worker | null = null;
  /** Batches posted to the thread and not answered yet, oldest first. */
  private readonly posted: Posted[] = [];
  private drained: (() => void)[] = [];

  constructor(store: Store, now: Clock = () => performance.now()) {
    this.store = store;
    this.now = now;
  }

  /**
   * A reading ahead whose classifying runs in a thread of its own, beside the pages being
   * applied; in the slices between pages if the thread cannot start. `close` it when done.
   */
  static inThread(store: Store): Prejudge {
    const ahead = new Prejudge(store);
    try {
      const worker = new Worker(workerFile());
      // Never what keeps the process alive: a sync that fails half-way leaves nothing waiting.
      worker.unref();
      worker.on('message', (answer: Classification[]) => ahead.answered(answer));
      // A thread that fails leaves its batches to the final triage, which classifies what has no reading.
      worker.on('error', () => ahead.stopThread());
      worker.on('exit', () => ahead.stopThread());
      ahead.worker = worker;
    } catch {
      ahead.worker = null;
    }
    return ahead;
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
    if (this.worker) this.post(this.worker);
  }

  /** Resolves once the thread has answered every batch posted (at once without a thread). */
  drain(): Promise<void> {
    if (this.posted.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  /** Stops the classifying thread; the readings it gave stay. */
  close(): void {
    const worker = this.worker;
    this.stopThread();
    void worker?.terminate();
  }

  /** Posts every waiting message whose case's channel is known; the rest wait for a later page. */
  private post(worker: Worker): void {
    const batch: ToClassify[] = [];
    const made: Posted = [];
    for (const message of this.waiting) {
      const channel = this.channelOf(message.caseId);
      if (channel === undefined) {
        this.caseless.push(message);
        continue;
      }
      batch.push({ text: message.text, channel });
      made.push({ id: message.id, version: message.version, channel, raw: message.text });
    }
    this.waiting = [];
    if (batch.length === 0) return;
    this.posted.push(made);
    worker.postMessage(batch);
  }

  private answered(answer: readonly Classification[]): void {
    const made = this.posted.shift();
    if (!made) return;
    made.forEach((from, i) => {
      const classification = answer[i];
      if (classification) this.readings.set(from.id, { version: from.version, channel: from.channel, raw: from.raw, classification });
    });
    if (this.posted.length === 0) this.release();
  }

  private stopThread(): void {
    this.worker = null;
    this.posted.length = 0;
    this.release();
  }

  private release(): void {
    const waiting = this.drained;
    this.drained = [];
    for (const resolve of waiting) resolve();
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
    const channel = this.channelOf(message.caseId);
    if (channel === undefined) return false;
    const classification = classifyMessage({ text: readMessage(message.text), channel });
    this.readings.set(message.id, { version: message.version, channel, raw: message.text, classification });
    return true;
  }

  private channelOf(caseId: string): Channel | undefined {
    return this.channels.get(caseId) ?? this.store.cases.get(caseId)?.channel;
  }
}
