// What every part of the sandbox server works with: its store, the feed consoles pull from,
// and its settable clock.
import type { SandboxClock } from './clock.ts';
import type { Feed } from './feed.ts';
import type { SandboxDb } from './schema.ts';

export abstract class SandboxPart {
  protected readonly db: SandboxDb;
  protected readonly feed: Feed;
  protected readonly clock: SandboxClock;

  constructor(db: SandboxDb, feed: Feed, clock: SandboxClock) {
    this.db = db;
    this.feed = feed;
    this.clock = clock;
  }
}
