import { z } from 'zod';
import { id } from '../fields.ts';

export const UNDO_MERGE = 'undo_merge';
/** Undoes a link or a merge: what moved goes back and the retired record returns. */
export const UndoMergeArgs = z.object({ caseId: id, mergeId: id });
