import type { Migration } from './index.ts';

// The company's promotional post a customer message answers (null for any other message): a
// stock "¡Quiero!" under a promo is noise the filter counts, not work for the queue.
export const m012PromoReplies: Migration = {
  version: 12,
  name: '012-promo-replies',
  up(db) {
    db.exec('ALTER TABLE messages ADD COLUMN promo TEXT');
  },
};
