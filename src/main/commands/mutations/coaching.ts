// The coaching plan's changes, shown at once (version 0 or an edit over the server's copy) and
// put back to the server's copy when refused. Their rows are the plan's own: no case moves.
import { RemoveCoachingObjectiveArgs, type REMOVE_COACHING_OBJECTIVE } from '../../../protocol/mutations/remove-coaching-objective.ts';
import { SaveCoachingNoteArgs, type SAVE_COACHING_NOTE } from '../../../protocol/mutations/save-coaching-note.ts';
import { SaveCoachingObjectiveArgs, type SAVE_COACHING_OBJECTIVE } from '../../../protocol/mutations/save-coaching-objective.ts';
import { coachingNoteId } from '../../../shared/coaching/plan.ts';
import type { MutationModule } from './module.ts';

export const saveCoachingObjective: MutationModule<typeof SAVE_COACHING_OBJECTIVE> = {
  args: SaveCoachingObjectiveArgs,
  effect(store, { objectiveId, agent, metric, target, comparison, due, note }, { author, at }) {
    const createdBy = store.coaching.objective(objectiveId)?.createdBy ?? author.username;
    store.coaching.putObjectiveLocally(objectiveId, { agent, metric, target, comparison, due, note, createdBy, updatedAt: at });
  },
  undo(store, args) {
    store.coaching.revertObjective(args.objectiveId);
    return [];
  },
  announces: ['coaching_objective'],
};

export const removeCoachingObjective: MutationModule<typeof REMOVE_COACHING_OBJECTIVE> = {
  args: RemoveCoachingObjectiveArgs,
  effect(store, args) {
    store.coaching.removeObjectiveLocally(args.objectiveId);
  },
  undo(store, args) {
    store.coaching.revertObjective(args.objectiveId);
    return [];
  },
  announces: ['coaching_objective'],
};

export const saveCoachingNote: MutationModule<typeof SAVE_COACHING_NOTE> = {
  args: SaveCoachingNoteArgs,
  effect(store, { agent, week, text }, { author, at }) {
    store.coaching.putNoteLocally(coachingNoteId(agent, week), { agent, week, text, by: author.username, updatedAt: at });
  },
  undo(store, args) {
    store.coaching.revertNote(coachingNoteId(args.agent, args.week));
    return [];
  },
  announces: ['coaching_note'],
};
