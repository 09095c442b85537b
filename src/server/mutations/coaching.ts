// The coaching plan: a supervisor of the agent's team sets the agent's objectives and writes the
// note of each weekly one-on-one; the agent reads them. Each change reaches the agent and the
// supervisors of the agent's team (Feed.publishCoaching).
import { REMOVE_COACHING_OBJECTIVE } from '../../protocol/mutations/remove-coaching-objective.ts';
import { SAVE_COACHING_NOTE } from '../../protocol/mutations/save-coaching-note.ts';
import { SAVE_COACHING_OBJECTIVE } from '../../protocol/mutations/save-coaching-objective.ts';
import { coachingNoteId } from '../../shared/coaching/plan.ts';
import type { WireData } from '../../protocol/entities.ts';
import type { Tx } from '../store/store.ts';
import { APPLIED, type Authorization, type MutationContext, type ServerMutation } from './types.ts';

/** Only a supervisor of the team the agent belongs to writes the agent's plan. */
async function teamSupervisor(ctx: MutationContext, agent: string, tx: Tx): Promise<Authorization<undefined>> {
  if ((await tx.organisation.role(ctx.username)) !== 'supervisor') {
    return { refused: { status: 'rejected', reason: 'not_supervisor', message: 'Only a supervisor writes a coaching plan' } };
  }
  if ((await tx.organisation.role(agent)) !== 'agent') {
    return { refused: { status: 'rejected', reason: 'unknown_agent', message: `${agent} is not an agent` } };
  }
  if (!(await tx.organisation.supervisesAgent(ctx.username, agent))) {
    return { refused: { status: 'rejected', reason: 'not_team_supervisor', message: `You do not supervise ${agent}'s team` } };
  }
  return { granted: undefined };
}

type Objective = WireData<'coaching_objective'>;

export const saveCoachingObjective: ServerMutation<typeof SAVE_COACHING_OBJECTIVE, Objective | undefined> = {
  name: SAVE_COACHING_OBJECTIVE,
  async authorize(ctx, args, tx) {
    const existing = await tx.coaching.objective(args.objectiveId);
    // An objective stays with its agent: an edit naming another is not this objective.
    if (existing && existing.agent !== args.agent) {
      return { refused: { status: 'rejected', reason: 'objective_not_found', message: `Objective ${args.objectiveId} belongs to another agent` } };
    }
    const allowed = await teamSupervisor(ctx, args.agent, tx);
    return 'refused' in allowed ? allowed : { granted: existing };
  },
  async apply(ctx, args, tx, existing) {
    const { objectiveId, agent, metric, target, comparison, due, note } = args;
    await tx.coaching.saveObjective(objectiveId, {
      agent, metric, target, comparison, due, note, createdBy: existing?.createdBy ?? ctx.username, updatedAt: ctx.now().toISOString(),
    });
    await tx.feed.publishCoaching('coaching_objective', objectiveId);
    return APPLIED;
  },
};

export const removeCoachingObjective: ServerMutation<typeof REMOVE_COACHING_OBJECTIVE, undefined> = {
  name: REMOVE_COACHING_OBJECTIVE,
  async authorize(ctx, args, tx) {
    const existing = await tx.coaching.objective(args.objectiveId);
    if (!existing) return { refused: { status: 'rejected', reason: 'objective_not_found', message: 'The objective is no longer in the plan' } };
    return teamSupervisor(ctx, existing.agent, tx);
  },
  async apply(_ctx, args, tx) {
    await tx.feed.retractCoaching('coaching_objective', args.objectiveId);
    await tx.coaching.removeObjective(args.objectiveId);
    return APPLIED;
  },
};

export const saveCoachingNote: ServerMutation<typeof SAVE_COACHING_NOTE, undefined> = {
  name: SAVE_COACHING_NOTE,
  authorize: (ctx, args, tx) => teamSupervisor(ctx, args.agent, tx),
  async apply(ctx, { agent, week, text }, tx) {
    // One note per agent and week: a second supervisor's save of the same week replaces its text.
    const noteId = coachingNoteId(agent, week);
    await tx.coaching.saveNote(noteId, { agent, week, text, by: ctx.username, updatedAt: ctx.now().toISOString() });
    await tx.feed.publishCoaching('coaching_note', noteId);
    return APPLIED;
  },
};
