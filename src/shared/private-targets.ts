// The public channels a case may move to private from, and where each goes by default
// [pasar a privado]. Kept apart from the setting's zod schema (move-to-private.ts): the case
// view needs only these, and a schema beside them would bring zod into the window's first chunk.
import type { Channel } from './domain.ts';

export type PublicChannel = 'facebook_post' | 'x_mention' | 'instagram_comment' | 'mercadolibre';

/** The same network's private channel first; e-mail (or WhatsApp) where the network has none. */
export const DEFAULT_PRIVATE_TARGETS: Record<PublicChannel, Channel[]> = {
  x_mention: ['x_dm', 'email'],
  facebook_post: ['facebook_messenger', 'email'],
  instagram_comment: ['instagram_dm', 'email'],
  // MercadoLibre's questions have no private reply: the customer's e-mail or WhatsApp.
  mercadolibre: ['email', 'whatsapp'],
};

export const isPublicCaseChannel = (channel: Channel): channel is PublicChannel => Object.hasOwn(DEFAULT_PRIVATE_TARGETS, channel);
