// Says who blocked this case's sender, when and why, with the way to lift it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockedSender } from '../../../shared/blocks.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { blockErrorText } from './blockErrorText.ts';

export function BlockedBanner({ block }: { block: BlockedSender }) {
  const { t } = useTranslation();
  const { when } = useFormatters();
  const [error, setError] = useState<string | null>(null);
  const unblock = () => {
    setError(null);
    api.unblockSender({ blockId: block.id }).catch((failure: unknown) => setError(blockErrorText(t, contractError(failure))));
  };
  return (
    <div className="blocked-banner" role="status" data-testid="blocked-banner" data-block-id={block.id}>
      <p>
        {t('block.banner', { agent: block.blockedByName, date: when(block.blockedAt), reason: block.reason })}
        {block.pending ? <span className="hint"> {t('block.pending')}</span> : null}
      </p>
      <button type="button" className="button" data-testid="unblock-sender" onClick={unblock}>{t('block.unblock')}</button>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </div>
  );
}
