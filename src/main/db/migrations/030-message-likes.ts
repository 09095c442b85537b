import type { Migration } from './index.ts';

// The company's like on a customer's public comment or mention (`react` on a message), as JSON
// `{by, at}`: `liked` is what the thread shows (this console's pending like over the server's),
// `server_liked` what the server last said, so a refused like goes back at once. No server sent
// a like on a message before, so nothing cached needs pulling again.
export const m030MessageLikes: Migration = {
  version: 30,
  name: '030-message-likes',
  up(db) {
    db.exec(`
      ALTER TABLE messages ADD COLUMN liked TEXT;
      ALTER TABLE messages ADD COLUMN server_liked TEXT;
    `);
  },
};
