// The organisation's people: who is in which team, hired when, supervising which teams; the
// presence this console says; the supervisor's team view and the reassignments queued here.
import type { ConsoleController } from '../console/controller.ts';
import { CodedError } from '../../shared/errors.ts';
import { reassignments, teamView } from '../team/view.ts';
import type { Handlers } from './handlers.ts';

type TeamHandlers = Pick<Handlers, 'listAgents' | 'presence' | 'setPresence' | 'teamView' | 'reassignCase' | 'reassignments'>;

export function teamHandlers(controller: ConsoleController): TeamHandlers {
  const reporter = () => {
    const found = controller.current.presence;
    if (!found) throw new CodedError('invalid_input', 'A trainer has no presence');
    return found;
  };
  return {
    listAgents: () => controller.current.store.reference.agents(),
    presence: () => reporter().status(),
    setPresence: ({ state }) => reporter().choose(state),
    teamView: () => teamView(controller.current),
    reassignCase: ({ caseId, to }) => {
      const { mutationId } = controller.current.commands.reassignCase(caseId, to, controller.current.profile.role);
      return { mutationId };
    },
    reassignments: () => reassignments(controller.current.store),
  };
}
