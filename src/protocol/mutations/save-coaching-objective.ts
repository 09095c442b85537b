import { z } from 'zod';
import { ObjectiveFields } from '../../shared/coaching/plan.ts';

export const SAVE_COACHING_OBJECTIVE = 'save_coaching_objective';
/**
 * Adds or edits an objective of an agent's coaching plan; a supervisor of the agent's team only.
 * The console chooses a new objective's id, so a resent push cannot add it twice.
 */
export const SaveCoachingObjectiveArgs = ObjectiveFields.extend({
  objectiveId: z.uuid(),
  agent: z.string().min(1).max(100),
});
