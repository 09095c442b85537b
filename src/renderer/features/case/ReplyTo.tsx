import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/models.ts';
import { SentenceWith } from '../../ui/CustomerText.tsx';

/**
 * Who the reply goes to: the account the customer wrote from, even when their record holds
 * others (after a link or a merge). Said above the reply box so nobody has to guess.
 */
export function ReplyTo({ replyTo }: { replyTo: CaseDetail['replyTo'] }) {
  const { t } = useTranslation();
  if (replyTo === null) return null;
  return (
    <p className="reply-to hint" data-testid="reply-to">
      <SentenceWith text={replyTo.handle}
        sentence={(slot) => t('customerLinks.replyTo', { account: `${slot} · ${t(`channel.${replyTo.channel}`)}` })} />
    </p>
  );
}
