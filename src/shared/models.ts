// What the console shows: read models answered from the local cache. Rows (db/) and wire
// payloads (sync/wire.ts) are converted into these at the repository seam.
import type {
  CaseStatus,
  Channel,
  ContactReason,
  DeliveryState,
  Language,
  MessageKind,
  MessageType,
  Priority,
  Resolution,
} from './domain.ts';

export interface CaseSummary {
  id: string;
  number: number;
  customerId: string;
  customerName: string | null;
  channel: Channel;
  subject: string;
  status: CaseStatus;
  assignedTo: string | null;
  priority: Priority;
  language: Language;
  reason: ContactReason | null;
  resolution: Resolution | null;
  messageType: MessageType | null;
  updatedAt: string;
  waitingSince: string | null;
}

export interface Message {
  id: string;
  caseId: string;
  kind: MessageKind;
  author: string;
  text: string;
  sentAt: string;
  state: DeliveryState;
}

export interface MessageHit {
  messageId: string;
  caseId: string;
  caseNumber: number;
  subject: string;
  snippet: string;
}

export interface ArticleHit {
  id: string;
  title: string;
  summary: string;
  snippet: string;
  language: Language;
}

export type MutationStatus = 'pending' | 'applied' | 'conflict' | 'rejected';

/** One thing the agent did, and what became of it. Nothing leaves this list silently. */
export interface MutationView {
  seq: number;
  id: string;
  name: string;
  args: unknown;
  status: MutationStatus;
  reason: string | null;
  message: string | null;
  attempts: number;
  createdAt: string;
  settledAt: string | null;
}
