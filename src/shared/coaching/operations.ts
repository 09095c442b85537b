// The contract's operations for the coaching plan (spread into CONTRACT): an agent's plan read
// from the cache, and a supervisor's writes, each queued like any change (works offline).
import { z } from 'zod';
import { op } from '../contract-op.ts';
import { COACHING_NOTE_MAX, MondayDate, ObjectiveFields, type CoachingPlanView } from './plan.ts';

const agent = z.string().min(1).max(100);
const objectiveId = z.string().min(1).max(200);

export const COACHING_OPERATIONS = {
  /** The agent's objectives and weekly notes as this computer holds them, and whether the one asking may write them. */
  coachingPlan: op<CoachingPlanView>()(z.object({ agent }).strict()),
  /** A supervisor of the agent's team: adds an objective (no id) or edits one. */
  saveCoachingObjective: op<{ objectiveId: string; mutationId: string }>()(ObjectiveFields.extend({ agent, objectiveId: objectiveId.optional() }).strict()),
  removeCoachingObjective: op<{ mutationId: string }>()(z.object({ objectiveId }).strict()),
  /** A supervisor of the agent's team: writes (or rewrites) the note of a week's one-on-one, the week named by its Monday. */
  saveCoachingNote: op<{ mutationId: string }>()(z.object({ agent, week: MondayDate, text: z.string().trim().min(1).max(COACHING_NOTE_MAX) }).strict()),
};
