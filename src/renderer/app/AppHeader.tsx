// The banner landmark: the training banner (the sandbox, a training server, a class), the
// organisation's server or the class, the presence
// selector, the profile menu, display settings, the block list, business hours and the shortcuts
// list. One row at any width from 1024 px: on a narrow window the buttons keep their icon and
// their name for screen readers.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/contract.ts';
import { BlockListButton } from '../features/block/index.ts';
import { PresenceSelect } from '../features/team/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { DisplaySettings } from './DisplaySettings.tsx';
import { ProfileMenu } from './ProfileMenu.tsx';
import { SandboxBanner } from './SandboxBanner.tsx';
import { SectionSwitch } from './SectionSwitch.tsx';
import { useCompactHeader } from './useCompactHeader.ts';

interface AppHeaderProps {
  session: Session;
  profile: NonNullable<Session['profile']>;
  run: (call: () => Promise<Session>) => Promise<Session>;
  onConnect: () => void;
  onHelp: () => void;
  onHours: () => void;
}

const hostOf = (server: string): string => {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
};

/** Where this console works: an organisation's server, a training server, or a class (the embedded sandbox needs no label). */
function whereLabel(t: TFunction, profile: AppHeaderProps['profile']): string {
  if (profile.classTitle !== null) return t('header.classLabel', { title: profile.classTitle });
  return t(profile.training ? 'header.trainingServer' : 'header.orgServer', { server: hostOf(profile.server) });
}

export function AppHeader({ session, profile, run, onConnect, onHelp, onHours }: AppHeaderProps) {
  const { t } = useTranslation();
  const compact = useCompactHeader();
  return (
    <header className="app-header">
      {profile.training ? <SandboxBanner classTitle={profile.classTitle} /> : null}
      <div className="header-bar" data-compact={compact}>
        <h1 className="brand">{t('app.name')}</h1>
        {profile.sandbox ? null : (
          // The label may be cut (a long class title): the tooltip says it whole, with the server.
          <span className="org-server" data-testid="org-server" title={`${whereLabel(t, profile)} — ${profile.server}`}>
            <Icon name={profile.training ? 'school' : 'building'} />
            <span className="org-server-name">{whereLabel(t, profile)}</span>
          </span>
        )}
        {profile.cleartext ? (
          <span className="cleartext-marker" data-testid="cleartext-marker" title={t('header.cleartextTitle')}>
            <Icon name="warning" />
            <span className="cleartext-label">{t('header.cleartext')}</span>
          </span>
        ) : null}
        <SectionSwitch role={profile.role} />
        <span className="header-spacer" />
        {profile.role === 'trainer' ? null : <PresenceSelect />}
        <ProfileMenu session={session} profile={profile} run={run} onConnect={onConnect} />
        <DisplaySettings />
        <BlockListButton />
        <button type="button" className="button ghost" aria-keyshortcuts="h" data-testid="hours-button" title={t('hours.button')} onClick={onHours}>
          <Icon name="clock" />
          <span className="label">{t('hours.button')}</span>
        </button>
        <button type="button" className="button ghost" aria-keyshortcuts="?" data-testid="shortcuts-button" title={t('header.shortcuts')} onClick={onHelp}>
          <Icon name="keyboard" />
          <span className="label">{t('header.shortcuts')}</span>
        </button>
      </div>
    </header>
  );
}
