// Past the offline limit the console shows no customer at all: only why, and the way back in.
// Signing in again opens the cache as it was; changes not yet sent go out after it.
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../shared/contract.ts';
import { Icon } from '../ui/Icon.tsx';

interface LockScreenProps {
  profile: ProfileSummary;
  pending: number;
  onSignIn: () => void;
}

export function LockScreen({ profile, pending, onSignIn }: LockScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="screen-center lock-screen" data-testid="lock-screen">
      <div className="card" role="alert">
        <h1><Icon name="lock" /> {t('lock.title')}</h1>
        <p>{t('lock.body')}</p>
        {pending > 0 ? <p>{t('lock.pending', { count: pending })}</p> : null}
        <p className="hint">{t('lock.who', { username: profile.username, server: profile.server })}</p>
        <button type="button" className="button primary" autoFocus onClick={onSignIn}>{t('lock.signIn')}</button>
      </div>
    </main>
  );
}
