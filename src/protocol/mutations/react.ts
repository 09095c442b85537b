import { z } from 'zod';
import { id } from '../fields.ts';

export const REACT = 'react';
/** A "like" on a public post heard by listening (the guide: at least react to mentions and comments). */
export const ReactToPostArgs = z.strictObject({ postId: id, reaction: z.literal('like') });
/** A "like" on a customer's comment or mention inside one of the agent's public cases. */
export const ReactToMessageArgs = z.strictObject({ caseId: id, messageId: id, reaction: z.literal('like') });
/** Either target, never both (strict objects): a listening post (`postId`) or a customer's message of a public case (`caseId`, `messageId`). */
export const ReactArgs = z.union([ReactToPostArgs, ReactToMessageArgs]);
export type ReactArgs = z.infer<typeof ReactArgs>;

export const likesMessage = (args: ReactArgs): args is z.infer<typeof ReactToMessageArgs> => 'messageId' in args;
