import type { Channel } from './domain.ts';

export interface ChannelInfo {
  /** Public channels are seen by everyone: never exchange private data there. */
  visibility: 'public' | 'private';
  /** Longest reply the channel accepts, in characters. */
  maxLength: number;
  /** Service level: minutes a customer may wait for an answer before the case is late. */
  slaMinutes: number;
}

// Limits follow each network's published maximums; SLA minutes follow the guide's
// "chat expects minutes, e-mail hours".
export const CHANNEL_INFO: Record<Channel, ChannelInfo> = {
  facebook_post: { visibility: 'public', maxLength: 8000, slaMinutes: 60 },
  facebook_messenger: { visibility: 'private', maxLength: 2000, slaMinutes: 30 },
  x_mention: { visibility: 'public', maxLength: 280, slaMinutes: 60 },
  x_dm: { visibility: 'private', maxLength: 10000, slaMinutes: 30 },
  instagram_comment: { visibility: 'public', maxLength: 2200, slaMinutes: 60 },
  instagram_dm: { visibility: 'private', maxLength: 1000, slaMinutes: 30 },
  whatsapp: { visibility: 'private', maxLength: 4096, slaMinutes: 15 },
  email: { visibility: 'private', maxLength: 100000, slaMinutes: 240 },
  webchat: { visibility: 'private', maxLength: 4000, slaMinutes: 5 },
  sms: { visibility: 'private', maxLength: 640, slaMinutes: 60 },
  mercadolibre: { visibility: 'public', maxLength: 2000, slaMinutes: 120 },
};

export const isPublicChannel = (channel: Channel): boolean =>
  CHANNEL_INFO[channel].visibility === 'public';

/** The public channels where the company's account can like a comment or a post (MercadoLibre's questions have no likes). */
export const LIKE_CHANNELS: readonly Channel[] = ['facebook_post', 'instagram_comment', 'x_mention'];
export const takesLikes = (channel: Channel): boolean => LIKE_CHANNELS.includes(channel);
