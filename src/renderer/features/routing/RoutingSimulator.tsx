// "Where would this case go?": a case's channel, language, influence and first words against the
// draft (or the document in force), the rule that decides and the agents it leaves.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, LANGUAGES, type Channel, type Language } from '../../../shared/domain.ts';
import type { TeamMember } from '../../../shared/models.ts';
import type { RoutingDocument } from '../../../shared/routing/document.ts';
import { simulateRouting } from '../../../shared/routing/simulate.ts';
import { INFLUENCE_LEVELS, type InfluenceLevel } from '../../../shared/triage/priority-rules.ts';

export function RoutingSimulator({ doc, agents }: { doc: RoutingDocument | null; agents: TeamMember[] }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [language, setLanguage] = useState<Language>('es');
  const [influence, setInfluence] = useState<InfluenceLevel>('low');
  const [text, setText] = useState('');
  const people = agents.filter((a) => a.role === 'agent');
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
    </section>
  );
}
