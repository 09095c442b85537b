// Which profile is open and the others on this computer: switch, open the sandbox, connect to
// another organisation, or sign out (which deletes this profile's data, so it asks first).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary, Session } from '../../shared/contract.ts';
import { ROLES, type Role } from '../../shared/domain.ts';
import { api, contractError } from '../lib/bridge.ts';
import { errorText } from '../lib/errorText.ts';
import { Icon } from '../ui/Icon.tsx';
import { useSyncStatus } from '../features/sync/index.ts';
import { NotificationSettings } from './NotificationSettings.tsx';

const PANEL_ID = 'profile-panel';

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

interface ProfileMenuProps {
  session: Session;
  profile: ProfileSummary & { role: string };
  run: (call: () => Promise<Session>) => Promise<Session>;
  onConnect: () => void;
}

export function ProfileMenu({ session, profile, run, onConnect }: ProfileMenuProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Unsent changes are lost with the profile: the confirmation says how many, and offers to sync first.
  const unsent = useSyncStatus(session.status)?.pending ?? 0;
  // A role the console does not know yet is shown as the server names it.
  const roleName = (role: string) => (isRole(role) ? t(`profile.roles.${role}`) : role);
  const label = (p: ProfileSummary) => (p.sandbox ? `${t('profile.sandboxName')} (${p.agentName})` : `${p.agentName} — ${p.server}`);

  const perform = (call: () => Promise<Session>) => {
    setBusy(true);
    setError(null);
    run(call).catch((failure: unknown) => {
      setBusy(false);
      setError(t('profile.failed', { message: errorText(t, contractError(failure)) }));
    });
  };

  return (
    <div className="profile-menu">
      <button type="button" className="button profile-trigger" popoverTarget={PANEL_ID} data-testid="profile-menu">
        <Icon name={profile.sandbox ? 'school' : 'user'} />
        <span className="profile-name" data-testid="profile-name">
          {t('profile.menu', { name: profile.sandbox ? `${profile.agentName} · ${t('profile.sandboxName')}` : profile.agentName })}
        </span>
      </button>
      {/* A native popover: light dismiss and Esc close it, and it sits in the top layer. */}
      <div id={PANEL_ID} popover="auto" className="menu-panel" aria-busy={busy} data-testid="profile-panel">
        <p className="hint">{t('profile.role', { username: profile.username, role: roleName(profile.role) })}</p>
        <h2 className="menu-title" id="profile-list-title">{t('profile.listLabel')}</h2>
        <ul className="profile-list" aria-labelledby="profile-list-title">
          {session.profiles.map((p) => (
            <li key={p.id}>
              <button type="button" className="button ghost" disabled={busy || p.id === profile.id}
                aria-current={p.id === profile.id ? 'true' : undefined} onClick={() => perform(() => api.switchProfile({ id: p.id }))}>
                <Icon name={p.sandbox ? 'school' : 'building'} />
                {label(p)}
                {p.id === profile.id ? ` (${t('profile.open')})` : null}
              </button>
            </li>
          ))}
        </ul>
        {session.profiles.some((p) => p.sandbox) ? null : (
          <button type="button" className="button" disabled={busy} onClick={() => perform(() => api.openSandbox({}))}>
            {t('profile.openSandbox')}
          </button>
        )}
        <NotificationSettings />
        <button type="button" className="button" disabled={busy} onClick={onConnect}>{t('profile.connectOther')}</button>
        {confirming ? (
          <div className="confirm" role="group" aria-label={t('profile.signOut')}>
            <p>{t('profile.signOutConfirm')}</p>
            <p className="hint">{t('profile.signOutServer')}</p>
            {unsent > 0 ? (
              <p className="signout-unsent" role="alert" data-testid="signout-unsent">{t('profile.signOutUnsent', { count: unsent })}</p>
            ) : null}
            {unsent > 0 ? (
              <button type="button" className="button primary" disabled={busy} data-testid="signout-sync-first"
                onClick={() => void api.syncNow({}).catch(() => undefined)}>
                {t('profile.syncFirst')}
              </button>
            ) : null}
            <button type="button" className="button danger" disabled={busy} data-testid="signout-confirm" onClick={() => perform(() => api.signOut({}))}>
              {unsent > 0 ? t('profile.signOutLosing', { count: unsent }) : t('profile.signOutYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>{t('profile.cancel')}</button>
          </div>
        ) : (
          <button type="button" className="button" disabled={busy} data-testid="signout" onClick={() => setConfirming(true)}>{t('profile.signOut')}</button>
        )}
        {error ? <p className="error" role="alert">{error}</p> : null}
      </div>
    </div>
  );
}
