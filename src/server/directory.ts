// The organisation's customer directory, for the link and merge pickers: among the active records
// (retired ones, folded into another, are left out; the store reads them), those found by words or
// by shared accounts.
import type { z } from 'zod';
import { keyString, matchingCandidates, matchKeyOf, searchCandidates } from '../shared/customer-match.ts';
import type { CustomerSearchRequest, DirectoryCustomer } from '../protocol/directory.ts';

const LIMIT = 20;

/** `everyone`: the active records, in the order the first found are shown. */
export function searchDirectory(everyone: DirectoryCustomer[], request: z.infer<typeof CustomerSearchRequest>): DirectoryCustomer[] {
  const found = new Map(searchCandidates(everyone, request.query, LIMIT).map((c) => [c.id, c]));
  if (request.keys.length > 0) {
    // The keys name what the console's customer has; any record holding one of them matches.
    const wanted = new Set(request.keys);
    const probe = everyone.flatMap((c) => c.identities).filter((i) => {
      const key = matchKeyOf(i.channel, i.handle);
      return key !== null && wanted.has(keyString(key));
    });
    for (const { customer } of matchingCandidates(probe, everyone)) {
      if (found.size < LIMIT) found.set(customer.id, customer);
    }
  }
  return [...found.values()];
}
