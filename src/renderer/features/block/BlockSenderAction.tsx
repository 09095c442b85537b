// "Block sender": asks first, with a reason, because it hides the sender's messages from the
// whole team's queue. Works offline: the block shows at once and syncs later.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, contractError } from '../../lib/bridge.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { blockErrorText } from './blockErrorText.ts';

export function BlockSenderAction({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setOpen(false);
    setReason('');
    setError(null);
  };
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    api.blockSender({ caseId, reason: reason.trim() }).then(close, (failure: unknown) => setError(blockErrorText(t, contractError(failure))));
  };

  return (
    <>
      <button type="button" className="button ghost block-sender" data-testid="block-sender" title={t('block.action')} onClick={() => setOpen(true)}>
        <Icon name="block" />
        <span className="label">{t('block.action')}</span>
      </button>
      <Dialog open={open} title={t('block.confirmTitle')} onClose={close} testId="block-confirm">
        <form className="block-form" onSubmit={submit}>
          <p className="confirm-message">{t('block.confirmMessage')}</p>
          <label className="block-reason">
            {t('block.reason')}
            <input value={reason} maxLength={200} required placeholder={t('block.reasonPlaceholder')}
              data-testid="block-reason" onChange={(event) => setReason(event.target.value)} />
          </label>
          {error ? <p className="error" role="alert">{error}</p> : null}
          <div className="actions">
            <button type="submit" className="button danger" data-testid="block-confirm-yes" disabled={reason.trim() === ''}>
              {t('block.confirm')}
            </button>
            <button type="button" className="button" data-testid="block-confirm-no" onClick={close}>{t('block.cancel')}</button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
