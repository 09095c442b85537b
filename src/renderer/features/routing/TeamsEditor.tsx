// Teams (take new cases) and areas (take derived cases, and routed ones by topic), each with its
// members and skills, and a team's overflow to another when its cases wait too long.
import { useTranslation } from 'react-i18next';
import { CHANNELS, LANGUAGES } from '../../../shared/domain.ts';
import { newTeamId, type TeamForm } from './routingForm.ts';

interface Props {
  teams: TeamForm[];
  onChange: (teams: TeamForm[]) => void;
  readOnly: boolean;
}

const toggled = <T,>(items: readonly T[], item: T, on: boolean): T[] => (on ? [...items, item] : items.filter((x) => x !== item));

export function TeamsEditor({ teams, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<TeamForm>) => onChange(teams.map((team, j) => (j === i ? { ...team, ...patch } : team)));
  const add = () => {
    const name = t('routing.teams.newName');
    onChange([...teams, {
      id: newTeamId(name, teams.map((x) => x.id)), name, kind: 'team', members: '', topics: '', languages: [], channels: [], overflowMinutes: '', overflowTo: '',
    }]);
  };
  return (
    <section className="routing-teams" aria-labelledby="routing-teams-title">
      <h3 id="routing-teams-title">{t('routing.teams.title')}</h3>
      {teams.map((team, i) => (
        <fieldset key={team.id} className="routing-team" data-testid="routing-team" data-id={team.id} disabled={readOnly}>
          <legend>{team.name || team.id}</legend>
          <div className="routing-fields">
            <label>{t('routing.teams.name')} <input value={team.name} data-testid="routing-team-name" onChange={(e) => set(i, { name: e.target.value })} /></label>
            <label>{t('routing.teams.kind')}{' '}
              <select value={team.kind} onChange={(e) => set(i, { kind: e.target.value === 'area' ? 'area' : 'team' })}>
                <option value="team">{t('routing.teams.kinds.team')}</option>
                <option value="area">{t('routing.teams.kinds.area')}</option>
              </select>
            </label>
            <label className="wide">{t('routing.teams.members')} <input value={team.members} data-testid="routing-team-members" onChange={(e) => set(i, { members: e.target.value })} /></label>
            <label className="wide">{t('routing.teams.topics')} <input value={team.topics} data-testid="routing-team-topics" onChange={(e) => set(i, { topics: e.target.value })} /></label>
          </div>
          <div className="routing-checks" role="group" aria-label={t('routing.teams.languages')}>
            <span className="hint">{t('routing.teams.languages')}</span>
            {LANGUAGES.map((l) => (
              <label key={l}><input type="checkbox" checked={team.languages.includes(l)} onChange={(e) => set(i, { languages: toggled(team.languages, l, e.target.checked) })} />{t(`routing.languages.${l}`)}</label>
            ))}
          </div>
          <div className="routing-checks" role="group" aria-label={t('routing.teams.channels')}>
            <span className="hint">{t('routing.teams.channels')}</span>
            {CHANNELS.map((c) => (
              <label key={c}><input type="checkbox" checked={team.channels.includes(c)} onChange={(e) => set(i, { channels: toggled(team.channels, c, e.target.checked) })} />{t(`channelShort.${c}`)}</label>
            ))}
          </div>
          <div className="routing-fields">
            <label>{t('routing.teams.overflowAfter')} <input inputMode="numeric" size={5} value={team.overflowMinutes} onChange={(e) => set(i, { overflowMinutes: e.target.value })} /></label>
            <label>{t('routing.teams.overflowTo')}{' '}
              <select value={team.overflowTo} onChange={(e) => set(i, { overflowTo: e.target.value })}>
                <option value="">—</option>
                {teams.filter((x) => x.id !== team.id).map((x) => <option key={x.id} value={x.id}>{x.name || x.id}</option>)}
              </select>
            </label>
            {readOnly ? null : <button type="button" className="button ghost" onClick={() => onChange(teams.filter((_, j) => j !== i))}>{t('routing.teams.remove')}</button>}
          </div>
        </fieldset>
      ))}
      {readOnly ? null : <button type="button" className="button" data-testid="routing-add-team" onClick={add}>{t('routing.teams.add')}</button>}
    </section>
  );
}
