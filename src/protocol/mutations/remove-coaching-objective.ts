import { z } from 'zod';

export const REMOVE_COACHING_OBJECTIVE = 'remove_coaching_objective';
/** Takes an objective out of an agent's coaching plan; a supervisor of the agent's team only. */
export const RemoveCoachingObjectiveArgs = z.object({ objectiveId: z.uuid() });
