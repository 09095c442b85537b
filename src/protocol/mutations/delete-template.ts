import { z } from 'zod';
import { id } from '../fields.ts';

export const DELETE_TEMPLATE = 'delete_template';
export const DeleteTemplateArgs = z.object({ templateId: id });
