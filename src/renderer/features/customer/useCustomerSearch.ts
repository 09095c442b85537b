import { useEffect, useState } from 'react';
import type { ContractError } from '../../../shared/contract.ts';
import type { CustomerCandidate, CustomerSearch, MergeSuggestion } from '../../../shared/customer.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

// Typing pauses this long before the directory is asked: one request per word, not per key.
const PAUSE_MS = 250;

interface Found {
  query: string;
  search: CustomerSearch<CustomerCandidate> | null;
  error: ContractError | null;
}

/** Customers matching what the agent typed, from the cache and (online) the directory. */
export function useCustomerSearch(caseId: string, query: string): Found & { searching: boolean } {
  const [found, setFound] = useState<Found>({ query: '', search: null, error: null });
  useEffect(() => {
    if (query.trim() === '') return;
    let active = true;
    const timer = setTimeout(() => {
      api.findCustomers({ caseId, query }).then(
        (search) => active && setFound({ query, search, error: null }),
        (failure: unknown) => active && setFound({ query, search: null, error: contractError(failure) }),
      );
    }, PAUSE_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [caseId, query]);
  if (query.trim() === '') return { query, search: null, error: null, searching: false };
  return { ...found, searching: found.query !== query };
}

/** Records sharing a phone, an e-mail or a handle with the case's customer; re-read as records change. */
export function useMergeSuggestions(caseId: string): CacheQuery<CustomerSearch<MergeSuggestion>> {
  return useCacheQuery(`merge-suggestions:${caseId}`, () => api.mergeSuggestions({ caseId }), ['customer', 'identity']);
}
