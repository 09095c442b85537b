// A notice of the sync bar about where secrets are kept (the sign-in token, the cache's key):
// one line in the agent's language, what it means on demand (a disclosure), and dismissible,
// remembered for the profile until the situation changes.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CacheKeyStatus, SecretsWarning } from '../../../shared/events.ts';
import { Icon } from '../../ui/Icon.tsx';
import { dismissNotice, noticeShown, type NoticeTopic } from './secretsNotice.ts';

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null; // storage disabled: shown every time, never lost
  }
}

const TEST_IDS: Record<NoticeTopic, { notice: string; base: string }> = {
  secrets: { notice: 'secrets-warning', base: 'secrets' },
  cacheKey: { notice: 'cache-key-notice', base: 'cache-key' },
};

/** What to tell about the cache's key: a fresh cache first (once), else a key kept in a plain file. */
export function cacheKeyNotice(status: CacheKeyStatus | null): 'reset' | 'file' | null {
  if (!status) return null;
  if (status.reset) return 'reset';
  return status.place === 'file' ? 'file' : null;
}

type Part = 'short' | 'means' | 'fix';
export type CacheKeyNotice = ReturnType<typeof cacheKeyNotice>;

type NoticeProps = { profileId: string } & (
  | { topic: 'secrets'; code: SecretsWarning | null }
  /** `file`: the key file's path, which the details tell. */
  | { topic: 'cacheKey'; code: CacheKeyNotice; file: string }
);

export function SecretsNotice(props: NoticeProps) {
  const { topic, code, profileId } = props;
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<string | null>(null);
  // Once the situation clears, the dismissal is forgotten, so a new problem is told.
  useEffect(() => {
    const store = storage();
    if (code === null && store) noticeShown(store, profileId, null, topic);
  }, [code, profileId, topic]);
  const store = storage();
  const shown = code !== null && dismissed !== code && (store ? noticeShown(store, profileId, code, topic) : true);
  if (!shown) return null;

  const panelId = `${topic}-notice-details`;
  const ids = TEST_IDS[topic];
  const dismiss = () => {
    if (store) dismissNotice(store, profileId, code, topic);
    setDismissed(code);
  };
  const text = (part: Part): string =>
    props.topic === 'secrets'
      ? t(`sync.secrets.${props.code ?? 'file_fallback'}.${part}`)
      : t(`sync.cacheKey.${props.code ?? 'file'}.${part}`, { file: props.file });
  return (
    <span className={`secrets-notice ${topic}-notice`} data-testid={ids.notice} data-warning={code}>
      <Icon name="warning" />
      <span className="secrets-short" data-testid={`${ids.base}-short`} title={text('short')}>{text('short')}</span>
      <button type="button" className="button link" popoverTarget={panelId} data-testid={`${ids.base}-details-toggle`}>
        {t('sync.secrets.details')}
      </button>
      <div id={panelId} popover="auto" className={`secrets-details ${topic}-details`} data-testid={`${ids.base}-details`} role="note">
        <p>{text('means')}</p>
        <p>{text('fix')}</p>
      </div>
      <button type="button" className="button ghost small" aria-label={t('sync.secrets.dismiss')} title={t('sync.secrets.dismiss')}
        data-testid={`${ids.base}-dismiss`} onClick={dismiss}>
        <Icon name="cross" />
      </button>
    </span>
  );
}
