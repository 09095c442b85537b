import { z } from 'zod';
import { id } from '../fields.ts';

export const DISMISS_LISTENING_POST = 'dismiss_listening_post';
/** A post that needs nothing from the company leaves Escucha's new posts. */
export const DismissListeningPostArgs = z.object({ postId: id });
