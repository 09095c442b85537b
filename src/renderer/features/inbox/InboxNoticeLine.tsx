import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errorText.ts';
import { useInboxStore } from './inboxStore.ts';

/** Why `n` opened nothing. The live region is always there, so screen readers hear it appear. */
export function InboxNoticeLine() {
  const { t } = useTranslation();
  const notice = useInboxStore((state) => state.notice);
  const text = notice === null ? ''
    : notice.kind === 'noneWaiting' ? t('inbox.noneWaiting') : t('inbox.nextFailed', { message: errorText(t, notice.error) });
  return <p className={notice?.kind === 'nextFailed' ? 'inbox-notice error' : 'inbox-notice hint'} role="status" data-testid="inbox-notice">{text}</p>;
}
