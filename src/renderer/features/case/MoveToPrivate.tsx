// "Pasar a privado" on a case on a public channel: one action opens the invitation to review,
// and the case then says where the customer was invited to carry on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPublicCaseChannel } from '../../../shared/private-targets.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { MoveToPrivateForm } from './MoveToPrivateForm.tsx';

export function MoveToPrivate({ summary, agentName }: { summary: CaseSummary; agentName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!isPublicCaseChannel(summary.channel)) return null;
  return (
    <div className="move-private">
      <button type="button" className="button ghost" data-testid="move-to-private" title={t('movePrivate.button')} onClick={() => setOpen(true)}>
        <Icon name="lock" />
        <span className="label">{t('movePrivate.button')}</span>
      </button>
      {summary.movedTo ? (
        <p className="move-private-note" data-testid="moved-to" data-channel={summary.movedTo}>
          {t('movePrivate.movedTo', { channel: t(`channel.${summary.movedTo}`) })}
        </p>
      ) : null}
      <Dialog open={open} title={t('movePrivate.title')} onClose={() => setOpen(false)} testId="move-private-dialog">
        <MoveToPrivateForm summary={summary} agentName={agentName} onDone={() => setOpen(false)} />
      </Dialog>
    </div>
  );
}
