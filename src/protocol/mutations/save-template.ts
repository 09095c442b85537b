import { z } from 'zod';
import { CHANNELS, LANGUAGES } from '../../shared/domain.ts';
import { id } from '../fields.ts';

export const SAVE_TEMPLATE = 'save_template';
/** Creates or edits one of the agent's personal templates. */
export const SaveTemplateArgs = z.object({
  /** A new template's id is a UUID the console chooses; company templates keep the server's ids. */
  templateId: id,
  title: z.string().trim().min(1).max(200),
  body: z.string().min(1).max(20_000),
  shortcut: z.string().regex(/^[a-z0-9_-]{1,30}$/, 'shortcuts are 1–30 lowercase letters, digits, - or _').nullable(),
  language: z.enum(LANGUAGES),
  channels: z.array(z.enum(CHANNELS)).nullable(),
});
