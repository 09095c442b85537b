// The console for one open profile: header, the chosen section (for most, the inbox (nav), the
// open case (main) and the tools), sync status (footer), and the dialogs for shortcuts, business hours and signing in; past the
// offline limit, the lock screen instead. It fills the
// window exactly: the page never scrolls, each pane scrolls inside itself (layout.css).
// Every section but the inbox loads its code when first opened (LazyBoundary shows it coming); the
// case view and the tools load right after the first paint.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/contract.ts';
import { forgetSettingsLists, preloadCaseView } from '../features/case/index.ts';
import { ClassPage } from '../features/classes/index.ts';
import { HoursDialog } from '../features/hours/index.ts';
import { InboxPage, openCase, resetInbox } from '../features/inbox/index.ts';
import { QualityPage } from '../features/qa/index.ts';
import { ReportsPage } from '../features/reports/index.ts';
import { ListeningPage } from '../features/listening/index.ts';
import { SyncBar, useSyncStatus } from '../features/sync/index.ts';
import { TeamPage } from '../features/team/index.ts';
import { preloadToolsPane, resetTools } from '../features/tools/index.ts';
import { api } from '../lib/bridge.ts';
import { useToolsPane } from '../lib/toolsPane.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { LazyBoundary } from '../ui/LazyBoundary.tsx';
import { AppHeader } from './AppHeader.tsx';
import { CaseTools, OpenCase } from './OpenCase.tsx';
import { ConnectForm } from './ConnectForm.tsx';
import { LockScreen } from './LockScreen.tsx';
import { MY_REVIEWS_PAGE, useSection } from './sections.ts';
import { sectionShown } from './SectionSwitch.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useShellShortcuts } from './useShellShortcuts.ts';

interface ConsoleShellProps {
  session: Session;
  profile: NonNullable<Session['profile']>;
  run: (call: () => Promise<Session>) => Promise<Session>;
}

type ConnectPrompt = null | { server: string; username: string };

export function ConsoleShell({ session, profile, run }: ConsoleShellProps) {
  const { t } = useTranslation();
  const [help, setHelp] = useState(false);
  const [hours, setHours] = useState(false);
  const [connect, setConnect] = useState<ConnectPrompt>(null);
  const toolsCollapsed = useToolsPane((state) => state.collapsed);
  const narrow = useToolsPane((state) => state.narrow);
  const chosen = useSection((state) => state.section);
  // Nothing chosen yet, or a section this role does not have (a profile switch): the role's first.
  const section = sectionShown(profile.role, chosen);
  const MyReviews = MY_REVIEWS_PAGE;
  useShellShortcuts(() => setHelp(true), () => setHours(true));
  // A profile switch remounts the shell: forget the old selection, searches and settings' lists.
  useEffect(() => () => {
    resetInbox();
    resetTools();
    forgetSettingsLists();
  }, []);
  // The inbox is painted: fetch the case view and the tools while the agent reads it.
  useEffect(() => {
    const idle = requestIdleCallback(() => {
      preloadCaseView();
      preloadToolsPane();
    });
    return () => cancelIdleCallback(idle);
  }, []);

  const signInAgain = () => {
    if (profile.sandbox) void run(() => api.openSandbox({})).catch(() => undefined); // the sync bar shows the outcome
    else setConnect({ server: profile.server, username: profile.username });
  };
  const status = useSyncStatus(session.status);
  const connectDialog = (
    <Dialog open={connect !== null} title={t('connect.title')} onClose={() => setConnect(null)}>
      {connect ? <ConnectForm run={run} initial={connect} onConnected={() => setConnect(null)} /> : null}
    </Dialog>
  );

  // Past the offline limit: nothing of the cache, only the way back in.
  if (status?.state === 'locked') {
    return (
      <>
        <LockScreen profile={profile} pending={status.pending} onSignIn={signInAgain} />
        {connectDialog}
      </>
    );
  }

  return (
    <div className="shell" data-sandbox={profile.training} data-narrow={narrow}>
      <a className="skip-link" href="#case-pane">{t('app.skipToCase')}</a>
      <AppHeader session={session} profile={profile} run={run} onHelp={() => setHelp(true)} onHours={() => setHours(true)}
        onConnect={() => setConnect({ server: '', username: '' })} />
      {section === 'quality' ? <LazyBoundary><QualityPage /></LazyBoundary> : null}
      {section === 'reports' ? (
        <main className="reports-main-pane" tabIndex={-1} aria-label={t('sections.reports')}>
          <LazyBoundary>
            <ReportsPage profile={profile} onOpenCase={(caseId) => {
              openCase(caseId);
              useSection.getState().show('inbox');
            }} />
          </LazyBoundary>
        </main>
      ) : null}
      {section === 'class' ? <main className="class-main" tabIndex={-1} aria-label={t('sections.class')}><LazyBoundary><ClassPage /></LazyBoundary></main> : null}
      {section === 'team' ? <main className="team-main" tabIndex={-1} aria-label={t('sections.team')}><LazyBoundary><TeamPage /></LazyBoundary></main> : null}
      {section === 'listening' ? (
        <main className="listening-main" tabIndex={-1} aria-label={t('sections.listening')}>
          <LazyBoundary>
            <ListeningPage onOpenCase={(caseId) => {
              openCase(caseId);
              useSection.getState().show('inbox');
            }} />
          </LazyBoundary>
        </main>
      ) : null}
      {section === 'myReviews' ? (
        <main className="my-reviews-page" tabIndex={-1} aria-label={t('sections.myReviews')}><LazyBoundary><MyReviews /></LazyBoundary></main>
      ) : null}
      <div className="workspace" data-tools={toolsCollapsed ? 'collapsed' : 'open'} hidden={section !== 'inbox'}>
        <nav className="inbox-pane" aria-label={t('inbox.label')}>
          <InboxPage />
        </nav>
        <main id="case-pane" tabIndex={-1} className="case-pane" aria-label={t('caseView.label')}>
          <OpenCase agentName={profile.agentName} />
        </main>
        <CaseTools />
      </div>
      <SyncBar initial={session.status} profileId={profile.id} onSignInAgain={signInAgain} />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      <HoursDialog open={hours} onClose={() => setHours(false)} />
      {connectDialog}
    </div>
  );
}
