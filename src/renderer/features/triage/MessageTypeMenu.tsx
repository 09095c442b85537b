// The agent's say on a message's type: a small menu of the five types and "automatic" (back to
// the computed one). The choice is queued like any change, works offline, survives
// recomputation, and every console holding the case sees it once sent. The menu's choices are
// drawn when it opens: a long thread has one menu per customer message, and a closed one shows
// nothing of them.
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { MESSAGE_TYPES, type MessageType } from '../../../shared/domain.ts';
import type { MessageTriage } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useTriageAction } from './useTriageAction.ts';

/** `t`: the thread's. */
export function MessageTypeMenu({ messageId, triage, t }: { messageId: string; triage: MessageTriage; t: TFunction }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const { run, busy, error } = useTriageAction(t, 'triage.typeFailed');
  const choose = (type: MessageType | null) => {
    if (menu.current) menu.current.open = false;
    run(() => api.setMessageType({ messageId, type }));
  };
  return (
    <details ref={menu} className="type-menu" data-testid="message-type-menu" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button link">{t('triage.changeType')}</summary>
      {open ? <div className="type-menu-body" role="group" aria-label={t('triage.typeLabel')}>
        {MESSAGE_TYPES.map((type) => (
          <button key={type} type="button" className="button" disabled={busy} data-type={type}
            aria-pressed={triage.overridden && triage.type === type} onClick={() => choose(type)}>
            {t(`triage.type.${type}`)}
          </button>
        ))}
        <button type="button" className="button" disabled={busy} data-type="automatic" aria-pressed={!triage.overridden}
          onClick={() => choose(null)}>
          {t('triage.automatic', { type: t(`triage.type.${triage.computedType}`) })}
        </button>
        <p className="hint">{t('triage.shared')}</p>
      </div> : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
    </details>
  );
}
