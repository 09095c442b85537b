// The block list: blocking a case's sender, lifting a block, and reading who is blocked.
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';

type BlockHandlers = Pick<Handlers, 'blockSender' | 'unblockSender' | 'listBlocked' | 'getCaseBlock'>;

export function blockHandlers(controller: ConsoleController): BlockHandlers {
  const store = () => controller.current.store;
  return {
    blockSender: ({ caseId, reason }) => {
      const { blockId } = controller.current.commands.blockSender(caseId, reason);
      return { blockId };
    },
    unblockSender: ({ blockId }) => {
      controller.current.commands.unblockSender(blockId);
      return null;
    },
    listBlocked: () => store().blocks.list(),
    getCaseBlock: ({ caseId }) => {
      const sender = store().blocks.senderOfCase(caseId);
      return sender ? store().blocks.forSender(sender.channel, sender.handle) : null;
    },
  };
}
