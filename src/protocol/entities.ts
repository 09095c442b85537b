// The entities the central API syncs (docs/openapi.yaml), as they travel: every row a pull
// brings is parsed against its schema here, on both sides; the console trusts nothing it did
// not validate.
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
} from '../shared/domain.ts';
import { SYNCED_ENTITIES, type SyncedEntity } from '../shared/events.ts';
import { CUSTOMER_NOTE_MAX } from '../shared/customer.ts';
import { CaseDerivation } from '../shared/derivation/derivation.ts';
import { QA_COMMENT_MAX, QA_REVIEW_STATES } from '../shared/qa/review.ts';
import { CASE_ROUTING_RULES } from '../shared/routing/route.ts';
import { Answer, Answers } from '../shared/qa/scorecard.ts';
import { TEMPLATE_BODY_MAX } from '../shared/templates.ts';
import { LISTENING_CHANNELS, LISTENING_STATES } from '../shared/listening/post.ts';
import { COACHING_NOTE_MAX, MondayDate, ObjectiveFields } from '../shared/coaching/plan.ts';
import { id, isoDate, isoTime } from './fields.ts';
import { WireQaPack } from './qa.ts';
import { CUSTOMER_TEXT_MAX } from './limits.ts';

const customerText = z.string().max(CUSTOMER_TEXT_MAX);

export const WireAgent = z.object({
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  team: z.string().nullable(),
  /** The day the agent was hired (their seniority band); null when unknown or from an older server. */
  hiredAt: isoDate.nullable().default(null),
  /** The teams a supervisor supervises (empty for everyone else and from older servers). */
  supervises: z.array(z.string().min(1).max(100)).max(100).default([]),
  /** false: the routing rules never give this agent a new case. Older servers route everyone (true). */
  routed: z.boolean().default(true),
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
  /**
   * The type of the case as the organisation (or a training scenario) classified it when it came
   * in: the reference an agent's handling is judged against. An agent's choice of type belongs
   * to one message (`WireMessage.decision`) and never rewrites it: a case holds messages of
   * several types, and a class graded against the agent's own choice would grade nothing.
   */
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
  /** The product the case is about (a key of the `products` setting), chosen at classification; optional. */
  product: z.string().max(40).nullable().default(null),
  /** The agent's mark on a public case: another customer answered on the thread. */
  peerAnswered: z.boolean().default(false),
  /** The agent's mark at resolution: the answer spared the customer a phone call. */
  callAvoided: z.boolean().default(false),
  /** Why the case was last reopened for its agent: a negative satisfaction survey. */
  recontact: z.enum(['csat_negative']).nullable().default(null),
  /** The case's latest derivation to an area or a person (`derive_case`); added later, null when never derived. */
  derivation: CaseDerivation.nullable().default(null),
  /** How the server routed the case when it came in (the rule that decided and why); null when an agent was named or it came before routing rules. */
  routing: z.object({ rule: z.enum(CASE_ROUTING_RULES), reason: z.string().min(1).max(300) }).nullable().default(null),
});
/** An agent's decision on a customer message: their type (null: the classifier's) and whether they took it out of the noise filter. */
export const MessageDecision = z.object({
  type: z.enum(MESSAGE_TYPES).nullable(),
  restored: z.boolean(),
  /** The agent's username, and the server's time of the latest decision. */
  by: z.string().max(100),
  at: isoTime,
});
/** A like the company gave a customer's public message. */
export const MessageLike = z.object({ by: z.string().max(100), at: isoTime });
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
  /**
   * What the case's agent decided about this customer message (`set_message_type`,
   * `restore_message`), so every console holding the case, and a reviewer, sees the type the
   * agent settled on. null when nobody decided (and from older servers).
   */
  decision: MessageDecision.nullable().default(null),
  /** A customer message that answered the case's satisfaction survey: never noise, never an out-of-hours notice. */
  csatAnswer: z.boolean().default(false),
  /** The company's like on this customer comment or mention (`react`): the agent who gave it and the server's time. Added later; absent is null. */
  liked: MessageLike.nullable().default(null),
});
export const WireTemplate = z.object({
  title: z.string().max(500),
  shortcut: z.string().max(100).nullable(),
  language: z.enum(LANGUAGES),
  channels: z.array(z.enum(CHANNELS)).nullable(),
  team: z.string().nullable(),
  body: z.string().max(TEMPLATE_BODY_MAX),
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
const reviewVersion = z.object({
  version: z.int().positive(), answers: Answers, score: z.number().min(0).max(100), at: isoTime, by: z.string().max(100),
  note: z.string().max(QA_COMMENT_MAX).nullable(),
});
/**
 * A supervisor's review of a case in a QA pack, seen by its reviewer, the reviewed agent, the
 * pack's creator, and in a calibration by the other reviewers once they have submitted their own.
 */
export const WireQaReview = z.object({
  packId: id,
  caseId: id,
  agent: z.string().max(100),
  reviewer: z.string().max(100),
  scorecardId: z.string().max(100),
  scorecardVersion: z.int().positive(),
  answers: Answers,
  /** 0–100, computed by the server with the scorecard version named. */
  score: z.number().min(0).max(100),
  comments: z.array(z.object({
    id, messageId: id.nullable(), criterionId: z.string().max(100).nullable(), text: z.string().max(QA_COMMENT_MAX),
  })).max(200),
  state: z.enum(QA_REVIEW_STATES),
  disputes: z.array(z.object({
    id, criterionId: z.string().max(100), reason: z.string().max(QA_COMMENT_MAX), by: z.string().max(100), at: isoTime,
    resolution: z.object({
      decision: z.enum(['uphold', 'amend']), answer: Answer.nullable(), note: z.string().max(QA_COMMENT_MAX), by: z.string().max(100), at: isoTime,
    }).nullable(),
  })).max(100),
  /** Every version the review went through, oldest first; the last is in force. */
  versions: z.array(reviewVersion).min(1).max(200),
  createdAt: isoTime,
  updatedAt: isoTime,
});
/** An objective of an agent's coaching plan: seen by the agent and the supervisors of their team. */
export const WireCoachingObjective = ObjectiveFields.extend({
  agent: z.string().max(100),
  createdBy: z.string().max(100),
  updatedAt: isoTime,
});
/** The note of one weekly one-on-one (the week named by its Monday), seen like the objectives. */
export const WireCoachingNote = z.object({
  agent: z.string().max(100),
  week: MondayDate,
  text: z.string().max(COACHING_NOTE_MAX),
  by: z.string().max(100),
  updatedAt: isoTime,
});
/** A public post naming the brand without addressing the company (listening): everyone sees it. */
export const WireListeningPost = z.object({
  channel: z.enum(LISTENING_CHANNELS),
  author: z.string().max(500),
  handle: z.string().max(500),
  text: z.string().max(CUSTOMER_TEXT_MAX),
  followers: z.int().min(0),
  influence: z.enum(['low', 'medium', 'high']),
  matched: z.object({ keyword: z.string().max(60), form: z.string().max(200) }),
  state: z.enum(LISTENING_STATES),
  /** Who reacted, dismissed or opened it; the case opened from it. */
  by: z.string().max(100).nullable(),
  caseId: id.nullable(),
  /** Likes it received from the company's agents. */
  reactions: z.int().min(0),
  postedAt: isoTime,
});
/** Settings are opaque JSON documents keyed by id (e.g. `business_hours`). */
export const WireSetting = z.object({ value: z.json() });

// A schema for every synced entity, no more and no fewer.
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
  qa_pack: WireQaPack,
  qa_review: WireQaReview,
  coaching_objective: WireCoachingObjective,
  coaching_note: WireCoachingNote,
  listening_post: WireListeningPost,
} as const satisfies Record<SyncedEntity, z.ZodType>;
export type Entity = SyncedEntity;
export const ENTITIES = SYNCED_ENTITIES;
export type WireData<E extends Entity> = z.infer<(typeof ENTITY_SCHEMAS)[E]>;
