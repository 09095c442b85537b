// What every part of the sandbox server works with: its store, the feed consoles pull from,
// and its settable clock.
import type { SandboxClock } from './clock.ts';
import type { Feed } from './feed.ts';
import type { SandboxDb } from './schema.ts';
import { prepared } from './prepared.ts';

export abstract class SandboxPart {
  protected readonly db: SandboxDb;
  protected readonly feed: Feed;
  protected readonly clock: SandboxClock;

  constructor(db: SandboxDb, feed: Feed, clock: SandboxClock) {
    this.db = db;
    this.feed = feed;
    this.clock = clock;
  }

  /** A settings document as stored (JSON), or undefined when the organisation has none. */
  protected setting(id: string): unknown {
    const row = prepared<[string], { value: string }>(this.db, 'SELECT value FROM settings WHERE id = ?').get(id);
    return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
  }
}
