import { z } from 'zod';
import { TEMPLATE_BODY_MAX, TEMPLATE_SHORTCUT, TEMPLATE_TITLE_MAX } from '../../shared/templates.ts';
import { CHANNELS, LANGUAGES } from '../../shared/domain.ts';
import { id } from '../fields.ts';

export const SAVE_TEMPLATE = 'save_template';
/** Creates or edits one of the agent's personal templates. */
export const SaveTemplateArgs = z.object({
  /** A new template's id is a UUID the console chooses; company templates keep the server's ids. */
  templateId: id,
  title: z.string().trim().min(1).max(TEMPLATE_TITLE_MAX),
  body: z.string().min(1).max(TEMPLATE_BODY_MAX),
  shortcut: z.string().regex(TEMPLATE_SHORTCUT, 'shortcuts are 1–30 lowercase letters, digits, - or _').nullable(),
  language: z.enum(LANGUAGES),
  channels: z.array(z.enum(CHANNELS)).nullable(),
});
