// The organisation's customer directory, for the link and merge pickers: every active record
// (retired ones, folded into another, are left out), found by words or by shared accounts.
import type { z } from 'zod';
import { keyString, matchingCandidates, matchKeyOf, searchCandidates } from '../shared/customer-match.ts';
import { type CustomerSearchRequest, DirectoryCustomer } from '../protocol/directory.ts';
import { RowReader, type Row } from './columns.ts';
import { prepared } from './prepared.ts';
import type { SandboxDb } from './schema.ts';

const LIMIT = 20;

export function searchDirectory(db: SandboxDb, request: z.infer<typeof CustomerSearchRequest>): DirectoryCustomer[] {
  const everyone = activeCustomers(db);
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

function activeCustomers(db: SandboxDb): DirectoryCustomer[] {
  return prepared<[], Row>(db,
    `SELECT c.id, c.name, c.segment, (SELECT json_group_array(json_object('channel', i.channel, 'handle', i.handle, 'validated', json(CASE i.validated WHEN 1 THEN 'true' ELSE 'false' END)))
       FROM identities i WHERE i.customer_id = c.id) AS identities
     FROM customers c WHERE c.merged_into IS NULL ORDER BY c.name, c.id`,
  ).all().map((row) => {
    const r = new RowReader('customers', row);
    return {
      id: r.text('id'), name: r.text('name'), segment: r.as('segment', DirectoryCustomer.shape.segment),
      identities: r.json('identities', DirectoryCustomer.shape.identities),
    };
  });
}
