// Under a customer message: its type (A–E, or the agent's choice, and whose), the menu to change
// it, and, when the noise filter holds it, why and how to restore it. A decision not sent yet says
// so; a refused one is listed with the case's refused changes.
import type { TFunction } from 'i18next';
import { useId } from 'react';
import type { MessageTriage } from '../../../shared/models.ts';
import { MessageTypeMenu } from './MessageTypeMenu.tsx';
import { RestoreButton } from './RestoreButton.tsx';

/**
 * `readOnly`: another agent's case (history, a review): its type and filter are shown, not changed.
 * `t`: the thread's (one hook on the language for all its messages).
 */
export function MessageTriageLine({ messageId, triage, t, readOnly = false }: { messageId: string; triage: MessageTriage; t: TFunction; readOnly?: boolean }) {
  const noteId = useId();
  // Another agent's decision (a customer's history, a reviewer) names them; this console's, or one
  // not sent yet, is the agent's own.
  const other = !triage.pending && triage.decidedBy !== null && !triage.decidedBy.you ? triage.decidedBy.name ?? triage.decidedBy.username : null;
  return (
    <div className="message-triage">
      <span className={`message-type type-${triage.type}`} data-testid="message-type" data-type={triage.type}
        data-overridden={triage.overridden}>
        <span className="sr-only">{t('triage.typeLabel')}: </span>
        {t(`triage.type.${triage.type}`)}
        {triage.overridden ? <span className="type-chosen"> ({other === null ? t('triage.typeChosen') : t('triage.typeChosenBy', { name: other })})</span> : null}
      </span>
      {triage.pending ? <span className="noise-note" data-testid="decision-pending">{t('triage.pending')}</span> : null}
      {readOnly ? null : <MessageTypeMenu messageId={messageId} triage={triage} t={t} />}
      {triage.noise !== null && triage.filtered ? (
        <>
          <span id={noteId} className="noise-note" data-testid="message-filtered">
            {t('triage.filteredBecause', { why: t(`triage.noise.${triage.noise}`) })}
          </span>
          {readOnly ? null : <RestoreButton messageId={messageId} describedBy={noteId} />}
        </>
      ) : null}
      {triage.restored ? <span className="noise-note">{other === null ? t('triage.restoredNote') : t('triage.restoredBy', { name: other })}</span> : null}
    </div>
  );
}
