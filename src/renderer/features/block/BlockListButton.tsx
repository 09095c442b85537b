// The organisation's block list, behind a header button: who is blocked, by whom and why,
// each with a way to lift the block. Handles are customer text, rendered as text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, contractError } from '../../lib/bridge.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { blockErrorText } from './blockErrorText.ts';
import { useBlockList } from './useBlocks.ts';
import { isolateBidi } from '../../../shared/bidi.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

export function BlockListButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button ghost" data-testid="block-list-button" title={t('block.listButton')} onClick={() => setOpen(true)}>
        <Icon name="block" />
        <span className="label">{t('block.listButton')}</span>
      </button>
      <Dialog open={open} title={t('block.listTitle')} onClose={() => setOpen(false)} testId="block-list">
        <BlockList />
      </Dialog>
    </>
  );
}

function BlockList() {
  const { t } = useTranslation();
  const { when } = useFormatters();
  const { data: blocks = [] } = useBlockList();
  const [error, setError] = useState<string | null>(null);
  const unblock = (blockId: string) => {
    setError(null);
    api.unblockSender({ blockId }).catch((failure: unknown) => setError(blockErrorText(t, contractError(failure))));
  };
  if (blocks.length === 0) return <p className="hint">{t('block.empty')}</p>;
  return (
    <>
      <ul className="block-list">
        {blocks.map((block) => (
          <li key={block.id} className="block-item" data-testid="blocked-sender">
            <CustomerText as="span" className="block-handle" text={block.handle} />
            <span className="hint">{t(`channel.${block.channel}`)}</span>
            <span className="block-meta">{t('block.byOn', { agent: block.blockedByName, date: when(block.blockedAt), reason: isolateBidi(block.reason) })}</span>
            <button type="button" className="button" data-testid="block-list-unblock" onClick={() => unblock(block.id)}>{t('block.unblock')}</button>
          </li>
        ))}
      </ul>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </>
  );
}
