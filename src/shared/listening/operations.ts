// The contract's operations for Escucha (spread into CONTRACT): the posts about the brand as
// this computer holds them, and an agent's or supervisor's like, dismissal or proactive case,
// and an agent's like on a customer's comment in their public case, each queued like any change
// (works offline).
import { z } from 'zod';
import { op } from '../contract-op.ts';
import type { ListeningPost } from './post.ts';

const postId = z.string().min(1).max(200);

export const LISTENING_OPERATIONS = {
  /** Every post, newest first. */
  listeningPosts: op<ListeningPost[]>()(z.object({}).strict()),
  /** The company's like on the post. */
  reactToPost: op<{ mutationId: string }>()(z.object({ postId }).strict()),
  dismissPost: op<{ mutationId: string }>()(z.object({ postId }).strict()),
  /** A proactive case on the post's public channel, for whoever opens it; it arrives with the next sync. */
  openCaseFromPost: op<{ mutationId: string }>()(z.object({ postId }).strict()),
  /** The company's like on a customer's comment or mention in the agent's own public case. */
  likeMessage: op<{ caseId: string; mutationId: string }>()(z.object({ messageId: z.string().min(1).max(200) }).strict()),
};
