import { z } from 'zod';
import { COACHING_NOTE_MAX, MondayDate } from '../../shared/coaching/plan.ts';

export const SAVE_COACHING_NOTE = 'save_coaching_note';
/**
 * Writes the note of a weekly one-on-one (the week named by its Monday); a supervisor of the
 * agent's team only. One note per agent and week: saving again replaces its text.
 */
export const SaveCoachingNoteArgs = z.object({
  agent: z.string().min(1).max(100),
  week: MondayDate,
  text: z.string().trim().min(1).max(COACHING_NOTE_MAX),
});
