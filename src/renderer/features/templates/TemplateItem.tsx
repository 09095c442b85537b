// One template in the panel: title, "/shortcut", language, a badge for the agent's own, warnings
// for this case's channel, its text when chosen, and what the agent may do with it.
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { TemplateSuggestion } from '../../../shared/contract.ts';
import { Icon } from '../../ui/Icon.tsx';
import { sampleValues } from './sampleValues.ts';
import { TemplatePreview } from './TemplatePreview.tsx';
import type { CaseContext } from './useCaseContext.ts';

export const itemId = (id: string) => `template-item-${id}`;

export interface ItemActions {
  choose: (template: TemplateSuggestion) => void;
  insert: (template: TemplateSuggestion) => void;
  edit: (template: TemplateSuggestion) => void;
  copy: (template: TemplateSuggestion) => void;
  remove: (template: TemplateSuggestion) => void;
}

interface Props {
  template: TemplateSuggestion;
  chosen: boolean;
  expanded: boolean;
  /** The open case, once read: warnings say its channel's limit, the preview shows its values. */
  context: CaseContext | null;
  canInsert: boolean;
  actions: ItemActions;
}

export function TemplateItem({ template, chosen, expanded, context, canInsert, actions }: Props) {
  const { t } = useTranslation();
  const channel = context?.channel ?? null;
  const id = itemId(template.id);
  const forChannels = (template.channels ?? []).map((c) => t(`channel.${c}`)).join(', ');
  return (
    <li id={id} className={chosen ? 'template-item chosen' : 'template-item'} data-testid="template-item"
      data-template-id={template.id} data-personal={template.personal} data-chosen={chosen}>
      <div className="template-item-head">
        <button type="button" className="template-item-title" id={`${id}-title`} aria-expanded={expanded}
          aria-controls={expanded ? `${id}-preview` : undefined} onClick={() => actions.choose(template)}>
          {template.title}
        </button>
        {template.shortcut ? <span className="template-shortcut">/{template.shortcut}</span> : null}
        <abbr className="template-lang" title={t(`templatesPanel.languages.${template.language}`)}>{template.language.toUpperCase()}</abbr>
        {template.personal ? <span className="template-personal" data-testid="personal-badge">{t('templatesPanel.personal')}</span> : null}
      </div>
      {template.tooLong ? (
        <p className="template-warning" data-testid="too-long">
          <Icon name="warning" />
          {channel
            ? t('templatesPanel.tooLong', { length: Array.from(template.body).length, max: CHANNEL_INFO[channel].maxLength })
            : t('templatesPanel.tooLongHere')}
        </p>
      ) : null}
      {template.otherChannel ? (
        <p className="template-warning" data-testid="other-channel"><Icon name="warning" />{t('templatesPanel.otherChannel', { channels: forChannels })}</p>
      ) : null}
      {expanded ? (
        <div id={`${id}-preview`}>
          <TemplatePreview body={template.body} values={context?.values ?? sampleValues(t, template.language)} testId="template-preview" />
          {context ? null : <p className="hint template-sample-note">{t('templatesPanel.sampleNote')}</p>}
        </div>
      ) : null}
      <div className="template-actions">
        <button type="button" className="button primary" data-testid="insert-template" disabled={!canInsert}
          aria-describedby={`${id}-title`} onClick={() => actions.insert(template)}>{t('templatesPanel.insert')}</button>
        {template.personal ? (
          <>
            <button type="button" className="button" data-testid="edit-template" aria-describedby={`${id}-title`}
              onClick={() => actions.edit(template)}>{t('templatesPanel.edit')}</button>
            <button type="button" className="button" data-testid="delete-template" aria-describedby={`${id}-title`}
              onClick={() => actions.remove(template)}>{t('templatesPanel.delete')}</button>
          </>
        ) : (
          <button type="button" className="button" data-testid="copy-template" aria-describedby={`${id}-title`}
            onClick={() => actions.copy(template)}>{t('templatesPanel.copy')}</button>
        )}
      </div>
    </li>
  );
}
