// The contact-center vocabulary shared by every process, in the words agents use:
// a *case* gathers one customer's messages on one topic; agents answer it on its channel.

export const CHANNELS = [
  'facebook_post',
  'facebook_messenger',
  'x_mention',
  'x_dm',
  'instagram_comment',
  'instagram_dm',
  'whatsapp',
  'email',
  'webchat',
  'sms',
  'mercadolibre',
] as const;
export type Channel = (typeof CHANNELS)[number];
/** A channel read from storage or the wire, as a string: one of ours or not. */
export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

export const CASE_STATUSES = ['open', 'pending_company', 'waiting_customer', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Higher sorts first in the inbox. */
export const PRIORITY_RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

export const CONTACT_REASONS = [
  'query',
  'complaint',
  'suggestion',
  'request_signup',
  'request_sale',
  'request_change',
  'request_cancellation',
] as const;
export type ContactReason = (typeof CONTACT_REASONS)[number];

export const RESOLUTIONS = ['favour', 'against'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/**
 * Types A–E of the guide's message protocol (seed 001, section 5). The code `public` is the wire's
 * name for type A, a plain query; on screen it is "Consulta (A)" so it is never read as the
 * channel's visibility.
 */
export const MESSAGE_TYPES = [
  'public',
  'private_data',
  'hostile',
  'no_content',
  'hostile_no_content',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const LANGUAGES = ['es', 'en', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SEGMENTS = ['high_value', 'standard', 'new'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const ROLES = ['agent', 'supervisor', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

/** How a message reached the case: a customer wrote, an agent replied, the engine did, or the server sent a satisfaction survey. */
export const MESSAGE_KINDS = ['customer', 'reply', 'auto_reply', 'survey'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * Delivery state of an outgoing message as the agent sees it. `queued` lives only in the
 * local cache until the server applies the mutation.
 */
export const DELIVERY_STATES = ['queued', 'sent', 'failed', 'conflict'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
