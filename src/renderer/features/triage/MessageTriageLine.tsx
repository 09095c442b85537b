// Under a customer message: its type (A–E, or the agent's choice), the menu to change it, and,
// when the noise filter holds it, why and how to restore it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageTriage } from '../../../shared/models.ts';
import { MessageTypeMenu } from './MessageTypeMenu.tsx';
import { RestoreButton } from './RestoreButton.tsx';

export function MessageTriageLine({ messageId, triage }: { messageId: string; triage: MessageTriage }) {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <div className="message-triage">
      <span className={`message-type type-${triage.type}`} data-testid="message-type" data-type={triage.type}
        data-overridden={triage.overridden}>
        <span className="sr-only">{t('triage.typeLabel')}: </span>
        {t(`triage.type.${triage.type}`)}
        {triage.overridden ? <span className="type-chosen"> ({t('triage.typeChosen')})</span> : null}
      </span>
      <MessageTypeMenu messageId={messageId} triage={triage} />
      {triage.noise !== null && triage.filtered ? (
        <>
          <span id={noteId} className="noise-note" data-testid="message-filtered">
            {t('triage.filteredBecause', { why: t(`triage.noise.${triage.noise}`) })}
          </span>
          <RestoreButton messageId={messageId} describedBy={noteId} />
        </>
      ) : null}
      {triage.restored ? <span className="noise-note">{t('triage.restoredNote')}</span> : null}
    </div>
  );
}
