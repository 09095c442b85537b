// The organisation's people: who is in which team, hired when, supervising which teams.
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';

type TeamHandlers = Pick<Handlers, 'listAgents'>;

export function teamHandlers(controller: ConsoleController): TeamHandlers {
  return {
    listAgents: () => controller.current.store.reference.agents(),
  };
}
