// The supervisors' Equipo section: each agent's load and presence, the teams' queue oldest
// waiting first, and reassigning a case (queued like any change; its result listed below). The
// view needs the server; offline it says so and keeps the last answer. Ruteo opens the routing
// page (teams, areas, rules and its simulator), which reads the cache and works offline.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamQueueCase } from '../../../shared/team.ts';
import { errorText } from '../../lib/errorText.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { AgentTable } from './AgentTable.tsx';
import { QueueTable } from './QueueTable.tsx';
import { ReassignDialog } from './ReassignDialog.tsx';
import { Reassignments } from './Reassignments.tsx';
import { useTeamView } from './useTeam.ts';
import { ListeningSettingsDialog } from '../listening-settings/index.ts';
import { RoutingDialog } from '../routing/index.ts';

export function TeamPage() {
  const { t } = useTranslation();
  const { when } = useFormatters();
  const { view, error, refresh } = useTeamView();
  const [moving, setMoving] = useState<TeamQueueCase | null>(null);
  const [routing, setRouting] = useState(false);
  const [listening, setListening] = useState(false);
  const offline = error?.code === 'team_online_only';
  // Offline the last answer stays on screen, but it is no longer the server's now: none for the simulator.
  const presence = useMemo(() => (view && !error ? new Map(view.agents.map((a) => [a.username, a.presence])) : null), [view, error]);
  return (
    <div className="team-page" data-testid="team-page">
      <div className="team-bar">
        <h2>{t('team.title')}</h2>
        {view ? <span className="hint" data-testid="team-teams">{t('team.teams', { teams: view.teams.join(', ') })}</span> : null}
        {view ? <span className="hint" data-testid="team-as-of">{t('team.asOf', { time: when(view.serverNow) })}</span> : null}
        <span className="header-spacer" />
        <button type="button" className="button ghost" data-testid="team-routing" onClick={() => {
          setRouting(true);
          refresh(); // the simulator weighs presence as the server reads it now
        }}>{t('routing.open')}</button>
        <button type="button" className="button ghost" data-testid="team-listening" onClick={() => setListening(true)}>{t('listeningSettings.open')}</button>
        <button type="button" className="button ghost" data-testid="team-refresh" onClick={refresh}>{t('team.refresh')}</button>
      </div>
      <RoutingDialog open={routing} onClose={() => setRouting(false)} presence={presence} />
      <ListeningSettingsDialog open={listening} onClose={() => setListening(false)} />
      {error ? (
        <p className={offline ? 'notice' : 'error'} role={offline ? 'status' : 'alert'} data-testid={offline ? 'team-offline' : 'team-error'}>
          {offline ? t('team.offline') : errorText(t, error)}
        </p>
      ) : null}
      {view === null && error === null ? <p className="hint">{t('team.loading')}</p> : null}
      {view ? (
        <div className="team-columns">
          <AgentTable view={view} />
          <QueueTable view={view} onReassign={setMoving} />
        </div>
      ) : null}
      <Reassignments queue={view?.queue ?? []} />
      {view ? <ReassignDialog view={view} moving={moving} onClose={() => setMoving(null)} /> : null}
    </div>
  );
}
