// Whether the keychain notice is shown: an agent who read it and dismissed it is not told again
// on every start, for that profile, until the situation changes (another code, or the keychain
// answered in between and failed again).
import type { SecretsWarning } from '../../../shared/events.ts';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (profileId: string) => `atiende.secretsNoticeDismissed.${profileId}`;

/** Reads the dismissal and forgets it once the warning is gone, so a new one is shown. */
export function noticeShown(storage: KeyValue, profileId: string, warning: SecretsWarning | null): boolean {
  const dismissed = storage.getItem(key(profileId));
  if (warning === null) {
    if (dismissed !== null) storage.removeItem(key(profileId));
    return false;
  }
  return dismissed !== warning;
}

export function dismissNotice(storage: KeyValue, profileId: string, warning: SecretsWarning): void {
  storage.setItem(key(profileId), warning);
}
