// The delivery log: every message the sandbox "delivered" to a customer, and which console caused
// it, so a trainer or a test can tell a message went out once, or never.
export interface Delivery {
  caseId: string;
  channel: string;
  /** The identity the customer wrote through: the message goes to its handle. */
  identityId: string | null;
  text: string;
  kind: 'reply' | 'move_to_private' | 'auto_reply' | 'survey';
  mutationId: string;
  clientId: string;
  username: string;
  sentAt: string;
  templates?: unknown[] | undefined;
  articles?: unknown[] | undefined;
}
