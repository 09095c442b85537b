// What the server's mutations read and write, one repository per aggregate. Every method returns
// a promise, even on SQLite, so a PostgreSQL store can implement the same interfaces and nothing
// above them changes. Versions are the store's business: each write takes the next one itself.
import type { z } from 'zod';
import type { CustomerSearchRequest, DirectoryCustomer } from '../../protocol/directory.ts';
import type { Entity, WireData } from '../../protocol/entities.ts';
import type { WireQaPack } from '../../protocol/qa.ts';
import type { Change, MutationResultStatus } from '../../protocol/sync.ts';
import type { Delivery } from '../outbound.ts';

export type CoachingEntity = 'coaching_objective' | 'coaching_note';

/** Exactly-once bookkeeping: which agent owns a client id, its last applied seq, each result. */
export interface PushLog {
  client(clientId: string): Promise<{ username: string; lastSeq: number } | undefined>;
  addClient(clientId: string, username: string): Promise<void>;
  advance(clientId: string, lastSeq: number): Promise<void>;
  logged(clientId: string, seq: number): Promise<LoggedMutation | undefined>;
  log(entry: LoggedMutation & { clientId: string; seq: number; name: string; at: string }): Promise<void>;
  /** The device a client id is bound to, and when that device was revoked; undefined before its first push. */
  device(clientId: string): Promise<{ deviceId: string; revokedAt: string | null } | undefined>;
  bindDevice(clientId: string, deviceId: string): Promise<void>;
}

export interface LoggedMutation {
  mutationId: string;
  status: MutationResultStatus;
  reason: string | null;
  message: string | null;
}

/** What a case mutation needs to know about its case. */
export interface CaseFacts {
  id: string;
  number: number;
  status: string;
  assignedTo: string | null;
  channel: string;
  reason: string | null;
  resolution: string | null;
  customerId: string;
  /** The identity the customer wrote through: replies go there. */
  identityId: string | null;
  /** The product chosen at classification (a key of the `products` setting). */
  product: string | null;
  /** The mark at resolution: the answer spared a phone call. */
  callAvoided: boolean;
  /** The agent's mark on a public case: another customer answered. */
  peerAnswered: boolean;
}

/** A case's state and classification, as set_status writes them. */
export interface Classification {
  status: string;
  reason: string | null;
  resolution: string | null;
  product: string | null;
  callAvoided: boolean;
}

export interface Cases {
  facts(caseId: string): Promise<CaseFacts | undefined>;
  classify(caseId: string, change: Classification, at: string): Promise<void>;
  /** The agent's mark that another customer answered on the public thread. */
  markPeerAnswered(caseId: string, answered: boolean, at: string): Promise<void>;
  markMoved(caseId: string, channel: string): Promise<void>;
  /** An agent replied: the case stops waiting. */
  answered(caseId: string, at: string): Promise<void>;
  isHeldBy(customerId: string, username: string): Promise<boolean>;
  idsOfCustomer(customerId: string): Promise<string[]>;
  idsByIdentity(identityId: string): Promise<string[]>;
  customerOf(caseId: string): Promise<string | undefined>;
  moveTo(caseId: string, customerId: string): Promise<void>;
  /** Gives the case to `to`, with a new version (the feed then moves it between consoles), forgetting the rule that routed it. */
  reassign(caseId: string, to: string, at: string): Promise<void>;
  /** A new version only: what the wire shows of the case changed in another table (its derivation). */
  touch(caseId: string): Promise<void>;
}

/** What happened to a case, as the reports read it (the `case_events` table). */
export type CaseEvent =
  | { kind: 'opened'; data: { assignedTo: string | null } }
  | { kind: 'assigned'; data: { from: string | null; to: string | null } }
  | { kind: 'status'; data: { from: string; to: string } }
  /** The case got (or changed) its contact reason: a class grades whether that came before resolving. */
  | { kind: 'classified'; data: { from: string | null; to: string } };

export interface CaseEvents {
  /** Appends an event on the server's clock; `by` is the username that caused it (null: a customer or the server). */
  record(caseId: string, event: CaseEvent, at: string, by: string | null): Promise<void>;
}

/** What deciding and sending a case's satisfaction survey needs to know. */
export interface CsatCaseFacts {
  language: string;
  messageType: string | null;
  /** The assigned agent's team. */
  team: string | null;
  /** Whether the case already got its survey (one per case, ever). */
  surveyed: boolean;
}

export interface CsatSurveys {
  facts(caseId: string): Promise<CsatCaseFacts | undefined>;
  /** Writes the survey's thread message (kind `survey`) and its row, the guard against a second one. */
  send(survey: { caseId: string; messageId: string; author: string; text: string; agent: string | null; team: string | null; channel: string; language: string; sentAt: string }): Promise<void>;
}

export interface NewMessage {
  id: string;
  caseId: string;
  author: string;
  text: string;
  sentAt: string;
}

export interface Messages {
  exists(messageId: string): Promise<boolean>;
  addReply(message: NewMessage): Promise<void>;
  addAutoReply(message: NewMessage & { dedupeKey: string }): Promise<void>;
  /** When the customer sent this message of the case, or undefined when it is not theirs. */
  customerSentAt(messageId: string, caseId: string): Promise<string | undefined>;
  /** What an out-of-hours notice to this customer message says: undefined when it is not one of the case's. */
  noticeFacts(messageId: string, caseId: string): Promise<NoticeFacts | undefined>;
  /** The agent's decision on a customer message; undefined when nobody decided. */
  decision(messageId: string): Promise<MessageDecisionRecord | undefined>;
  /** Records a decision (what it leaves out stays as it was) and gives the message a new version. */
  decide(messageId: string, change: { type?: string | null; restored?: boolean }, by: string, at: string): Promise<void>;
  /** The company's like on a customer message, once: true when it is new (the message then gets a new version).
   *  On a message opened from a listening post it is the post's like: either one counts for both. */
  like(like: { messageId: string; caseId: string; reaction: string; username: string; at: string }): Promise<boolean>;
  /** The listening post this message was opened from, or null. */
  openedFrom(messageId: string): Promise<string | null>;
}

export interface MessageDecisionRecord {
  type: string | null;
  restored: boolean;
}

export interface NoticeFacts {
  sentAt: string;
  /** The message's author, and the name of the customer record the case is on now. */
  author: string;
  customerName: string | null;
  /** The case's language. */
  language: string;
}

export interface Customers {
  /** Undefined when the record does not exist; `mergedInto` set while it is retired. */
  state(customerId: string): Promise<{ mergedInto: string | null } | undefined>;
  language(customerId: string): Promise<string | undefined>;
  /** A fresh record named after an account's handle; returns its id. */
  createFor(handle: string, language: string): Promise<string>;
  retire(customerId: string, into: string): Promise<void>;
  revive(customerId: string): Promise<void>;
  /** A new version, so every console re-reads the record. */
  touch(customerId: string): Promise<void>;
}

export interface IdentityRef {
  id: string;
  validated: number;
}

export interface Identities {
  get(identityId: string): Promise<{ customerId: string; handle: string } | undefined>;
  ref(identityId: string): Promise<IdentityRef[]>;
  ofCustomer(customerId: string): Promise<IdentityRef[]>;
  count(customerId: string, except?: string): Promise<number>;
  setValidated(identityId: string, validated: number): Promise<void>;
  moveTo(identityId: string, customerId: string): Promise<void>;
  /** The record's accounts, for matching by phone, e-mail or handle. */
  accountsOf(customerId: string): Promise<{ channel: string; handle: string }[]>;
  /** An agent vouched that the account is the customer's (a link with no shared key). */
  recordValidation(validation: { identityId: string; customerId: string; linkId: string; by: string; at: string }): Promise<void>;
}

export interface CustomerNotes {
  exists(noteId: string): Promise<boolean>;
  add(note: { id: string; customerId: string; author: string; authorName: string; text: string; at: string }): Promise<void>;
  idsOfCustomer(customerId: string): Promise<string[]>;
  customerOf(noteId: string): Promise<string | undefined>;
  moveTo(noteId: string, customerId: string): Promise<void>;
}

/** What a link or a merge moved, so an undo puts back exactly that. */
export interface Moved {
  identities: IdentityRef[];
  cases: string[];
  notes: string[];
}

export interface LinkRecord {
  id: string;
  kind: 'link' | 'merge';
  survivorId: string;
  mergedId: string;
  moved: Moved;
  undoneAt: string | null;
}

export interface CustomerLinks {
  exists(linkId: string): Promise<boolean>;
  get(linkId: string): Promise<LinkRecord | undefined>;
  record(link: Omit<LinkRecord, 'undoneAt'> & { by: string; at: string }): Promise<void>;
  markUndone(linkId: string, at: string): Promise<void>;
  /** Links onto `survivorId` that brought `identityId` in can no longer be undone as they were. */
  voidLinksBringing(survivorId: string, identityId: string, at: string): Promise<void>;
  recordUnlink(unlink: { identityId: string; from: string; to: string; reason: string; by: string; at: string }): Promise<void>;
}

interface TemplateText {
  id: string;
  title: string;
  shortcut: string | null;
  language: string;
  channels: string[] | null;
  body: string;
  at: string;
}

export interface Templates {
  /** Undefined when no template has the id; owner null for a company template. */
  owner(templateId: string): Promise<{ owner: string | null } | undefined>;
  savePersonal(template: TemplateText & { owner: string }): Promise<number>;
  /** An administrator's template, for a team or (team null) everyone; returns its version. */
  saveCompany(template: TemplateText & { team: string | null }): Promise<number>;
  /** False when it was already gone. */
  remove(templateId: string): Promise<boolean>;
}

/** The knowledge base, written by administrators. */
export interface Articles {
  /** Creates or replaces an article: revision 1 when new, one more per edit. Returns its version. */
  save(article: {
    id: string; title: string; summary: string; body: string; tags: string[]; language: string; url: string | null; at: string;
  }): Promise<number>;
}

export interface BlockedSenders {
  get(blockId: string): Promise<{ id: string; unblockedAt: string | null } | undefined>;
  active(channel: string, handle: string): Promise<{ id: string } | undefined>;
  add(block: { id: string; channel: string; handle: string; reason: string; by: string; at: string }): Promise<number>;
  lift(blockId: string, at: string): Promise<void>;
}

export interface SettingAuthor {
  version: number;
  clientId: string;
  baseVersion: number | null;
}

export interface Settings {
  /** The document as stored (JSON), or undefined when the organisation has none. */
  value(settingId: string): Promise<unknown>;
  version(settingId: string): Promise<number | null>;
  put(settingId: string, value: unknown): Promise<number>;
  author(settingId: string): Promise<SettingAuthor | undefined>;
  recordAuthor(settingId: string, author: SettingAuthor): Promise<void>;
  /** An administrator replaced the document: no console's save is its current version any more. */
  forgetAuthor(settingId: string): Promise<void>;
}

export interface Organisation {
  agentName(username: string): Promise<string | undefined>;
  role(username: string): Promise<string | undefined>;
  /** The users of `usernames` an administrator disabled: they cannot sign in, so nothing is given to them. */
  disabled(usernames: readonly string[]): Promise<string[]>;
  /** Whether `supervisor` supervises the team `agent` belongs to. */
  supervisesAgent(supervisor: string, agent: string): Promise<boolean>;
  companyName(): Promise<string | null>;
}

export interface AutoReplyLog {
  /** Whose console sent the notice with this dedupe key, if any did. */
  sentBy(dedupeKey: string): Promise<string | undefined>;
  record(sent: { dedupeKey: string; caseId: string; messageId: string; clientId: string; username: string; at: string }): Promise<void>;
}

export interface Outbound {
  record(delivery: Delivery): Promise<void>;
}

/** Who a QA draw is for and by: a user's role, team, supervised teams and hire date. */
export interface QaMember {
  username: string;
  role: string;
  team: string | null;
  supervises: string[];
  hiredAt: string | null;
}

/** What the draw and a pack need to know about a resolved case. */
export interface QaCaseFacts {
  caseId: string;
  number: number;
  /** Who holds it: the agent it is reviewed for. */
  agent: string | null;
  channel: string;
  status: string;
  reason: string | null;
  resolution: string | null;
  /** Its resolution, or its last update. */
  updatedAt: string;
  /** The agent's hire date. */
  hiredAt: string | null;
  firstCustomerAt: string | null;
  /** The first agent reply (auto-replies are the engine's, not a response). */
  firstReplyAt: string | null;
  messages: number;
  /** Everyone who handled it: its assignee and the agents who replied on it. */
  handledBy: string[];
}

export interface QaPackRecord {
  id: string;
  data: WireQaPack;
  reviewers: string[];
  version: number;
}

/** QA packs: drawn samples and calibration sessions, with their cases and reviewers. */
export interface QaPacks {
  member(username: string): Promise<QaMember | undefined>;
  /** Every team name an agent belongs to or a supervisor supervises. */
  teams(): Promise<string[]>;
  /** The agents of a team. */
  teamAgents(team: string): Promise<string[]>;
  /** Resolved cases of these agents last updated in [from, to). */
  resolvedCases(agents: readonly string[], from: string, to: string): Promise<QaCaseFacts[]>;
  /** The same facts for named cases, whatever their state (a calibration's); unknown ids are left out. */
  cases(caseIds: readonly string[]): Promise<QaCaseFacts[]>;
  /** Cases reviewed in [from, to), so a draw leaves them out (none while no review exists). */
  reviewedIn(from: string, to: string): Promise<string[]>;
  /** Stores a pack with its cases and reviewers; returns its version. */
  create(pack: { id: string; data: WireQaPack; reviewers: readonly string[] }): Promise<number>;
  get(packId: string): Promise<QaPackRecord | undefined>;
}

/** A case's derivation still waiting for its area (or person), and who may answer it. */
export interface OpenDerivation {
  id: string;
  to: string;
  byAgent: string;
  recipients: string[];
}

/** A case derived by its agent to an area or a person (src/shared/derivation/derivation.ts). */
export interface NewDerivation {
  id: string;
  caseId: string;
  byAgent: string;
  to: string;
  note: string;
  /** The case's contact reason when derived, for the reports. */
  reason: string | null;
  /** Who may answer or take it: the area's members when derived, or the agent named. */
  recipients: string[];
  at: string;
}

export interface Derivations {
  exists(derivationId: string): Promise<boolean>;
  /** The case's derivation in state `derived`, if any (at most one is open). */
  open(caseId: string): Promise<OpenDerivation | undefined>;
  create(derivation: NewDerivation): Promise<void>;
  /** Closes an open derivation: answered, returned or taken, with the area's note (null: none). */
  close(derivationId: string, change: { state: string; answer: string | null; by: string; at: string }): Promise<void>;
}

/** An agent's coaching plan: objectives and weekly one-on-one notes, each row the wire's data. */
export interface Coaching {
  objective(objectiveId: string): Promise<WireData<'coaching_objective'> | undefined>;
  saveObjective(objectiveId: string, objective: WireData<'coaching_objective'>): Promise<void>;
  removeObjective(objectiveId: string): Promise<void>;
  note(noteId: string): Promise<WireData<'coaching_note'> | undefined>;
  saveNote(noteId: string, note: WireData<'coaching_note'>): Promise<void>;
}

/** An agent of a supervised team, with their last presence and last contact as stored. */
export interface TeamMemberFacts {
  username: string;
  name: string;
  team: string;
  /** Disabled by an administrator: still listed with the cases they hold, but given none. */
  disabled: boolean;
  presence: { state: 'available' | 'busy' | 'away'; at: string } | null;
  lastContact: string | null;
}

/** A case not resolved yet, as the team's queue lists it, with what its triage priority is computed from. */
export interface OpenCaseFacts {
  caseId: string;
  number: number;
  channel: string;
  agent: string | null;
  waitingSince: string | null;
  status: string;
  reason: string | null;
  recontact: string | null;
  customer: { segment: string; followers: number; publicFigure: boolean } | undefined;
  /** The customer's latest messages on the case, oldest first. */
  texts: string[];
}

/** Presence (each state as the server received it), last contacts, and what the team view reads. */
export interface Team {
  /** Appends a presence on the server's clock; it is a contact too. */
  recordPresence(username: string, state: 'available' | 'busy' | 'away', at: string): Promise<void>;
  /**
   * The user's console called at `at`. With `quietSince`, it had been silent since then for more
   * than PRESENCE_STALE_SECONDS: the presence records that spell, away from `quietSince`, then the
   * state the user last chose again from `at`.
   */
  touch(username: string, at: string, quietSince?: string): Promise<void>;
  /** When the user's console last called, as stored. */
  lastContact(username: string): Promise<string | null>;
  /** The teams a supervisor supervises (none for anyone else). */
  supervised(username: string): Promise<string[]>;
  /** The agents of these teams, by team then name. */
  members(teams: readonly string[]): Promise<TeamMemberFacts[]>;
  /** Open cases of these agents and the cases nobody holds, oldest waiting first (then oldest), at most `limit`. */
  openCases(agents: readonly string[], limit: number): Promise<OpenCaseFacts[]>;
  /** Every open case of these agents with its channel and wait, to count their load. */
  load(agents: readonly string[]): Promise<{ agent: string; channel: string; waitingSince: string | null }[]>;
}

/** Listening posts (the wire's data) and the company's likes on them. */
export interface Listening {
  post(postId: string): Promise<WireData<'listening_post'> | undefined>;
  /** Saves the post and returns its new version, to publish. */
  save(postId: string, post: WireData<'listening_post'>): Promise<number>;
  /** Records the company's like; false when the post (or the message opened from it) already had it.
   *  A message opened from the post gets a new version: its like is this one. */
  react(like: { postId: string; reaction: string; username: string; at: string }): Promise<boolean>;
  /** Opens a case from the post, on its channel, assigned to `assignee`: the customer's identity found or created.
   *  Its first message keeps the post's id, so the post's like (given or to come) is the message's. */
  openCase(postId: string, post: WireData<'listening_post'>, assignee: string, at: string): Promise<{ caseId: string; messageId: string }>;
  /** The message a case was opened with from this post, or null. */
  openedMessage(postId: string): Promise<string | null>;
}

/** The writes that put changed rows in front of the consoles that see them (see feed.ts). */
export interface FeedWrites {
  publishCase(caseId: string, removedReason?: string): Promise<void>;
  publishMessage(messageId: string): Promise<void>;
  publishCustomer(customerId: string): Promise<void>;
  publishWithCustomer(entity: 'identity' | 'customer_note', id: string): Promise<void>;
  /**
   * A review and the other reviews of its case in its pack, to whoever sees each: its reviewer,
   * the agent, the pack's creator; in a calibration the reviewers who have submitted their own.
   */
  publishReviews(packId: string, caseId: string): Promise<void>;
  publishGlobal(entity: 'template' | 'article' | 'setting' | 'blocked_sender' | 'listening_post', id: string, version: number, scope?: string): Promise<void>;
  /** A pack to its reviewers, and its cases (threads, customers, history) to each of them. */
  publishPack(packId: string): Promise<void>;
  /** A coaching objective or note to its agent and the supervisors of the agent's team. */
  publishCoaching(entity: CoachingEntity, id: string): Promise<void>;
  /** A removed coaching row: whoever had it gets a `del`. */
  retractCoaching(entity: CoachingEntity, id: string): Promise<void>;
  retract(entity: Entity, id: string, scope: string, reason: string): Promise<void>;
  /**
   * Prunes the dels written before `before` (ISO time, real time) and moves the horizon: the
   * seq through which dels are gone, before which a cursor must start over.
   */
  compact(before: string): Promise<{ pruned: number; horizon: number }>;
}

/** One page of what an agent's console has not pulled yet. */
export interface FeedPage {
  changes: Change[];
  /**
   * The seq of the page's last change (the next cursor); `after` when the page is empty; past
   * the skipped dels when nothing else is left.
   */
  last: number;
  /** Changes for this agent after the page. */
  remaining: number;
}

/** What the consoles pull (see feed.ts): what everyone sees plus what is the agent's own, in seq order. */
export interface FeedReads {
  /**
   * Leaves out the dels at or before `skipDelsThrough` (0: none): a console that began pulling
   * from the start when the feed ended there never held what they delete.
   */
  page(scope: string, after: number, limit: number, skipDelsThrough?: number): Promise<FeedPage>;
  /** The newest seq of the whole feed: no cursor of this store can point past it. */
  lastSeq(): Promise<number>;
  /** The seq through which old dels were pruned (0: none yet): a cursor before it may have missed one. */
  horizon(): Promise<number>;
}

/** What the store says about itself. */
export interface Instance {
  /** Names this store, created on first ask: cursors carry it, so one from another store is refused. */
  epoch(): Promise<string>;
  /**
   * Gives the store a new name, e.g. right after it was restored from a backup (the server reads
   * its epoch when it opens, so this is for a stopped one): cursors and pushes from before are refused.
   */
  renewEpoch(): Promise<{ from: string | null; to: string }>;
  /** How far the sandbox's clock runs from real time, in ms (0 unless a trainer set it). */
  clockOffset(): Promise<number>;
  setClockOffset(offsetMs: number): Promise<void>;
}

export type TokenState = 'valid' | 'expired' | 'revoked';

/** Sign-in: accounts and the bearer tokens issued to each device. */
export interface Sessions {
  /** A user and their password (hashed, or a sandbox's clear one); `disabled`: they may not sign in. */
  account(username: string): Promise<{ username: string; name: string; role: string; password: string; disabled: boolean } | undefined>;
  /**
   * A token by itself, with no refresh token and no expiry (as before refresh tokens); sign-ins
   * use `open`. A device id that is one of the user's client ids stands for the device that
   * client id is bound to (a console signs in with its current client id), so the token joins that device.
   */
  issue(token: { token: string; username: string; deviceId: string | null; at: string }): Promise<void>;
  /**
   * Whose token it is (by hash), whether it still holds, their role, the token's device, its
   * sign-in (`family`; null for a token from before refresh tokens), when it expires (null:
   * never), and the feed seq before which a cursor was pulled for another role or team (`scopeFrom`).
   */
  find(token: string): Promise<{
    username: string; state: TokenState; role: string; scopeFrom: number; deviceId: string | null; family: string | null; expiresAt: string | null;
  } | undefined>;
  /**
   * Ends the valid tokens of a user, or of one device of theirs (named by any of its client ids
   * too), their refresh tokens with them; returns how many access tokens.
   */
  end(username: string, deviceId: string | null, state: Exclude<TokenState, 'valid'>): Promise<number>;
  /** Stops the pushes of every client id of a user's device (or of all their devices) for good; returns how many. */
  revokeClients(username: string, deviceId: string | null, at: string): Promise<number>;
  /** A sign-in: its first access and refresh tokens (by hash), in a new family, on the device as `issue` takes it. */
  open(session: NewSession & { family: string; username: string; deviceId: string | null }): Promise<void>;
  /**
   * Renews a family: the refresh token with this hash becomes `used` and `next` is issued in
   * its place. A used one presented again ends its whole family (`reused`): someone copied it.
   */
  rotate(refreshHash: string, now: string, next: NewSession): Promise<Rotation>;
  /** Signs out the family of this access token: it and its refresh tokens stop working. Returns whether there was one. */
  signOut(accessHash: string): Promise<boolean>;
}

/** The tokens of a sign-in or a renewal, as sha-256 hashes, and when each expires. */
export interface NewSession {
  accessHash: string;
  refreshHash: string;
  at: string;
  expiresAt: string;
  refreshExpiresAt: string;
}

export type Rotation =
  | { outcome: 'renewed'; username: string }
  | { outcome: 'unknown' | 'expired' | 'reused' };

export interface CustomerDirectory {
  search(request: z.infer<typeof CustomerSearchRequest>): Promise<DirectoryCustomer[]>;
}

/** A QA review as the wire carries it (answers, comments, disputes, every version). */
export type QaReviewData = WireData<'qa_review'>;

/** A pack as reviews see it: who made it, and whether it is a calibration (blind until each reviewer submits). */
export interface QaPackFacts {
  id: string;
  createdBy: string;
  calibration: boolean;
}

/** A review as `GET /v1/qa/reviews` answers it: as stored. */
export interface StoredQaReview {
  id: string;
  packId: string;
  caseId: string;
  reviewer: string;
  score: number;
  answers: QaReviewData['answers'];
  createdAt: string;
}

/** Supervisors' reviews of the cases of QA packs, and what authorizes them (the packs, their cases and reviewers). */
export interface QaReviews {
  get(reviewId: string): Promise<QaReviewData | undefined>;
  /** The review this reviewer already submitted of the case in the pack, if any. */
  idOf(packId: string, caseId: string, reviewer: string): Promise<string | undefined>;
  add(reviewId: string, review: QaReviewData): Promise<void>;
  /** Replaces the review's data (a state, a dispute, a new version). */
  update(reviewId: string, review: QaReviewData): Promise<void>;
  pack(packId: string): Promise<QaPackFacts | undefined>;
  isReviewer(packId: string, username: string): Promise<boolean>;
  /** The agent whose case it is, when the case is in the pack. */
  caseAgent(packId: string, caseId: string): Promise<string | undefined>;
  /** Whether the message is one of the case's (a comment's anchor). */
  isMessageOf(messageId: string, caseId: string): Promise<boolean>;
  /** Every review of the pack, oldest first. */
  ofPack(packId: string): Promise<StoredQaReview[]>;
}

/** A user as the reports' audience rule reads them. */
export interface ReportMember {
  username: string;
  role: string;
  team: string | null;
  supervises: string[];
}

/** What a case brings to the reports, as stored. */
export interface ReportCaseRecord {
  id: string;
  number: number;
  channel: string;
  agent: string | null;
  status: string;
  reason: string | null;
  resolution: string | null;
  product: string | null;
  messageType: string | null;
  createdAt: string;
  updatedAt: string;
  peerAnswered: boolean;
  callAvoided: boolean;
  /** The account the customer writes from (the block list names senders by it). */
  handle: string | null;
}

export interface ReportMessageRecord {
  caseId: string;
  kind: string;
  /** Customer messages only (the noise filter reads them); null for the rest. */
  text: string | null;
  sentAt: string;
  promo: boolean;
  restored: boolean;
  /** Its noise as judged when it arrived (`messages.noise`); null: not judged then. */
  noise: string | null;
  /** A customer's answer to the satisfaction survey (`csat_surveys.answer_message_id`). */
  csatAnswer: boolean;
}

export interface ReportStatusRecord {
  caseId: string;
  from: string;
  to: string;
  at: string;
}

export interface ReportBlockRecord {
  channel: string;
  handle: string;
  blockedAt: string;
  unblockedAt: string | null;
}

/** A survey, with the case fields the reports group it by. */
export interface ReportSurveyRecord {
  caseId: string;
  sentAt: string;
  answeredAt: string | null;
  score: number | null;
  negative: boolean;
}

/** A QA review as stored (the wire's shape, in `data`), of a case. */
export interface ReportReviewRecord {
  caseId: string;
  createdAt: string;
  data: string;
}

/** A derivation (`derive_case`) as the reports count it: who derived it and the case's reason then. */
export interface ReportDerivationRecord {
  byAgent: string;
  reason: string | null;
  createdAt: string;
}

/** A like the company gave (`react`), as the reports count it: who gave it, when, and on what. */
export interface ReportLikeRecord {
  username: string;
  at: string;
  /** The liked post's channel, or the liked message's case's. */
  channel: string;
  /** The liked message's case; null for a listening post, which belongs to no case. */
  case: ReportCaseRecord | null;
}

export interface ReportPresenceRecord {
  username: string;
  state: 'available' | 'busy' | 'away';
  at: string;
}

/** The facts the operation's reports are computed from (src/server/reports/), read outside any transaction. */
export interface Reports {
  members(): Promise<ReportMember[]>;
  /** The agents' cases opened in [from, to) or resolved in it (a resolution event, or a resolved case last updated then without events). */
  cases(agents: readonly string[], from: string, to: string): Promise<ReportCaseRecord[]>;
  /** Every message of these cases, oldest first. */
  messages(caseIds: readonly string[]): Promise<ReportMessageRecord[]>;
  /** Every state change of these cases, oldest first. */
  statusChanges(caseIds: readonly string[]): Promise<ReportStatusRecord[]>;
  blocks(): Promise<ReportBlockRecord[]>;
  /** Surveys of these cases, whenever sent. */
  surveysOf(caseIds: readonly string[]): Promise<ReportSurveyRecord[]>;
  /** Surveys sent in [from, to) for cases these agents hold, with the cases' records. */
  surveys(agents: readonly string[], from: string, to: string): Promise<(ReportSurveyRecord & { case: ReportCaseRecord })[]>;
  /** QA reviews made in [from, to) of cases these agents hold, with the cases' records. */
  reviews(agents: readonly string[], from: string, to: string): Promise<(ReportReviewRecord & { case: ReportCaseRecord })[]>;
  /** Derivations these agents made in [from, to), oldest first, with their cases' records. */
  derivations(agents: readonly string[], from: string, to: string): Promise<(ReportDerivationRecord & { case: ReportCaseRecord })[]>;
  /** The likes these agents gave in [from, to), on listening posts and on customers' messages, oldest first. */
  likes(agents: readonly string[], from: string, to: string): Promise<ReportLikeRecord[]>;
  /** The agents' presence rows before `to` (the last before `from` included), oldest first, and their last contacts. */
  presence(agents: readonly string[], from: string, to: string): Promise<{ rows: ReportPresenceRecord[]; lastContact: Record<string, string> }>;
  /** A settings document as stored (JSON), or undefined. */
  setting(settingId: string): Promise<unknown>;
}
