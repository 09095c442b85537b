// The customer 360 as the console shows it: who the customer is on every channel, how far
// their word reaches, all their cases (the other agents' ones read-only) and the agents' notes.
import type { CaseStatus, Channel, ContactReason, Language, Resolution, Segment } from './domain.ts';
import type { Influence } from './triage/influence.ts';
import type { MatchKey } from './customer-match.ts';

export interface CustomerIdentity {
  id: string;
  channel: Channel;
  /** A handle, an e-mail address or a phone number, as the customer wrote it. */
  handle: string;
  /** An agent checked that this account is the customer's. */
  validated: boolean;
}

export interface CustomerProfile {
  id: string;
  name: string;
  segment: Segment;
  followers: number;
  publicFigure: boolean;
  /** Computed from followers and the public-figure flag, with the reasons. */
  influence: Influence;
  location: string | null;
  language: Language;
  /** The customer record's own notes field (from the organisation's CRM). */
  notes: string | null;
  identities: CustomerIdentity[];
  /** Links and merges into this record that can still be undone, newest first. */
  merges: CustomerMerge[];
  /** This agent's links, unlinks, merges and undos about this customer the server has not taken yet. */
  pendingChanges: CustomerChangeName[];
}

export type CustomerChangeName = 'link_identity' | 'unlink_identity' | 'merge_customers' | 'undo_merge';
export const CUSTOMER_CHANGES: readonly CustomerChangeName[] = ['link_identity', 'unlink_identity', 'merge_customers', 'undo_merge'];

export interface CustomerMerge {
  mergeId: string;
  /** `link`: one account joined this record; `merge`: a whole record did. */
  kind: 'link' | 'merge';
  mergedId: string;
  mergedName: string;
  /** The agent's username, and when. */
  by: string;
  at: string;
}

/** Another customer record an agent may link the case's account to, or merge with. */
export interface CustomerCandidate {
  id: string;
  name: string;
  segment: Segment;
  identities: Omit<CustomerIdentity, 'id'>[];
}

/** A record that shares a phone, an e-mail or a handle with the case's customer. */
export interface MergeSuggestion {
  customer: CustomerCandidate;
  shared: MatchKey[];
}

/** Customers found for the case, and whether the organisation's directory answered too. */
export interface CustomerSearch<T> {
  results: T[];
  /** `offline`: only the customers in this computer's cache were searched. */
  directory: 'searched' | 'offline';
}

/** One of the customer's cases in their history. */
export interface CustomerCase {
  id: string;
  number: number;
  channel: Channel;
  status: CaseStatus;
  reason: ContactReason | null;
  resolution: Resolution | null;
  assignedTo: string | null;
  /** The assignee's name, when the cache knows the agent. */
  assigneeName: string | null;
  /** Assigned to this console's agent: the others' cases open read-only. */
  mine: boolean;
  /** The subject, or the customer's first message: one line, cut short. */
  summary: string;
  createdAt: string;
  updatedAt: string;
}

/** `pending` until the server takes it; `refused` if it did not (the change says why). */
export type CustomerNoteState = 'pending' | 'saved' | 'refused';

export interface CustomerNote {
  id: string;
  customerId: string;
  /** The author's username and name. */
  author: string;
  authorName: string;
  text: string;
  createdAt: string;
  state: CustomerNoteState;
}

/** The longest note an agent may write, in characters. */
export const CUSTOMER_NOTE_MAX = 5000;
