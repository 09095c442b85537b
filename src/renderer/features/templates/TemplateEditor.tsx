// Writing one of the agent's own templates: a new one, an edit, or a personal copy of any
// template. Saved offline (queued like any change); mistakes are explained beside their field.
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSuggestion } from '../../../shared/contract.ts';
import { TEMPLATE_BODY_MAX as BODY_MAX, TEMPLATE_TITLE_MAX as TITLE_MAX } from '../../../shared/templates.ts';
import { LANGUAGES, type Language } from '../../../shared/domain.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { ChannelChoice } from './ChannelChoice.tsx';
import { PlaceholderHelp } from './PlaceholderHelp.tsx';
import { sampleValues } from './sampleValues.ts';
import { TemplatePreview } from './TemplatePreview.tsx';
import { checkForm, emptyForm, formFrom, isValid, toInput, type Field, type TemplateForm } from './templateForm.ts';

/** Where the agent is taken to fix a problem, in the order the fields appear. */
const FIELDS: readonly (readonly [Field, string])[] = [
  ['title', '#template-title'],
  ['shortcut', '#template-shortcut'],
  ['channels', '.channel-choice input[type="checkbox"]'],
  ['body', '#template-body'],
];

export type EditorStart = { kind: 'new' } | { kind: 'edit' | 'copy'; template: TemplateSuggestion };

interface Props {
  start: EditorStart;
  onSaved: (templateId: string) => void;
  onCancel: () => void;
}

export function TemplateEditor({ start, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<TemplateForm>(() => (start.kind === 'new' ? emptyForm(i18n.language) : formFrom(start.template, start.kind === 'copy')));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const check = checkForm(form);
  const problem = (field: Field): string | null => {
    const found = tried ? check.problems[field] : undefined;
    return found ? t(`templatesPanel.problems.${found}`, { max: field === 'title' ? TITLE_MAX : BODY_MAX }) : null;
  };
  const set = (patch: Partial<TemplateForm>) => setForm((prev) => ({ ...prev, ...patch }));

  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (!isValid(check)) {
      const first = FIELDS.find(([field]) => check.problems[field]);
      if (first) formRef.current?.querySelector<HTMLElement>(first[1])?.focus();
      return;
    }
    setSaving(true);
    setFailure(null);
    api.saveTemplate(toInput(form, start.kind === 'edit' ? start.template.id : undefined)).then(
      ({ templateId }) => onSaved(templateId),
      (error: unknown) => {
        setSaving(false);
        setFailure(t('templatesPanel.editor.saveFailed', { message: errorText(t, contractError(error)) }));
      },
    );
  };

  const titleError = problem('title');
  const shortcutError = problem('shortcut');
  const bodyError = problem('body');
  return (
    <form ref={formRef} className="form template-editor" onSubmit={save} noValidate data-testid="template-editor-form">
      <label htmlFor="template-title">{t('templatesPanel.editor.title')}</label>
      <input id="template-title" data-testid="template-title" value={form.title} required
        aria-invalid={titleError !== null} aria-describedby="template-title-error" onChange={(e) => set({ title: e.target.value })} />
      <p id="template-title-error" className="error">{titleError}</p>

      <label htmlFor="template-shortcut">{t('templatesPanel.editor.shortcut')}</label>
      <input id="template-shortcut" data-testid="template-shortcut" value={form.shortcut} autoComplete="off" spellCheck={false}
        aria-invalid={shortcutError !== null} aria-describedby="template-shortcut-hint template-shortcut-error"
        onChange={(e) => set({ shortcut: e.target.value })} />
      <p id="template-shortcut-hint" className="hint">{t('templatesPanel.editor.shortcutHint')}</p>
      <p id="template-shortcut-error" className="error">{shortcutError}</p>

      <label htmlFor="template-language">{t('templatesPanel.editor.language')}</label>
      <select id="template-language" data-testid="template-language" value={form.language}
        onChange={(e) => set({ language: e.target.value as Language })}>
        {LANGUAGES.map((language) => <option key={language} value={language}>{t(`templatesPanel.languages.${language}`)}</option>)}
      </select>

      <ChannelChoice all={form.allChannels} channels={form.channels} error={problem('channels')}
        onChange={(allChannels, channels) => set({ allChannels, channels })} />

      <label htmlFor="template-body">{t('templatesPanel.editor.body')}</label>
      <textarea id="template-body" data-testid="template-body" rows={6} value={form.body} required
        aria-invalid={bodyError !== null} aria-describedby="template-body-error template-unknown"
        onChange={(e) => set({ body: e.target.value })} />
      <p id="template-body-error" className="error">{bodyError}</p>
      <p id="template-unknown" className="template-warning-text" data-testid="template-unknown">
        {check.unknown.length > 0 ? t('templatesPanel.editor.unknown', { names: check.unknown.join(', ') }) : null}
      </p>
      <PlaceholderHelp />

      <h3 className="template-preview-title">{t('templatesPanel.editor.preview')}</h3>
      {form.body.trim() === ''
        ? <p className="hint">{t('templatesPanel.editor.previewEmpty')}</p>
        : <TemplatePreview body={form.body} values={sampleValues(t, form.language)} testId="template-editor-preview" />}

      <p className="error" role="alert" data-testid="template-save-error">{failure}</p>
      <div className="actions">
        <button type="submit" className="button primary" data-testid="save-template" disabled={saving}>
          {saving ? t('templatesPanel.editor.saving') : t('templatesPanel.editor.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('templatesPanel.editor.cancel')}</button>
      </div>
    </form>
  );
}
