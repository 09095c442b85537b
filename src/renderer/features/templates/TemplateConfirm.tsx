// The two questions the panel asks: insert a template longer than the case's channel accepts,
// and delete one of the agent's own templates.
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { TemplateSuggestion } from '../../../shared/contract.ts';
import type { Channel } from '../../../shared/domain.ts';
import { api } from '../../lib/bridge.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

export interface Asking {
  kind: 'long' | 'delete';
  template: TemplateSuggestion;
}

interface Props {
  asking: Asking | null;
  channel: Channel | null;
  onDone: () => void;
  onInsert: (template: TemplateSuggestion) => void;
  /** With null once deleted, or with what the deletion failed with. */
  onDeleted: (failure: unknown) => void;
}

export function TemplateConfirm({ asking, channel, onDone, onInsert, onDeleted }: Props) {
  const { t } = useTranslation();
  const template = asking?.template;
  const title = template?.title ?? '';
  const answer = (confirmed: boolean) => {
    onDone();
    if (!confirmed || !asking) return;
    if (asking.kind === 'long') onInsert(asking.template);
    else api.deleteTemplate({ templateId: asking.template.id }).then(() => onDeleted(null), onDeleted);
  };
  const longMessage = channel
    ? t('templatesPanel.confirmLong', {
      title, length: Array.from(template?.body ?? '').length, channel: t(`channel.${channel}`), max: CHANNEL_INFO[channel].maxLength,
    })
    : t('templatesPanel.confirmLongHere', { title });
  return (
    <>
      <ConfirmDialog open={asking?.kind === 'long'} title={t('templatesPanel.confirmLongTitle')} message={longMessage}
        confirmLabel={t('templatesPanel.confirmLongYes')} cancelLabel={t('templatesPanel.cancel')} testId="confirm-long"
        onAnswer={answer} />
      <ConfirmDialog open={asking?.kind === 'delete'} title={t('templatesPanel.confirmDeleteTitle')}
        message={t('templatesPanel.confirmDelete', { title })} confirmLabel={t('templatesPanel.confirmDeleteYes')}
        cancelLabel={t('templatesPanel.cancel')} danger testId="confirm-delete" onAnswer={answer} />
    </>
  );
}
