import { UndoMergeArgs, type UNDO_MERGE } from '../../../protocol/mutations/undo-merge.ts';
import { customerChange } from './customer-change.ts';
import type { MutationModule } from './module.ts';

export const undoMerge: MutationModule<typeof UNDO_MERGE> = { args: UndoMergeArgs, ...customerChange };
