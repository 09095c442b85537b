// The coaching plan, offline: a supervisor of the agent's team (as this cache knows the teams)
// sets objectives and writes the weekly one-on-one notes; the server checks again.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SaveCoachingNoteArgs } from '../../protocol/mutations/save-coaching-note.ts';
import { SaveCoachingObjectiveArgs } from '../../protocol/mutations/save-coaching-objective.ts';
import type { ObjectiveFields } from '../../shared/coaching/plan.ts';
import { agentsOfMyTeams } from '../../shared/team-members.ts';
import type { Store } from '../db/store.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

type Done = Omit<Queued, 'caseId'>;

/** Whether `supervisor` supervises the team `agent` is on, as this cache knows the teams. */
export function supervisesAgent(store: Store, supervisor: string, agent: string): boolean {
  return agentsOfMyTeams(store.reference.agents(), supervisor).some((a) => a.username === agent);
}

function requireTeamSupervisor(ctx: CommandContext, agent: string): void {
  if (!supervisesAgent(ctx.store, ctx.author().username, agent)) {
    throw new CommandError('not_team_supervisor', `Only a supervisor of ${agent}'s team writes their coaching plan`);
  }
}

/** Adds an objective (no id) or edits one; returns its id. */
export function saveCoachingObjective(ctx: CommandContext, input: ObjectiveFields & { agent: string; objectiveId?: string | undefined }): Done & { objectiveId: string } {
  requireTeamSupervisor(ctx, input.agent);
  if (input.objectiveId !== undefined) {
    const existing = ctx.store.coaching.objective(input.objectiveId);
    if (!existing || existing.agent !== input.agent) throw new CommandError('objective_not_found', 'That objective is no longer in the plan');
  }
  const parsed = SaveCoachingObjectiveArgs.safeParse({ ...input, objectiveId: input.objectiveId ?? randomUUID() });
  if (!parsed.success) throw new CommandError('invalid_coaching', `The objective is not valid: ${z.prettifyError(parsed.error)}`);
  return { ...ctx.enqueue('save_coaching_objective', parsed.data, null), objectiveId: parsed.data.objectiveId };
}

export function removeCoachingObjective(ctx: CommandContext, objectiveId: string): Done {
  const existing = ctx.store.coaching.objective(objectiveId);
  if (!existing) throw new CommandError('objective_not_found', 'That objective is no longer in the plan');
  requireTeamSupervisor(ctx, existing.agent);
  return ctx.enqueue('remove_coaching_objective', { objectiveId }, null);
}

/** The note of the week starting on `week` (a Monday): written, or rewritten. */
export function saveCoachingNote(ctx: CommandContext, input: { agent: string; week: string; text: string }): Done {
  requireTeamSupervisor(ctx, input.agent);
  const parsed = SaveCoachingNoteArgs.safeParse(input);
  if (!parsed.success) throw new CommandError('invalid_coaching', `The note is not valid: ${z.prettifyError(parsed.error)}`);
  return ctx.enqueue('save_coaching_note', parsed.data, null);
}
