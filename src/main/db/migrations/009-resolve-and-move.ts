import type { Migration } from './index.ts';

// Classification and moving to private: the case's private target and the links between a
// public case and the private one it continued in (ids plus numbers, so "#1234" shows even when
// the other case is not in this cache), and the server's reason, resolution and target, so a
// refused resolve or move goes back to them on screen.
//
// Numbered 009 across the project; its place in this list is set where it is registered.
export const m009ResolveAndMove: Migration = {
  version: 9,
  name: '009-resolve-and-move',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN moved_to TEXT;
      ALTER TABLE cases ADD COLUMN continues_id TEXT;
      ALTER TABLE cases ADD COLUMN continues_number INTEGER;
      ALTER TABLE cases ADD COLUMN continued_in_id TEXT;
      ALTER TABLE cases ADD COLUMN continued_in_number INTEGER;
      ALTER TABLE cases ADD COLUMN server_reason TEXT;
      ALTER TABLE cases ADD COLUMN server_resolution TEXT;
      ALTER TABLE cases ADD COLUMN server_moved_to TEXT;
      -- Until now a case's reason and resolution only ever came from the server.
      UPDATE cases SET server_reason = reason, server_resolution = resolution;
    `);
  },
};
