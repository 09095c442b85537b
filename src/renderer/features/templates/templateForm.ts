// The personal-template editor's form: what the agent types, checked here before saving so
// mistakes are explained next to their field (main checks again with the contract's schema).
import type { TemplateInput, TemplateSuggestion } from '../../../shared/contract.ts';
import { LANGUAGES, type Channel, type Language } from '../../../shared/domain.ts';
import {
  renderTemplate, TEMPLATE_BODY_MAX as BODY_MAX, TEMPLATE_SHORTCUT as SHORTCUT, TEMPLATE_TITLE_MAX as TITLE_MAX,
} from '../../../shared/templates.ts';

export interface TemplateForm {
  title: string;
  shortcut: string;
  language: Language;
  /** Meant for every channel; otherwise only for `channels`. */
  allChannels: boolean;
  channels: Channel[];
  body: string;
}

export type Problem = 'titleRequired' | 'titleTooLong' | 'shortcutInvalid' | 'channelsRequired' | 'bodyRequired' | 'bodyTooLong';
export type Field = 'title' | 'shortcut' | 'channels' | 'body';

export interface FormCheck {
  problems: Partial<Record<Field, Problem>>;
  /** Placeholders Atiende does not know, as typed (`{{nombre}}`): saved, but left as fields to fill. */
  unknown: string[];
}

export function emptyForm(language: string): TemplateForm {
  const known = (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'es';
  return { title: '', shortcut: '', language: known, allChannels: true, channels: [], body: '' };
}

/** The editor's starting point for one of the agent's templates, or for a personal copy of any. */
export function formFrom(template: TemplateSuggestion, copy: boolean): TemplateForm {
  return {
    title: template.title,
    // A copy starts without the shortcut, so "/" keeps finding the company's template by it.
    shortcut: copy ? '' : (template.shortcut ?? ''),
    language: template.language,
    allChannels: template.channels === null,
    channels: template.channels ?? [],
    body: template.body,
  };
}

/** "/Chau " → "chau": the slash and case are how agents type it in the reply. */
const cleanShortcut = (shortcut: string): string => shortcut.trim().replace(/^\//, '').toLowerCase();

export function checkForm(form: TemplateForm): FormCheck {
  const problems: FormCheck['problems'] = {};
  const title = form.title.trim();
  if (title === '') problems.title = 'titleRequired';
  else if (title.length > TITLE_MAX) problems.title = 'titleTooLong';
  const shortcut = cleanShortcut(form.shortcut);
  if (shortcut !== '' && !SHORTCUT.test(shortcut)) problems.shortcut = 'shortcutInvalid';
  if (!form.allChannels && form.channels.length === 0) problems.channels = 'channelsRequired';
  if (form.body.trim() === '') problems.body = 'bodyRequired';
  else if (form.body.length > BODY_MAX) problems.body = 'bodyTooLong';
  const unknown = renderTemplate(form.body, {}).holes.filter((h) => h.kind === 'unknown').map((h) => `{{${h.name}}}`);
  return { problems, unknown: [...new Set(unknown)] };
}

export const isValid = (check: FormCheck): boolean => Object.keys(check.problems).length === 0;

/** What saveTemplate takes; `templateId` only when editing one of the agent's own. */
export function toInput(form: TemplateForm, templateId?: string): TemplateInput {
  const shortcut = cleanShortcut(form.shortcut);
  return {
    ...(templateId ? { templateId } : {}),
    title: form.title.trim(),
    body: form.body,
    shortcut: shortcut === '' ? null : shortcut,
    language: form.language,
    channels: form.allChannels ? null : form.channels,
  };
}
