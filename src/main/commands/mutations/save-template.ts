import { SaveTemplateArgs, type SAVE_TEMPLATE } from '../../../protocol/mutations/save-template.ts';
import type { MutationModule } from './module.ts';

/** Creates or edits one of the agent's personal templates. */
export const saveTemplate: MutationModule<typeof SAVE_TEMPLATE> = {
  args: SaveTemplateArgs,
  effect(store, args, { author, at }) {
    store.knowledge.saveLocalTemplate({
      id: args.templateId, title: args.title, shortcut: args.shortcut, language: args.language,
      channels: args.channels && JSON.stringify(args.channels), team: null, body: args.body, updated_at: at, owner: author.username,
    });
  },
  // A refused edit shows the server's text again; a refused new template, which the server
  // never had, leaves the list.
  undo(store, args) {
    store.knowledge.revertTemplateToServer(args.templateId);
    return [];
  },
  announces: ['template'],
};
