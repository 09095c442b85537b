// "Where would this case go?": a case's channel, language, influence and first words against the
// draft (or the document in force), the rule that decides and the agents it leaves.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CHANNELS, LANGUAGES, type Channel, type Language } from '../../../shared/domain.ts';
import type { TeamMember } from '../../../shared/models.ts';
import type { PresenceState } from '../../../shared/presence.ts';
import type { RoutingDocument } from '../../../shared/routing/document.ts';
import { simulateRouting, type Simulation } from '../../../shared/routing/simulate.ts';
import { INFLUENCE_LEVELS, type InfluenceLevel } from '../../../shared/triage/priority-rules.ts';

/** `presence`: each agent's presence now, from the team view; null when the console has none (offline). */
export function RoutingSimulator({ doc, agents, presence }: { doc: RoutingDocument | null; agents: TeamMember[]; presence: ReadonlyMap<string, PresenceState> | null }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [language, setLanguage] = useState<Language>('es');
  const [influence, setInfluence] = useState<InfluenceLevel>('low');
  const [text, setText] = useState('');
  const people = agents.filter((a) => a.role === 'agent').map((a) => ({ ...a, presence: presence?.get(a.username) ?? null }));
  const result = doc === null ? null : simulateRouting({ channel, language, influence, text }, people, doc, new Date());
  return (
    <section className="routing-simulator" aria-labelledby="routing-sim-title" data-testid="routing-simulator">
      <h3 id="routing-sim-title">{t('routing.simulator.title')}</h3>
      <div className="routing-fields">
        <label>{t('routing.simulator.channel')}{' '}
          <select value={channel} data-testid="routing-sim-channel" onChange={(e) => setChannel(CHANNELS.find((c) => c === e.target.value) ?? channel)}>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channelShort.${c}`)}</option>)}
          </select>
        </label>
        <label>{t('routing.simulator.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(LANGUAGES.find((l) => l === e.target.value) ?? language)}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{t(`routing.languages.${l}`)}</option>)}
          </select>
        </label>
        <label>{t('routing.simulator.influence')}{' '}
          <select value={influence} data-testid="routing-sim-influence" onChange={(e) => setInfluence(INFLUENCE_LEVELS.find((l) => l === e.target.value) ?? influence)}>
            {INFLUENCE_LEVELS.map((l) => <option key={l} value={l}>{t(`routing.influence.${l}`)}</option>)}
          </select>
        </label>
        <label className="wide">{t('routing.simulator.text')} <input value={text} data-testid="routing-sim-text" onChange={(e) => setText(e.target.value)} /></label>
      </div>
      {result === null ? <p className="hint">{t('routing.simulator.invalid')}</p> : (
        <p className="routing-sim-result" data-testid="routing-sim-result" data-rule={result.rule ?? ''} aria-live="polite">
          <strong>{result.reason}</strong>{' '}
          {result.agents.length > 0 ? t('routing.simulator.agents', { agents: result.agents.join(', ') }) : null}
        </p>
      )}
      {result === null ? null : <p className="hint" data-testid="routing-sim-presence">{presenceNote(t, result, presence !== null)}</p>}
    </section>
  );
}

/** How presence counted, in words: the server leaves out agents who are away, unless everyone is. */
function presenceNote(t: TFunction, result: Simulation, known: boolean): string {
  if (!known) return t('routing.simulator.presence.unknown');
  if (result.everyoneAway) return t('routing.simulator.presence.everyoneAway');
  const notes: string[] = [result.away.length > 0 ? t('routing.simulator.presence.away', { agents: result.away.join(', ') }) : t('routing.simulator.presence.noneAway')];
  if (result.presenceUnknown.length > 0) notes.push(t('routing.simulator.presence.someUnknown', { agents: result.presenceUnknown.join(', ') }));
  return notes.join(' ');
}
