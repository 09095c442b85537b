// After a large pull (a first sync, a resync, a long absence) the console hands back the memory
// that pull needed and nothing after it does. V8 grows its young generation to more than a
// hundred megabytes while thousands of pages are parsed and applied, and keeps it once they are
// garbage; SQLite keeps the pages it read. Only a last-resort collection shrinks the young
// generation again, and Node has no call for it outside the `gc` function V8 gives a context
// created while --expose-gc is set (as jest's leak detector gets it).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Db } from './db/connection.ts';

/** A pull at least this large leaves garbage worth a full collection (lucia's first sync: ~35 000). */
export const LARGE_PULL_CHANGES = 5_000;

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collect: Collect | null = null;

function collector(): Collect {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    try {
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      if (typeof gc !== 'function') throw new Error('this runtime gives no garbage collector to call');
      collect = gc as Collect;
    } finally {
      // Only that one context gets `gc`; contexts created later do not.
      setFlagsFromString('--no-expose-gc');
    }
  }
  return collect;
}

/**
 * Frees what a large pull left behind: SQLite's page cache (pages are read again from the file
 * when asked for), then everything V8 can give back, its young generation shrunk. Holds the main
 * thread once for a few hundred milliseconds at most; says how long, and the heap before and after.
 */
export function releaseMemory(db: Db): { ms: number; heapBefore: number; heapAfter: number } {
  const started = performance.now();
  const heapBefore = process.memoryUsage().heapTotal;
  db.pragma('shrink_memory');
  collector()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return { ms: Math.round(performance.now() - started), heapBefore, heapAfter: process.memoryUsage().heapTotal };
}
