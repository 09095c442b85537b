import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCandidate } from '../../../shared/customer.ts';
import { errorText } from '../../lib/errorText.ts';
import { CandidateLine } from './CandidateLine.tsx';
import { useCustomerSearch } from './useCustomerSearch.ts';

interface Props {
  caseId: string;
  onLink: (candidate: CustomerCandidate) => void;
  onMerge: (candidate: CustomerCandidate) => void;
}

/** Finds another record by name, e-mail, phone or handle, to link the case's account to or merge with. */
export function LinkSearch({ caseId, onLink, onMerge }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const { search, error, searching } = useCustomerSearch(caseId, query);
  return (
    <div className="link-search">
      <label htmlFor={inputId}>{t('customerLinks.searchLabel')}</label>
      <input id={inputId} type="search" data-testid="customer-search" value={query} maxLength={200}
        placeholder={t('customerLinks.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} />
      <p role="status" className="hint" data-testid="customer-search-state">
        {searching ? t('customerLinks.searching')
          : error ? t('customerLinks.failed', { message: errorText(t, error) })
          : search?.directory === 'offline' ? t('customerLinks.offline')
          : search && search.results.length === 0 ? t('customerLinks.noResults') : ''}
      </p>
      {search && !searching ? (
        <ul className="customer-candidates">
          {search.results.map((candidate) => (
            <li key={candidate.id} data-testid="customer-candidate" data-customer-id={candidate.id}>
              <CandidateLine candidate={candidate} />
              <button type="button" className="button" data-testid="link-to-customer" onClick={() => onLink(candidate)}>{t('customerLinks.link')}</button>{' '}
              <button type="button" className="button ghost" data-testid="merge-with-customer" onClick={() => onMerge(candidate)}>{t('customerLinks.merge')}</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
