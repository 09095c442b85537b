import type { Migration } from './index.ts';

// Listening posts: public posts naming the brand without addressing the company, synced to
// every agent and supervisor. `data` is what Escucha shows (the server's copy with this
// console's pending reaction, dismissal or opening over it), `server_data` what the server last
// said, so a refused change goes back at once.
export const m029Listening: Migration = {
  version: 29,
  name: '029-listening',
  up(db) {
    db.exec(`
      CREATE TABLE listening_posts (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        server_data TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX listening_posts_posted ON listening_posts(posted_at);
    `);
  },
};
