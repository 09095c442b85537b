import { DeleteTemplateArgs, type DELETE_TEMPLATE } from '../../../protocol/mutations/delete-template.ts';
import type { MutationModule } from './module.ts';

export const deleteTemplate: MutationModule<typeof DELETE_TEMPLATE> = {
  args: DeleteTemplateArgs,
  effect(store, args) {
    store.knowledge.removeTemplate(args.templateId);
  },
  announces: ['template'],
};
