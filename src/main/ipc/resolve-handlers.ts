// Classification and moving to private: the contact reasons, the products, the peer-answer mark, and the invitation a public case
// offers (the company template the `move_to_private` setting names, in the case's language).
import { FALLBACK_INVITATIONS, MOVE_TO_PRIVATE_SETTING, moveToPrivatePlan } from '../../shared/move-to-private.ts';
import { queuedOut } from './queued.ts';
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';

type ResolveHandlers = Pick<Handlers, 'setStatus' | 'getContactReasons' | 'getProducts' | 'markPeerAnswered' | 'getPrivateInvitation' | 'moveToPrivate'>;

export function resolveHandlers(controller: ConsoleController): ResolveHandlers {
  const store = () => controller.current.store;
  return {
    setStatus: ({ caseId, status, reason, resolution, product, callAvoided }) => {
      const queued = controller.current.commands.setStatus(caseId, status, { reason, resolution, product, callAvoided });
      return queuedOut(queued);
    },
    getContactReasons: () => controller.current.commands.contactReasons(),
    getProducts: () => controller.current.commands.products(),
    markPeerAnswered: ({ caseId, answered }) => queuedOut(controller.current.commands.markPeerAnswered(caseId, answered)),
    getPrivateInvitation: ({ caseId }) => {
      const found = store().cases.get(caseId);
      if (!found) return null;
      const plan = moveToPrivatePlan(store().reference.setting(MOVE_TO_PRIVATE_SETTING), found.channel);
      if (!plan) return null;
      // The customer reads it: a template in their language, else the plain one in their language.
      const chosen = plan.templateIds.flatMap((id) => store().knowledge.template(id) ?? []).find((t) => t.language === found.language);
      return {
        targets: plan.targets,
        body: chosen?.body ?? FALLBACK_INVITATIONS[found.language],
        template: chosen ? { id: chosen.id, version: chosen.version } : null,
      };
    },
    moveToPrivate: ({ caseId, text, channel, templates }) => {
      const queued = controller.current.commands.moveToPrivate(caseId, text, channel, { templates });
      return queuedOut(queued);
    },
  };
}
