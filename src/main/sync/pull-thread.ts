// A first sync's pages come through a worker thread (pull-worker.ts): fetching, JSON parsing and
// the protocol's checks run there while this thread applies the page before, so the two overlap
// for real instead of taking turns on one thread.
import { Worker } from 'node:worker_threads';
import type { PullResponse } from '../../protocol/sync.ts';
import { ApiError, type ApiErrorDetails, type ApiErrorKind } from './api-error.ts';

export interface PageRequest {
  id: number;
  baseUrl: string;
  token: string;
  cursor: string | null;
  limit: number;
  timeoutMs: number;
}

/** The page, or the ApiError the worker met (sent as fields), or any other failure's message. */
export type PageAnswer =
  | { id: number; page: PullResponse }
  | { id: number; error: { kind: ApiErrorKind; message: string; details: ApiErrorDetails } }
  | { id: number; failure: string };

/** The worker stopped, or could not be started: the sync stops at the last page applied. */
export class PullThreadError extends Error {
  override name = 'PullThreadError';
}

// A variable, not a literal, so that bundlers leave it alone: the built app names its own file.
const SOURCE = './pull-worker.ts';
let workerFile: string | URL = new URL(SOURCE, import.meta.url);

/**
 * Where the worker's code is. Run from the sources (tests, the bench, the CLI) it sits beside
 * this file; the Electron build bundles it as a file of its own and says where at start.
 */
export function locatePullWorker(file: string | URL): void {
  workerFile = file;
}

interface Waiting {
  resolve: (page: PullResponse) => void;
  reject: (error: Error) => void;
}

export class PullThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private lastId = 0;
  private readonly file: string | URL;

  constructor(file: string | URL = workerFile) {
    this.file = file;
  }

  /** Starts the worker ahead of the first request (loading its code takes a moment). */
  start(): void {
    this.started();
  }

  /** One page; the worker starts with the first request if not before, and stays until `close`. */
  pull(request: Omit<PageRequest, 'id'>): Promise<PullResponse> {
    const id = ++this.lastId;
    return new Promise<PullResponse>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.started().postMessage({ ...request, id } satisfies PageRequest);
    });
  }

  /** Stops the worker; a page still awaited fails. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll('the sync was stopped');
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    // Idle between syncs, it must not keep the process alive.
    worker.unref();
    worker.on('message', (answer: PageAnswer) => this.settle(answer));
    worker.on('error', (error: Error) => this.stopped(worker, `it failed: ${error.message}`));
    worker.on('messageerror', (error: Error) => this.stopped(worker, `a page could not be passed on: ${error.message}`));
    worker.on('exit', (code) => this.stopped(worker, `it exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private settle(answer: PageAnswer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    if ('page' in answer) waiting.resolve(answer.page);
    else if ('error' in answer) waiting.reject(new ApiError(answer.error.kind, answer.error.message, answer.error.details));
    else waiting.reject(new PullThreadError(`A sync page could not be read: ${answer.failure}`));
  }

  private stopped(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(why);
  }

  private failAll(why: string): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) {
      w.reject(new PullThreadError(`The thread that reads the sync's pages stopped (${why}); nothing after the last page applied was kept, and the next sync goes on from there`));
    }
  }
}
