// A listening post: a public post that names the brand without addressing the company's
// accounts. It opens no case; an agent or supervisor reacts to it with a like, dismisses it, or
// opens a proactive case from it (a public answer, as the guide advises).
export const LISTENING_STATES = ['new', 'reacted', 'dismissed', 'opened'] as const;
export type ListeningState = (typeof LISTENING_STATES)[number];

/** The public channels a post can be heard on. */
export const LISTENING_CHANNELS = ['facebook_post', 'x_mention', 'instagram_comment', 'mercadolibre'] as const;
export type ListeningChannel = (typeof LISTENING_CHANNELS)[number];

export interface ListeningPost {
  id: string;
  channel: ListeningChannel;
  /** The author's name and account, as the network shows them. */
  author: string;
  handle: string;
  text: string;
  followers: number;
  influence: 'low' | 'medium' | 'high';
  matched: { keyword: string; form: string };
  state: ListeningState;
  /** Who reacted, dismissed or opened it, and the case opened from it. */
  by: string | null;
  caseId: string | null;
  /** The company's likes on it (at most one: the company's account likes once). */
  reactions: number;
  postedAt: string;
  /** A change of this console's not yet confirmed by the server. */
  pending: boolean;
}
