// Where a supervisor reaches the coaching plans: the agents of the teams they supervise, one
// plan at a time. An agent reads their own plan (MyCoachingPlan) in "Mis evaluaciones".
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agentsOfMyTeams } from '../../../shared/team-members.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { CoachingPlan } from './CoachingPlan.tsx';

/** The signed-in username; null until read. */
function useMe(): string | null {
  const [me, setMe] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    api.getSession({}).then((session) => active && setMe(session.profile?.username ?? null), () => undefined);
    return () => {
      active = false;
    };
  }, []);
  return me;
}

export function CoachingPane() {
  const { t } = useTranslation();
  const me = useMe();
  const people = useCacheQuery('agents', () => api.listAgents({}), ['agent']);
  const agents = me && people.data ? agentsOfMyTeams(people.data, me) : [];
  const [chosen, setChosen] = useState<string>('');
  const agent = agents.some((a) => a.username === chosen) ? chosen : agents[0]?.username ?? '';
  const id = useId();
  if (people.data && me && agents.length === 0) return <p className="hint">{t('coaching.noAgents')}</p>;
  return (
    <div className="coaching-pane" data-testid="coaching-pane">
      <div className="coaching-agent">
        <label htmlFor={id}>{t('coaching.chooseAgent')}</label>
        <select id={id} value={agent} data-testid="coaching-agent" onChange={(e) => setChosen(e.target.value)}>
          {agents.map((a) => <option key={a.username} value={a.username}>{a.name}</option>)}
        </select>
      </div>
      {agent ? <CoachingPlan key={agent} agent={agent} /> : null}
    </div>
  );
}

/** The signed-in agent's own plan, read-only. */
export function MyCoachingPlan() {
  const me = useMe();
  return me ? <CoachingPlan agent={me} /> : null;
}
