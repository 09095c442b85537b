import type { Feed } from '../../feed.ts';
import type { FeedWrites } from '../repositories.ts';
import type { Sync } from './promised.ts';

/** The feed's projection logic stays in feed.ts; the store hands its writes to the transaction. */
export const sqliteFeedWrites = (feed: Feed): Sync<FeedWrites> => ({
  publishCase: (caseId, removedReason) => feed.publishCase(caseId, removedReason),
  publishMessage: (messageId) => feed.publishMessage(messageId),
  publishCustomer: (customerId) => feed.publishCustomer(customerId),
  publishWithCustomer: (entity, id) => feed.publishWithCustomer(entity, id),
  publishReviews: (packId, caseId) => feed.publishReviews(packId, caseId),
  publishGlobal: (entity, id, version, scope) => feed.publishGlobal(entity, id, version, scope),
  publishPack: (packId) => feed.publishPack(packId),
  publishCoaching: (entity, id) => feed.publishCoaching(entity, id),
  retractCoaching: (entity, id) => feed.retractCoaching(entity, id),
  retract: (entity, id, scope, reason) => feed.retract(entity, id, scope, reason),
  compact: (before) => feed.compact(before),
});
