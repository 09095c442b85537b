// Wire schemas of the central API (docs/openapi.yaml). Every payload that crosses the network
// is parsed here, on both sides: the sync engine trusts nothing it did not validate.
import { z } from 'zod';
import {
  CASE_STATUSES,
  CHANNELS,
  CONTACT_REASONS,
  DELIVERY_STATES,
  LANGUAGES,
  MESSAGE_KINDS,
  MESSAGE_TYPES,
  PRIORITIES,
  RESOLUTIONS,
  ROLES,
  SEGMENTS,
} from '../../shared/domain.ts';
import type { EntityName } from '../../shared/events.ts';
import { CUSTOMER_NOTE_MAX } from '../../shared/customer.ts';
import { EDITABLE_SETTINGS } from '../../shared/business-settings.ts';

const isoTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);
/** Customer text is kept whole, but an absurd payload is refused before it reaches SQLite. */
const customerText = z.string().max(200_000);

export const LoginRequest = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  deviceId: z.string().min(1).max(100).optional(),
});
export const LoginResponse = z.object({
  token: z.string().min(16),
  agent: z.object({ id, username: z.string(), name: z.string(), role: z.enum(ROLES) }),
  serverNow: isoTime,
});
export type LoginResponse = z.infer<typeof LoginResponse>;

export const WireAgent = z.object({
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  team: z.string().nullable(),
});
export const WireCustomer = z.object({
  name: z.string().max(500),
  segment: z.enum(SEGMENTS),
  followers: z.int().nonnegative(),
  publicFigure: z.boolean(),
  location: z.string().max(500).nullable(),
  language: z.enum(LANGUAGES),
  notes: z.string().max(20_000).nullable(),
  /** Links and merges into this record that can still be undone, newest first (absent from older servers). */
  merges: z.array(z.object({
    mergeId: id,
    kind: z.enum(['link', 'merge']),
    /** The record that was folded in (retired while the merge stands) and its name. */
    mergedId: id,
    mergedName: z.string().max(500),
    by: z.string().max(100),
    at: isoTime,
  })).max(200).default([]),
});
export const WireIdentity = z.object({
  customerId: id,
  channel: z.enum(CHANNELS),
  handle: z.string().max(500),
  validated: z.boolean(),
});
/** A case named by id and number, so a console without it can still say "#1234". */
const WireCaseLink = z.object({ caseId: id, number: z.int().positive() });
export const WireCase = z.object({
  number: z.int().positive(),
  customerId: id,
  channel: z.enum(CHANNELS),
  subject: z.string().max(1000),
  status: z.enum(CASE_STATUSES),
  assignedTo: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  language: z.enum(LANGUAGES),
  reason: z.enum(CONTACT_REASONS).nullable(),
  resolution: z.enum(RESOLUTIONS).nullable(),
  messageType: z.enum(MESSAGE_TYPES).nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** Oldest customer message not yet answered; null when the case is answered. */
  waitingSince: isoTime.nullable(),
  /** Added later (absent from older servers): a public case moved to this private channel. */
  movedTo: z.enum(CHANNELS).nullable().default(null),
  /** The public case this private one continues (`move_to_private`, then the customer wrote). */
  continues: WireCaseLink.nullable().default(null),
  /** The private case this public one continued in. */
  continuedIn: WireCaseLink.nullable().default(null),
  /**
   * The identity the customer wrote through (added later; null when unknown). Replies go to it,
   * whichever record the identity belongs to after a link or a merge.
   */
  identityId: id.nullable().default(null),
});
export const WireMessage = z.object({
  caseId: id,
  kind: z.enum(MESSAGE_KINDS),
  author: z.string().max(500),
  text: customerText,
  sentAt: isoTime,
  state: z.enum(DELIVERY_STATES),
  /**
   * An auto-reply's dedupe key (the case and its closed window), so a console that pulls another
   * console's auto-reply knows that window is answered. Absent from older servers: null.
   */
  autoReplyKey: z.string().max(300).nullable().default(null),
  /** The company's promotional post (campaign) this customer message answers; added later, null otherwise. */
  promo: z.string().max(200).nullable().default(null),
});
export const WireTemplate = z.object({
  title: z.string().max(500),
  shortcut: z.string().max(100).nullable(),
  language: z.enum(LANGUAGES),
  channels: z.array(z.enum(CHANNELS)).nullable(),
  team: z.string().nullable(),
  body: z.string().max(20_000),
  updatedAt: isoTime,
  /** null for company templates; the agent's username for a personal one. */
  owner: z.string().nullable(),
});
export const WireArticle = z.object({
  title: z.string().max(1000),
  summary: z.string().max(5000),
  body: z.string().max(200_000),
  tags: z.array(z.string().max(100)),
  language: z.enum(LANGUAGES),
  updatedAt: isoTime,
  /**
   * The content's version as agents read it: 1 when published, one more per edit. The change's
   * `version` only orders the feed (it grows with every change of anything), so it is not shown.
   */
  revision: z.int().positive().nullable().default(null),
  /** The article's public page, for a link in a reply; null for internal articles. */
  url: z.url({ protocol: /^https$/ }).max(2000).nullable().default(null),
});
/** A sender the organisation blocked (spam, trolls: type E): the triage leaves their messages out of the queue. */
export const WireBlockedSender = z.object({
  channel: z.enum(CHANNELS),
  handle: z.string().min(1).max(500),
  reason: z.string().max(200),
  /** The agent's username. */
  blockedBy: z.string().max(100),
  blockedAt: isoTime,
});
/** An agent's note on a customer: seen with the customer, by every agent holding one of their cases. */
export const WireCustomerNote = z.object({
  customerId: id,
  /** The author's username, and their name as it was when they wrote. */
  author: z.string().max(100),
  authorName: z.string().max(500),
  text: z.string().max(CUSTOMER_NOTE_MAX),
  createdAt: isoTime,
});
/** Settings are opaque JSON documents keyed by id (e.g. `business_hours`). */
export const WireSetting = z.object({ value: z.json() });

// Every synced entity; the outbox and drafts are this console's own and never on the wire.
export const ENTITY_SCHEMAS = {
  agent: WireAgent,
  customer: WireCustomer,
  identity: WireIdentity,
  case: WireCase,
  message: WireMessage,
  template: WireTemplate,
  article: WireArticle,
  setting: WireSetting,
  blocked_sender: WireBlockedSender,
  customer_note: WireCustomerNote,
} as const satisfies Record<Exclude<EntityName, 'outbox' | 'draft'>, z.ZodType>;
export type Entity = keyof typeof ENTITY_SCHEMAS;
export const ENTITIES = Object.keys(ENTITY_SCHEMAS) as Entity[];
export type WireData<E extends Entity> = z.infer<(typeof ENTITY_SCHEMAS)[E]>;

const putChange = <E extends Entity>(entity: E) =>
  z.object({
    entity: z.literal(entity),
    id,
    op: z.literal('put'),
    version: z.int().positive(),
    data: ENTITY_SCHEMAS[entity],
  });
const DelChange = z.object({
  entity: z.enum(ENTITIES as [Entity, ...Entity[]]),
  id,
  op: z.literal('del'),
  version: z.int().positive(),
  /** Why the row left this agent's scope, e.g. `reassigned`. */
  reason: z.string().max(200).optional(),
});

export const Change = z.union([
  putChange('agent'),
  putChange('customer'),
  putChange('identity'),
  putChange('case'),
  putChange('message'),
  putChange('template'),
  putChange('article'),
  putChange('setting'),
  putChange('blocked_sender'),
  putChange('customer_note'),
  DelChange,
]);
export type Change = z.infer<typeof Change>;
export type PutChange<E extends Entity> = Extract<Change, { entity: E; op: 'put' }>;

export const PullRequest = z.object({
  cursor: z.string().max(200).nullable(),
  limit: z.int().min(1).max(2000),
});
export const PullResponse = z.object({
  changes: z.array(Change),
  cursor: z.string().min(1).max(200),
  hasMore: z.boolean(),
  /** Changes still to come after this page: lets the initial sync show progress. */
  remaining: z.int().nonnegative(),
  /** The server's clock: time-based rules decide by it, never by the laptop's. */
  serverNow: isoTime,
});
export type PullResponse = z.infer<typeof PullResponse>;

export const SendReplyArgs = z.object({
  caseId: id,
  /** Chosen by the console, so the server's message is the same row the agent saw queued. */
  messageId: z.uuid(),
  text: z.string().min(1).max(100_000),
  /** The templates the reply was made from, at the version the agent inserted. */
  templates: z.array(z.object({ id, version: z.int().nonnegative() })).max(20).optional(),
  /** The knowledge-base articles quoted or linked in the reply, at the version inserted. */
  articles: z.array(z.object({ id, version: z.int().nonnegative() })).max(20).optional(),
});
const reasonCode = z.string().regex(/^[a-z][a-z_]{0,39}$/, 'a contact reason is a lowercase code such as "complaint"');
export const SetStatusArgs = z.object({
  caseId: id,
  status: z.enum(CASE_STATUSES),
  /**
   * The contact reason, required to resolve: one of the active codes of the `contact_reasons`
   * setting (else `rejected` / `reason_required` or `unknown_reason`). Optional otherwise.
   */
  reason: reasonCode.optional(),
  /** In the customer's favour or against it; required to resolve, ignored otherwise. */
  resolution: z.enum(RESOLUTIONS).optional(),
});
/**
 * Invites the customer of a public case to a private channel: `text` is delivered as a public
 * reply (like `send_reply`, exactly once by `messageId`) and the case records `movedTo`.
 */
export const MoveToPrivateArgs = z.object({
  caseId: id,
  messageId: z.uuid(),
  text: z.string().min(1).max(100_000),
  channel: z.enum(CHANNELS),
  /** The invitation template, at the version used. */
  templates: z.array(z.object({ id, version: z.int().nonnegative() })).max(20).optional(),
});
/**
 * The out-of-hours notice the console's engine decided on: delivered once per `dedupeKey` (the
 * case and its closed window) whichever console sends it, so several consoles holding the case,
 * or one restarted, never send two. It does not answer the customer: the case keeps waiting.
 */
export const SendAutoReplyArgs = z.object({
  caseId: id,
  messageId: z.uuid(),
  text: z.string().min(1).max(100_000),
  dedupeKey: z.string().min(1).max(300),
  language: z.enum(LANGUAGES),
  /** The customer message it answers. */
  inReplyTo: id,
});
/** Creates or edits one of the agent's personal templates. */
export const SaveTemplateArgs = z.object({
  /** A new template's id is a UUID the console chooses; company templates keep the server's ids. */
  templateId: id,
  title: z.string().trim().min(1).max(200),
  body: z.string().min(1).max(20_000),
  shortcut: z.string().regex(/^[a-z0-9_-]{1,30}$/, 'shortcuts are 1–30 lowercase letters, digits, - or _').nullable(),
  language: z.enum(LANGUAGES),
  channels: z.array(z.enum(CHANNELS)).nullable(),
});
export const DeleteTemplateArgs = z.object({ templateId: id });
/** Blocks a sender for the whole organisation; the console chooses the block's id. */
export const BlockSenderArgs = z.object({
  blockId: z.uuid(),
  channel: z.enum(CHANNELS),
  handle: z.string().min(1).max(500),
  reason: z.string().trim().min(1).max(200),
});
/** Any block id the server published may be lifted, not only ones a console chose. */
export const UnblockSenderArgs = z.object({ blockId: id });
/** A note on a customer; the console chooses its id, so a resent push cannot add it twice. */
export const AddCustomerNoteArgs = z.object({
  noteId: z.uuid(),
  customerId: id,
  text: z.string().trim().min(1).max(CUSTOMER_NOTE_MAX),
});

/**
 * Links the account a case came through to a known customer, after the agent validated that it
 * is theirs: the identity (and every case that came through it) moves to `customerId`, marked
 * validated, so the account's next contact arrives identified. An emptied record is retired.
 */
export const LinkIdentityArgs = z.object({ linkId: z.uuid(), caseId: id, customerId: id });
/** Takes an identity off the case's customer, with the agent's reason; its cases go with it. */
export const UnlinkIdentityArgs = z.object({ caseId: id, identityId: id, reason: z.string().trim().min(3).max(200) });
/** Folds `mergedId` into `survivorId`: identities, cases and notes move; the merged record retires. */
export const MergeCustomersArgs = z.object({ mergeId: z.uuid(), caseId: id, survivorId: id, mergedId: id })
  .refine((a) => a.survivorId !== a.mergedId, 'a record cannot be merged into itself');
/** Undoes a link or a merge: what moved goes back and the retired record returns. */
export const UndoMergeArgs = z.object({ caseId: id, mergeId: id });

/**
 * A supervisor's new version of a settings document (business hours, auto-replies), validated
 * by the server with the same schema the consoles read it with. `baseVersion` is the version
 * the supervisor edited (null: none had reached their console): someone else's save since then
 * makes it `conflict` / `stale_setting`, while their own earlier saves queued on top do not.
 */
export const PutSettingArgs = z.object({
  settingId: z.enum(EDITABLE_SETTINGS),
  value: z.json(),
  baseVersion: z.int().nonnegative().nullable(),
});

export const MUTATION_ARGS = {
  send_reply: SendReplyArgs,
  set_status: SetStatusArgs,
  save_template: SaveTemplateArgs,
  delete_template: DeleteTemplateArgs,
  move_to_private: MoveToPrivateArgs,
  send_auto_reply: SendAutoReplyArgs,
  block_sender: BlockSenderArgs,
  unblock_sender: UnblockSenderArgs,
  add_customer_note: AddCustomerNoteArgs,
  link_identity: LinkIdentityArgs,
  unlink_identity: UnlinkIdentityArgs,
  merge_customers: MergeCustomersArgs,
  undo_merge: UndoMergeArgs,
  put_setting: PutSettingArgs,
} as const;
export type MutationName = keyof typeof MUTATION_ARGS;
export type MutationArgs<N extends MutationName> = z.infer<(typeof MUTATION_ARGS)[N]>;

export const Mutation = z.object({
  seq: z.int().positive(),
  id: z.uuid(),
  name: z.string().max(100),
  args: z.json(),
  baseVersion: z.int().nonnegative().nullable(),
});
export const PushRequest = z.object({
  clientId: z.string().min(8).max(100),
  mutations: z.array(Mutation).max(500),
});
export const MUTATION_RESULTS = ['applied', 'already_applied', 'conflict', 'rejected'] as const;
export type MutationResultStatus = (typeof MUTATION_RESULTS)[number];
export const MutationResult = z.object({
  seq: z.int().positive(),
  id: z.uuid(),
  status: z.enum(MUTATION_RESULTS),
  /** Machine-readable cause for conflict/rejected, e.g. `not_assigned`. */
  reason: z.string().max(200).optional(),
  message: z.string().max(2000).optional(),
});
export type MutationResult = z.infer<typeof MutationResult>;
export const PushResponse = z.object({
  results: z.array(MutationResult),
  lastSeq: z.int().nonnegative(),
});
export type PushResponse = z.infer<typeof PushResponse>;

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

/** Every error response: `{error, message}`; a sequence gap also says what it expected. */
export const ErrorBody = z.object({
  error: z.string(),
  message: z.string().optional(),
  expectedSeq: z.int().optional(),
});
