import { DELETE_TEMPLATE } from '../../protocol/mutations/delete-template.ts';
import { authorOnly } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const deleteTemplate: ServerMutation<typeof DELETE_TEMPLATE, undefined> = {
  name: DELETE_TEMPLATE,
  authorize: authorOnly,
  async apply(ctx, args, tx) {
    // Deleting what is already gone succeeds: the agent's intent is met.
    if (await tx.templates.remove(args.templateId)) await tx.feed.retract('template', args.templateId, ctx.username, 'deleted');
    return APPLIED;
  },
};
