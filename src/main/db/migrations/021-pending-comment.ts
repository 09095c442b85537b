import type { Migration } from './index.ts';

// A review draft keeps the comment being typed and not yet added (its text and the message it
// is anchored to, as JSON), so it survives a restart like the answers do. NULL: none.
export const m021PendingComment: Migration = {
  version: 21,
  name: '021-pending-comment',
  up(db) {
    db.exec('ALTER TABLE qa_review_drafts ADD COLUMN pending_comment TEXT');
  },
};
