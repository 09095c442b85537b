import type { Migration } from './index.ts';

// Supervisors' QA reviews, synced from the server (its reviewers, the reviewed agent, the pack's
// creator see them). `data` is the review as shown: the server's copy (`server_data`) with this
// console's pending changes over it, so a refused change goes back to the server's at once;
// version 0 marks a review submitted here and not yet confirmed. `qa_review_drafts` is this
// console's own, never synced: a review being typed, by pack and case, until it is submitted.
export const m017QaReviews: Migration = {
  version: 17,
  name: '017-qa-reviews',
  up(db) {
    db.exec(`
      CREATE TABLE qa_reviews (
        id TEXT PRIMARY KEY,
        pack_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        agent TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        data TEXT NOT NULL,
        server_data TEXT,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX qa_reviews_pack ON qa_reviews(pack_id, case_id);
      CREATE INDEX qa_reviews_agent ON qa_reviews(agent);
      CREATE TABLE qa_review_drafts (
        pack_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        answers TEXT NOT NULL,
        comments TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (pack_id, case_id)
      ) STRICT;
    `);
  },
};
