import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/models.ts';
import { Icon } from '../../ui/Icon.tsx';

/** In place of the reply box on another agent's case: whose it is, and that it is read-only. */
export function ReadOnlyNote({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const agent = detail.assigneeName ?? detail.case.assignedTo;
  return (
    <div className="read-only-note" data-testid="read-only-note">
      <p className="read-only-title">
        <Icon name="lock" />
        {agent === null ? t('customer.readOnlyUnassigned') : t('customer.readOnly', { agent })}
      </p>
      <p className="hint">{t('customer.readOnlyHint')}</p>
    </div>
  );
}
