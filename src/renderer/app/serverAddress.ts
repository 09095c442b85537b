// The server address a sign-in form was given: checked before anything leaves the form (main
// checks again), so a typo or a plain-http address off this computer is said at once.
import type { TFunction } from 'i18next';
import { transportOf } from '../../shared/transport.ts';

const validServer = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Why nothing may be sent to `address`, in the user's words; null when it may. */
export function serverRefusal(t: TFunction, address: string): string | null {
  if (!validServer(address)) return t('connect.invalidServer');
  // Plain http off this computer is refused here, before the password or the code leaves the form.
  if (transportOf(address) === 'refused') return t('errors.insecure_server');
  return null;
}
