// Whether a notice of the sync bar is shown: an agent who read it and dismissed it is not told
// again on every start, for that profile, until the situation changes (another code, or the
// situation cleared in between and came back).

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What a notice is about: the sign-in token (`secrets`) or the cache's key (`cacheKey`). */
export type NoticeTopic = 'secrets' | 'cacheKey';

const key = (profileId: string, topic: NoticeTopic) =>
  topic === 'secrets' ? `atiende.secretsNoticeDismissed.${profileId}` : `atiende.${topic}NoticeDismissed.${profileId}`;

/** Reads the dismissal and forgets it once the warning is gone, so a new one is shown. */
export function noticeShown(storage: KeyValue, profileId: string, warning: string | null, topic: NoticeTopic = 'secrets'): boolean {
  const dismissed = storage.getItem(key(profileId, topic));
  if (warning === null) {
    if (dismissed !== null) storage.removeItem(key(profileId, topic));
    return false;
  }
  return dismissed !== warning;
}

export function dismissNotice(storage: KeyValue, profileId: string, warning: string, topic: NoticeTopic = 'secrets'): void {
  storage.setItem(key(profileId, topic), warning);
}
