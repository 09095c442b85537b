import type { Feed } from '../../feed.ts';
import type { FeedReads } from '../repositories.ts';
import type { Sync } from './promised.ts';

/** Pull pages come from the feed's own statements (feed.ts), as the writes do. */
export const sqliteFeedReads = (feed: Feed): Sync<FeedReads> => ({
  page: (scope, after, limit, skipDelsThrough) => feed.page(scope, after, limit, skipDelsThrough),
  lastSeq: () => feed.lastSeq(),
  horizon: () => feed.horizon(),
});
