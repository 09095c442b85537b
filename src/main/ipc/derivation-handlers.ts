// Derivation: where a case can go, the derive and its answer queued like any change (offline
// too), and the cases derived to this person that wait for an answer.
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';
import { queuedOut } from './queued.ts';

type DerivationHandlers = Pick<Handlers, 'derivationOptions' | 'deriveCase' | 'answerDerivation' | 'derivedToMe'>;

export function derivationHandlers(controller: ConsoleController): DerivationHandlers {
  const commands = () => controller.current.commands;
  return {
    derivationOptions: () => commands().derivationOptions(),
    deriveCase: ({ caseId, to, note }) => queuedOut(commands().deriveCase(caseId, to, note)),
    answerDerivation: ({ caseId, outcome, note }) => queuedOut(commands().answerDerivation(caseId, outcome, note)),
    derivedToMe: () => commands().derivedToMe(),
  };
}
