// "A customer writes on WhatsApp on 24 December at 22:10, Buenos Aires time: what happens?"
// Main decides with the drafts being edited, so a change shows here before it is saved. The
// message, the closed stretch and the next opening read on the customer's clock and the agent's.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIMULATED_KINDS, type Simulation, type SettingsDraft } from '../../../shared/business-settings.ts';
import { CHANNELS, LANGUAGES, type Channel, type Language } from '../../../shared/domain.ts';
import type { EntityName } from '../../../shared/events.ts';
import { isTimeZone } from '../../../shared/hours/wall-clock.ts';
import { api } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { DateField } from '../../ui/DateField.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { TimeField } from '../../ui/TimeField.tsx';
import { dayAndTime, localNow } from './zoneTime.ts';

interface Props {
  draft: SettingsDraft;
  /** Where the simulated customer is until the supervisor says otherwise: the first schedule's zone. */
  defaultZone: string;
  agentZone: string;
  dirty: boolean;
}

const ENTITIES: readonly EntityName[] = ['setting'];
type Kind = (typeof SIMULATED_KINDS)[number];

interface Asked {
  channel: Channel;
  date: string;
  time: string;
  timeZone: string;
  customerName: string;
  language: Language;
  kind: Kind;
}

export function Simulator({ draft, defaultZone, agentZone, dirty }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Asked>(() => ({
    channel: 'whatsapp', ...localNow(defaultZone), timeZone: defaultZone, customerName: 'María López', language: 'es', kind: 'message',
  }));
  const set = (patch: Partial<Asked>) => setForm((prev) => ({ ...prev, ...patch }));
  const asked = useDebounced(form, 250);
  const zoneKnown = isTimeZone(asked.timeZone.trim());
  const input = {
    draft, channel: asked.channel, at: `${asked.date}T${asked.time}`, timeZone: asked.timeZone.trim(), customerName: asked.customerName,
    language: asked.language, kind: asked.kind, agentTimeZone: agentZone,
  };
  const ready = zoneKnown && /^\d{4}-\d{2}-\d{2}$/.test(asked.date) && /^\d{2}:\d{2}$/.test(asked.time);
  const { data, error, loading } = useCacheQuery(ready ? JSON.stringify(input) : 'incomplete',
    () => (ready ? api.simulateAutoReply(input) : Promise.resolve(null)), ENTITIES);

  return (
    <section className="hours-section simulator" aria-labelledby="simulator-title" data-testid="simulator">
      <h3 id="simulator-title">{t('hours.simulator.title')}</h3>
      <p className="hint">{t('hours.simulator.intro')}{dirty ? ` ${t('hours.simulator.draftNote')}` : ''}</p>
      <form className="simulator-form" onSubmit={(e) => e.preventDefault()}>
        <label>{t('hours.simulator.channel')}
          <select value={form.channel} data-testid="sim-channel" onChange={(e) => set({ channel: e.target.value as Channel })}>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
        </label>
        <label>{t('hours.simulator.date')}
          <DateField value={form.date} data-testid="sim-date" onChange={(date) => set({ date })} />
        </label>
        <label>{t('hours.simulator.time')}
          <TimeField value={form.time} data-testid="sim-time" onChange={(time) => set({ time })} />
        </label>
        <label>{t('hours.simulator.zone')}
          <input list="hours-zones" value={form.timeZone} spellCheck={false} autoComplete="off" data-testid="sim-zone"
            aria-invalid={!isTimeZone(form.timeZone.trim())} onChange={(e) => set({ timeZone: e.target.value })} />
        </label>
        <label>{t('hours.simulator.name')}
          <input value={form.customerName} maxLength={500} data-testid="sim-name" onChange={(e) => set({ customerName: e.target.value })} />
        </label>
        <label>{t('hours.simulator.language')}
          <select value={form.language} onChange={(e) => set({ language: e.target.value as Language })}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{t(`templatesPanel.languages.${l}`)}</option>)}
          </select>
        </label>
        <label>{t('hours.simulator.kind')}
          <select value={form.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
            {SIMULATED_KINDS.map((k) => <option key={k} value={k}>{t(`hours.simulator.kinds.${k}`)}</option>)}
          </select>
        </label>
      </form>
      <div className="simulation-result" aria-live="polite" data-testid="simulation">
        {!zoneKnown ? <p className="error">{t('hours.problems.zone', { schedule: t('hours.simulator.zone') })}</p>
          : error ? (
            <p className="error">{error.code === 'invalid_setting' ? t('hours.view.draftInvalid') : t('hours.simulator.failed', { message: errorText(t, error) })}</p>
          ) : data ? <Result simulation={data} busy={loading} /> : ready ? <p className="hint">{t('hours.simulator.running')}</p> : null}
      </div>
    </section>
  );
}

function Result({ simulation, busy }: { simulation: Simulation; busy: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const both = (iso: string) => (
    <>
      <span>{t('hours.simulator.customerTime', { time: dayAndTime(locale, simulation.customerTimeZone, iso), zone: simulation.customerTimeZone })}</span>
      <span>{t('hours.simulator.agentTime', { time: dayAndTime(locale, simulation.agentTimeZone, iso), zone: simulation.agentTimeZone })}</span>
    </>
  );
  return (
    <div aria-busy={busy} data-testid="simulation-result" data-send={simulation.send} data-reason={simulation.reason ?? ''}>
      <h4 className={simulation.send ? 'simulation-send' : 'simulation-skip'} data-testid="simulation-decision">
        <Icon name={simulation.send ? 'check' : 'cross'} />
        {simulation.send || !simulation.reason ? t('hours.simulator.send') : t('hours.simulator.skip', { reason: t(`hours.simulator.reason.${simulation.reason}`) })}
      </h4>
      {simulation.text !== null && simulation.language !== null ? (
        <>
          <p className="simulation-label">{t('hours.simulator.text', { language: t(`templatesPanel.languages.${simulation.language}`) })}</p>
          <blockquote className="simulation-text" data-testid="simulation-text">{simulation.text}</blockquote>
        </>
      ) : null}
      <dl className="simulation-facts">
        <dt>{t('hours.simulator.messageAt')}</dt>
        <dd>{both(simulation.at)}</dd>
        {simulation.closedSince ? (
          <>
            <dt>{t('hours.simulator.closedSince')}</dt>
            <dd>{both(simulation.closedSince)}</dd>
            <dt>{t('hours.simulator.nextOpening')}</dt>
            <dd data-testid="simulation-opening">{simulation.nextOpening ? both(simulation.nextOpening) : t('hours.simulator.noOpening')}</dd>
          </>
        ) : null}
      </dl>
      <p className="hint">{t('hours.simulator.schedule', { name: simulation.schedule.name, zone: simulation.schedule.timeZone })}</p>
    </div>
  );
}
