import { DeleteTemplateArgs, type DELETE_TEMPLATE } from '../../../protocol/mutations/delete-template.ts';
import type { MutationModule } from './module.ts';

export const deleteTemplate: MutationModule<typeof DELETE_TEMPLATE> = {
  args: DeleteTemplateArgs,
  effect(store, args) {
    store.knowledge.removeLocalTemplate(args.templateId);
  },
  // A refused delete puts the server's copy back in the list.
  undo(store, args) {
    store.knowledge.revertTemplateToServer(args.templateId);
    return [];
  },
  announces: ['template'],
};
