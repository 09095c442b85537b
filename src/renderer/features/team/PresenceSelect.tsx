// The header's presence selector: Disponible, Ocupado, Ausente. Main sends it to the server at
// once (not through the outbox: the server stamps it on arrival); one chosen offline says so
// until the connection is back.
import { useTranslation } from 'react-i18next';
import type { PresenceState } from '../../../shared/presence.ts';
import { PRESENCE_STATES } from '../../../shared/presence-states.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES = ['presence'] as const;

export function PresenceSelect() {
  const { t } = useTranslation();
  const { data } = useCacheQuery('presence', () => api.presence({}), ENTITIES);
  if (!data) return null;
  return (
    <label className="presence-select" data-state={data.state} data-testid="presence">
      <span className="presence-dot" aria-hidden="true" />
      <span className="sr-only">{t('presence.label')}</span>
      <select value={data.state} data-testid="presence-select" aria-describedby={data.pending ? 'presence-pending' : undefined}
        onChange={(e) => void api.setPresence({ state: e.target.value as PresenceState })}>
        {PRESENCE_STATES.map((s) => <option key={s} value={s}>{t(`presence.${s}`)}</option>)}
      </select>
      {data.pending ? <span id="presence-pending" className="presence-pending" data-testid="presence-pending" title={t('presence.pending')}>
        <span aria-hidden="true">⋯</span><span className="sr-only">{t('presence.pending')}</span>
      </span> : null}
    </label>
  );
}
