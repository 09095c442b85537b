// The agent's personal templates, created, edited and deleted offline; company templates are
// an administrator's.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { MutationArgs } from '../../protocol/mutations/index.ts';
import { SaveTemplateArgs } from '../../protocol/mutations/save-template.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/** Creates (no `templateId`) or edits one of the agent's personal templates, offline. */
export function saveTemplate(
  ctx: CommandContext,
  input: Omit<MutationArgs<'save_template'>, 'templateId'> & { templateId?: string },
): Omit<Queued, 'caseId'> & { templateId: string } {
  const existing = input.templateId === undefined ? undefined : ctx.store.knowledge.template(input.templateId);
  if (existing && existing.owner !== ctx.author().username) {
    throw new CommandError('not_owner', 'Company templates are edited by an administrator; save a personal copy instead');
  }
  const parsed = SaveTemplateArgs.safeParse({ ...input, templateId: input.templateId ?? randomUUID() });
  if (!parsed.success) throw new CommandError('invalid_template', `The template is not valid: ${z.prettifyError(parsed.error)}`);
  return { ...ctx.enqueue('save_template', parsed.data, existing?.version ?? null), templateId: parsed.data.templateId };
}

export function deleteTemplate(ctx: CommandContext, templateId: string): Omit<Queued, 'caseId'> {
  const existing = ctx.store.knowledge.template(templateId);
  if (!existing) throw new CommandError('template_not_found', `No template ${templateId} in this profile`);
  if (existing.owner !== ctx.author().username) {
    throw new CommandError('not_owner', 'Only your own templates can be deleted');
  }
  return ctx.enqueue('delete_template', { templateId }, existing.version);
}
