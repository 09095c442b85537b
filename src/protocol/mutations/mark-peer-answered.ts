import { z } from 'zod';
import { id } from '../fields.ts';

export const MARK_PEER_ANSWERED = 'mark_peer_answered';
/** The case's agent marks (or unmarks) that another customer answered on a public thread; public channels only. */
export const MarkPeerAnsweredArgs = z.object({ caseId: id, answered: z.boolean() });
