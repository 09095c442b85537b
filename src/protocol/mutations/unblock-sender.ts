import { z } from 'zod';
import { id } from '../fields.ts';

export const UNBLOCK_SENDER = 'unblock_sender';
/** Any block id the server published may be lifted, not only ones a console chose. */
export const UnblockSenderArgs = z.object({ blockId: id });
