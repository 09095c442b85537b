// Each agent of the supervised teams: presence (and since when), last contact, open and late cases.
import { useTranslation } from 'react-i18next';
import type { TeamView } from '../../../shared/team.ts';
import { ageOf } from './age.ts';

export function AgentTable({ view }: { view: TeamView }) {
  const { t } = useTranslation();
  if (view.agents.length === 0) return <p className="hint empty">{t('team.noAgents')}</p>;
  return (
    <section className="team-agents" aria-labelledby="team-agents-title">
      <h3 id="team-agents-title">{t('team.agents')}</h3>
      <table className="qa-table team-table" data-testid="team-agents">
        <thead>
          <tr>
            <th scope="col">{t('team.agent')}</th>
            <th scope="col">{t('team.teamName')}</th>
            <th scope="col">{t('team.presence')}</th>
            <th scope="col" className="num">{t('team.open')}</th>
            <th scope="col" className="num">{t('team.late')}</th>
          </tr>
        </thead>
        <tbody>
          {view.agents.map((a) => {
            const state = t(`presence.${a.presence}`);
            return (
              <tr key={a.username} data-testid="team-agent" data-agent={a.username}>
                <th scope="row">
                  {a.name}
                  {a.disabled ? <span className="hint team-disabled" data-testid="team-agent-disabled">{t('team.disabled')}</span> : null}
                </th>
                <td>{a.team}</td>
                <td>
                  <span className="presence-tag" data-state={a.presence} data-testid="team-agent-presence">
                    {a.presenceAt ? t('team.presenceSince', { state, age: ageOf(t, a.presenceAt, view.serverNow) }) : t('team.presenceNever', { state })}
                  </span>
                  <span className="hint team-contact">
                    {a.lastContact ? t('team.lastContact', { age: ageOf(t, a.lastContact, view.serverNow) }) : t('team.noContact')}
                  </span>
                </td>
                <td className="num" data-testid="team-agent-open">{a.open}</td>
                <td className="num" data-testid="team-agent-late" data-late={a.late > 0}>{a.late}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
