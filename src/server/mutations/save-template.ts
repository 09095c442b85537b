// Personal templates: an agent creates, edits and deletes their own; company templates are the
// administrator's and cannot be changed from a console.
import { SAVE_TEMPLATE } from '../../protocol/mutations/save-template.ts';
import { authorOnly } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const saveTemplate: ServerMutation<typeof SAVE_TEMPLATE, undefined> = {
  name: SAVE_TEMPLATE,
  authorize: authorOnly,
  async apply(ctx, args, tx) {
    const version = await tx.templates.savePersonal({
      id: args.templateId, title: args.title, shortcut: args.shortcut, language: args.language, channels: args.channels,
      body: args.body, owner: ctx.username, at: ctx.now().toISOString(),
    });
    // Published to its author alone.
    await tx.feed.publishGlobal('template', args.templateId, version, ctx.username);
    return APPLIED;
  },
};
