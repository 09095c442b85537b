// "Derivar" on the agent's own case: one action opens the form (an area or a person, and an
// internal note); hidden while the case waits for an area's answer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/models.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { DeriveForm } from './DeriveForm.tsx';

export function DeriveAction({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (summary.derivation?.state === 'derived') return null;
  return (
    <>
      <button type="button" className="button ghost" data-testid="derive-case" title={t('derivation.button')} onClick={() => setOpen(true)}>
        <Icon name="building" />
        <span className="label">{t('derivation.button')}</span>
      </button>
      <Dialog open={open} title={t('derivation.title', { number: summary.number })} onClose={() => setOpen(false)} testId="derive-dialog">
        {open ? <DeriveForm caseId={summary.id} onDone={() => setOpen(false)} /> : null}
      </Dialog>
    </>
  );
}
