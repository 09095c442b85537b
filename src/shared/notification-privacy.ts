// What OS notifications may show of a customer, per profile. A notification can be read over a
// shoulder or on a locked screen: an agent can hide the customer's name and text from them all,
// and public figures' cases hide them unless the agent says otherwise.
import { z } from 'zod';

export const NotificationPrivacy = z.object({
  /** Hide the customer's name and text from every notification. */
  hideAll: z.boolean(),
  /** Hide them from the notifications of public figures' cases. */
  hidePublicFigures: z.boolean(),
}).strict();
export type NotificationPrivacy = z.infer<typeof NotificationPrivacy>;

export const DEFAULT_NOTIFICATION_PRIVACY: NotificationPrivacy = { hideAll: false, hidePublicFigures: true };
