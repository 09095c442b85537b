// The organisation's customer directory, searched when an agent links or merges records.
import { z } from 'zod';
import { CHANNELS, SEGMENTS } from '../shared/domain.ts';
import { id } from './fields.ts';

/**
 * `POST /v1/customers/search`: the organisation's customers (retired records left out) whose
 * name or an account holds every word of `query`, or who share one of `keys` ("phone:1155551234").
 */
export const CustomerSearchRequest = z.object({
  query: z.string().max(200).default(''),
  keys: z.array(z.string().regex(/^(phone|email|handle):.{1,500}$/)).max(20).default([]),
});
export const DirectoryCustomer = z.object({
  id,
  name: z.string().max(500),
  segment: z.enum(SEGMENTS),
  identities: z.array(z.object({ channel: z.enum(CHANNELS), handle: z.string().max(500), validated: z.boolean() })).max(100),
});
export const DirectoryResponse = z.object({ customers: z.array(DirectoryCustomer).max(50) });
export type DirectoryResponse = z.infer<typeof DirectoryResponse>;
export type DirectoryCustomer = z.infer<typeof DirectoryCustomer>;
