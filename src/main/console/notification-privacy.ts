// The profile's notification privacy, kept in its own cache (so it goes with the profile and is
// never synced): the defaults until the agent changes them.
import { DEFAULT_NOTIFICATION_PRIVACY, NotificationPrivacy } from '../../shared/notification-privacy.ts';
import type { Store } from '../db/store.ts';

const KEY = 'notification_privacy';

export function notificationPrivacy(store: Store): NotificationPrivacy {
  const text = store.syncState.get(KEY);
  if (text === null) return DEFAULT_NOTIFICATION_PRIVACY;
  try {
    const parsed = NotificationPrivacy.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_PRIVACY;
  } catch {
    return DEFAULT_NOTIFICATION_PRIVACY;
  }
}

export function saveNotificationPrivacy(store: Store, privacy: NotificationPrivacy): NotificationPrivacy {
  store.syncState.set(KEY, JSON.stringify(privacy));
  return privacy;
}
