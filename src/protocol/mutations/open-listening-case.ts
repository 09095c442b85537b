import { z } from 'zod';
import { id } from '../fields.ts';

export const OPEN_LISTENING_CASE = 'open_listening_case';
/**
 * A proactive case from a post: on the post's public channel (a public answer by default, as the
 * guide advises), assigned to whoever opened it. The server opens it once per post.
 */
export const OpenListeningCaseArgs = z.object({ postId: id });
