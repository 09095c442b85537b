// The coaching plan: read from the cache, written by a supervisor of the agent's team through
// queued changes (offline too). A refused change stays listed, with why, until dismissed.
import type { CoachingPlanView } from '../../shared/coaching/plan.ts';
import type { MutationView } from '../../shared/models.ts';
import { supervisesAgent } from '../commands/coaching.ts';
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';

type CoachingHandlers = Pick<Handlers, 'coachingPlan' | 'saveCoachingObjective' | 'removeCoachingObjective' | 'saveCoachingNote'>;

const argsOf = (m: MutationView): Record<string, unknown> => (typeof m.args === 'object' && m.args !== null ? m.args as Record<string, unknown> : {});

export function coachingHandlers(controller: ConsoleController): CoachingHandlers {
  const store = () => controller.current.store;
  const commands = () => controller.current.commands;
  return {
    coachingPlan: ({ agent }): CoachingPlanView => {
      const s = store();
      const objectives = s.coaching.objectives(agent);
      const known = new Set(objectives.map((o) => o.id));
      const refused = s.outbox.coachingChanges()
        .filter((m) => m.status !== 'pending' && (argsOf(m).agent === agent || known.has(String(argsOf(m).objectiveId))))
        .map((m) => ({ id: m.id, name: m.name, reason: m.reason, message: m.message }));
      return {
        agent,
        agentName: s.reference.nameOf(agent),
        objectives,
        notes: s.coaching.notes(agent),
        canEdit: supervisesAgent(s, controller.current.profile.username, agent),
        refused,
      };
    },
    saveCoachingObjective: (input) => {
      const { objectiveId, mutationId } = commands().saveCoachingObjective(input);
      return { objectiveId, mutationId };
    },
    removeCoachingObjective: ({ objectiveId }) => ({ mutationId: commands().removeCoachingObjective(objectiveId).mutationId }),
    saveCoachingNote: (input) => ({ mutationId: commands().saveCoachingNote(input).mutationId }),
  };
}
