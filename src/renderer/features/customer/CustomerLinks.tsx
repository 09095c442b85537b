// Linking the case's account to a known customer, merging records, and undoing either. The
// server applies them (it alone sees every record); until it does, the panel says they are
// pending. Names and handles are customers' words: React text only.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCandidate, CustomerProfile } from '../../../shared/customer.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { CandidateLine } from './CandidateLine.tsx';
import { LinkDialog, MergeDialog } from './LinkDialogs.tsx';
import { LinkSearch } from './LinkSearch.tsx';
import { MergeHistory } from './MergeHistory.tsx';
import { useMergeSuggestions } from './useCustomerSearch.ts';

export type Notice = { text: string; error: boolean } | null;

export function CustomerLinks({ caseId, profile }: { caseId: string; profile: CustomerProfile }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [linking, setLinking] = useState<CustomerCandidate | null>(null);
  const [merging, setMerging] = useState<CustomerCandidate | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const { data: suggestions } = useMergeSuggestions(caseId);

  const run = (call: Promise<unknown>, done: string) => {
    setNotice(null);
    call.then(
      () => setNotice({ text: done, error: false }),
      (failure: unknown) => setNotice({ text: t('customerLinks.failed', { message: errorText(t, contractError(failure)) }), error: true }),
    );
  };

  return (
    <section className="customer-section customer-links" aria-labelledby={headingId} data-testid="customer-links">
      <h3 id={headingId}>{t('customerLinks.title')}</h3>
      {profile.pendingChanges.length > 0 ? (
        <p className="customer-links-pending" role="status" data-testid="customer-links-pending">
          {t('customerLinks.pending', { count: profile.pendingChanges.length })}
        </p>
      ) : null}
      <MergeHistory merges={profile.merges} onUndo={(mergeId) => run(api.undoMerge({ caseId, mergeId }), t('customerLinks.undoQueued'))} />
      {suggestions?.results.length ? (
        <div className="merge-suggestions" data-testid="merge-suggestions">
          <p className="hint">{t('customerLinks.suggestionsIntro')}</p>
          <ul>
            {suggestions.results.map(({ customer, shared }) => (
              <li key={customer.id} data-testid="merge-suggestion">
                <CandidateLine candidate={customer} />
                <p className="hint">{shared.map((key) => t(`customerLinks.shared.${key.kind}`, { value: key.value })).join(' · ')}</p>
                <button type="button" className="button" onClick={() => setMerging(customer)}>{t('customerLinks.merge')}</button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <LinkSearch caseId={caseId} onLink={setLinking} onMerge={setMerging} />
      <p role="status" className={notice?.error ? 'customer-notice error' : 'customer-notice'} data-testid="customer-links-notice">{notice?.text}</p>
      <LinkDialog caseId={caseId} profile={profile} target={linking} onDone={(queued) => {
        setLinking(null);
        if (queued) run(queued, t('customerLinks.linkQueued'));
      }} />
      <MergeDialog caseId={caseId} profile={profile} other={merging} onDone={(queued) => {
        setMerging(null);
        if (queued) run(queued, t('customerLinks.mergeQueued'));
      }} />
    </section>
  );
}
