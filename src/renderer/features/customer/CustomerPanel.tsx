// The customer beside the case: who they are on every channel, how far their word reaches, all
// their cases (another agent's open read-only) and the agents' notes. Everything the customer
// wrote (name, handles, notes) is rendered as React text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerIdentity, CustomerProfile } from '../../../shared/customer.ts';
import { contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { CustomerLinks } from './CustomerLinks.tsx';
import { UnlinkDialog } from './LinkDialogs.tsx';
import { useCustomerHistory } from './useCustomerHistory.ts';
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
  return <CustomerBody caseId={caseId} profile={profile} />;
}

function CustomerBody({ caseId, profile }: { caseId: string; profile: CustomerProfile }) {
  const { t } = useTranslation();
  const [unlinking, setUnlinking] = useState<CustomerIdentity | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Links, unlinks and merges are made from the agent's own case; history cases are read-only.
  const mine = useCustomerHistory(profile.id).data?.find((c) => c.id === caseId)?.mine ?? false;
  return (
    <div className="customer-panel" data-testid="customer-panel" data-customer-id={profile.id}>
      <CustomerProfileView profile={profile} onUnlink={mine ? setUnlinking : undefined} />
      <p role="status" className="customer-notice" data-testid="unlink-notice">{notice}</p>
      {mine ? <CustomerLinks caseId={caseId} profile={profile} /> : null}
      <CustomerHistory customerId={profile.id} currentCaseId={caseId} />
      <CustomerNotes customerId={profile.id} />
      <UnlinkDialog caseId={caseId} identity={unlinking} onDone={(queued) => {
        setUnlinking(null);
        queued?.then(() => setNotice(t('customerLinks.unlinkQueued')), (failure: unknown) =>
          setNotice(t('customerLinks.failed', { message: errorText(t, contractError(failure)) })));
      }} />
    </div>
  );
}
