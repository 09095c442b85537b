import { z } from 'zod';
import { id } from '../fields.ts';

export const REACT = 'react';
/** A "like" on a public post heard by listening (the guide: at least react to mentions and comments). */
export const ReactArgs = z.object({ postId: id, reaction: z.literal('like') });
