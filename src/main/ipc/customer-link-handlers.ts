// Linking an account to a known customer, unlinking it, merging records and undoing: the
// pickers search this computer's cache and, when the central API answers, its directory.
import type { CustomerCandidate, CustomerSearch } from '../../shared/customer.ts';
import { keyString, matchingCandidates, matchKeyOf, searchCandidates } from '../../shared/customer-match.ts';
import type { ConsoleController } from '../console/controller.ts';
import type { DirectoryCustomer } from '../../protocol/directory.ts';
import type { Handlers } from './handlers.ts';

type LinkHandlers = Pick<Handlers, 'getCustomer' | 'findCustomers' | 'mergeSuggestions' | 'linkIdentity' | 'unlinkIdentity' | 'mergeCustomers' | 'undoMerge'>;

// The pickers wait this long for the directory before showing the cache's results alone.
const DIRECTORY_WAIT_MS = 4000;

export function customerLinkHandlers(controller: ConsoleController): LinkHandlers {
  const store = () => controller.current.store;
  const commands = () => controller.current.commands;
  const queued = (q: { caseId: string; mutationId: string }) => ({ caseId: q.caseId, mutationId: q.mutationId });

  /** The directory's answer, or null offline (or slow): the cache's results stand alone then. */
  const directory = async (query: string, keys: string[] = []): Promise<DirectoryCustomer[] | null> => {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), DIRECTORY_WAIT_MS).unref());
    const answer = controller.current.api.searchCustomers(query, keys).then((r) => r.customers, () => null);
    return Promise.race([answer, timeout]);
  };
  const caseCustomer = (caseId: string) => {
    const customerId = store().cases.get(caseId)?.customerId;
    return customerId === undefined ? null : store().customers.profile(customerId);
  };
  const merged = <T extends { id: string }>(local: T[], remote: T[] | null, exclude: string): CustomerSearch<T> => {
    const byId = new Map([...local, ...(remote ?? [])].filter((c) => c.id !== exclude).map((c) => [c.id, c]));
    return { results: [...byId.values()].slice(0, 20), directory: remote === null ? 'offline' : 'searched' };
  };

  return {
    getCustomer: (input) => {
      const customerId = 'caseId' in input ? store().cases.get(input.caseId)?.customerId : input.customerId;
      const profile = customerId === undefined ? null : store().customers.profile(customerId);
      return profile && { ...profile, pendingChanges: store().outbox.pendingCustomerChanges(profile.id) };
    },
    findCustomers: async ({ caseId, query }) => {
      const own = caseCustomer(caseId);
      if (!own || query.trim() === '') return { results: [], directory: 'searched' };
      const local = searchCandidates(store().customers.candidates(), query);
      return merged<CustomerCandidate>(local, await directory(query), own.id);
    },
    mergeSuggestions: async ({ caseId }) => {
      const own = caseCustomer(caseId);
      if (!own) return { results: [], directory: 'searched' };
      const keys = own.identities.flatMap((i) => matchKeyOf(i.channel, i.handle) ?? []).map(keyString);
      if (keys.length === 0) return { results: [], directory: 'searched' };
      const local = matchingCandidates(own.identities, store().customers.candidates());
      const remote = await directory('', keys);
      const found = merged(
        local.map((m) => m.customer),
        remote && matchingCandidates(own.identities, remote).map((m) => m.customer),
        own.id,
      );
      return { ...found, results: matchingCandidates(own.identities, found.results) };
    },
    linkIdentity: ({ caseId, customerId }) => queued(commands().linkIdentity(caseId, customerId)),
    unlinkIdentity: ({ caseId, identityId, reason }) => queued(commands().unlinkIdentity(caseId, identityId, reason)),
    mergeCustomers: ({ caseId, survivorId, mergedId }) => queued(commands().mergeCustomers(caseId, survivorId, mergedId)),
    undoMerge: ({ caseId, mergeId }) => queued(commands().undoMerge(caseId, mergeId)),
  };
}
