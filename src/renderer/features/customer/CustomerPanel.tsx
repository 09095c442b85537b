// The customer beside the case: who they are on every channel, how far their word reaches, all
// their cases (another agent's open read-only) and the agents' notes. Everything the customer
// wrote (name, handles, notes) is rendered as React text.
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errorText.ts';
import { CustomerHistory } from './CustomerHistory.tsx';
import { CustomerNotes } from './CustomerNotes.tsx';
import { CustomerProfileView } from './CustomerProfileView.tsx';
import { useCustomerProfile } from './useCustomerProfile.ts';

export function CustomerPanel({ caseId }: { caseId: string | null }) {
  const { t } = useTranslation();
  if (caseId === null) return <p className="customer-state" data-testid="customer-panel-empty">{t('customer.noCase')}</p>;
  return <CaseCustomer caseId={caseId} />;
}

function CaseCustomer({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data: profile, error } = useCustomerProfile(caseId);
  if (error && profile === undefined) return <p className="customer-state error" role="alert">{t('customer.loadFailed', { message: errorText(t, error) })}</p>;
  if (profile === undefined) return <p className="customer-state" role="status">{t('customer.loading')}</p>;
  if (profile === null) return <p className="customer-state">{t('customer.gone')}</p>;
  return (
    <div className="customer-panel" data-testid="customer-panel" data-customer-id={profile.id}>
      <CustomerProfileView profile={profile} />
      <CustomerHistory customerId={profile.id} currentCaseId={caseId} />
      <CustomerNotes customerId={profile.id} />
    </div>
  );
}
