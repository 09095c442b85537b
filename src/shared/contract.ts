// The one IPC contract. Each operation's input is a zod schema (main validates every call
// against it) and its output a type; the preload, the main-process handlers, the renderer's
// bridge and the browser harness are all typed from this file. No channel strings elsewhere.
import { z } from 'zod';
import { COACHING_OPERATIONS } from './coaching/operations.ts';
import { DERIVATION_OPERATIONS } from './derivation/operations.ts';
import { LISTENING_OPERATIONS } from './listening/operations.ts';
import type { ContactReasonOption } from './contact-reasons.ts';
import type { Product } from './products.ts';
import { caseId, op } from './contract-op.ts';
import { QA_REVIEW_OPERATIONS } from './qa/review-operations.ts';
import { REPORT_OPERATIONS } from './reports/operations.ts';
import { CLASS_OPERATIONS } from './classes/operations.ts';
import { TEMPLATE_BODY_MAX, TEMPLATE_SHORTCUT, TEMPLATE_TITLE_MAX } from './templates.ts';
import { CASE_STATUSES, CHANNELS, LANGUAGES, MESSAGE_TYPES, PRIORITIES, RESOLUTIONS, type Channel, type Language } from './domain.ts';
import type { BlockedSender } from './blocks.ts';
import { HoursWeekInput, SettingSave, SimulationInput, type BusinessSettings, type HoursWeek, type Simulation } from './business-settings.ts';
import type { AppEvent, SyncStatus } from './events.ts';
import { QaCalibrationInput, QaDrawInput, type QaCalibrationResult, type QaDrawResult } from './qa/draw.ts';
import type { CalibrationSources } from './qa/calibration.ts';
import type { QaPack, QaPackSummary } from './qa/packs.ts';
import { MAIN_LANGUAGES } from './i18n/main.ts';
import { NotificationPrivacy } from './notification-privacy.ts';
import { PresenceState } from './presence.ts';
import type { TeamView } from './team.ts';
import type { PresenceStatus, Reassignment } from './team-view.ts';
import { INBOX_WINDOW_ROWS, type Article, type ArticleHit, type CaseDetail, type CaseSummary, type FilteredCase, type InboxWindow, type ReplySource, type TeamMember, type Message } from './models.ts';
import {
  CUSTOMER_NOTE_MAX, type CustomerCandidate, type CustomerCase, type CustomerNote, type CustomerProfile, type CustomerSearch, type MergeSuggestion,
} from './customer.ts';

const Empty = z.object({}).strict();

export const INBOX_SORTS = ['priority', 'waiting', 'recent'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** The work queue, or the cases only noise waits on (out of the queue, restorable). */
export const INBOX_VIEWS = ['queue', 'filtered'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export const InboxQuery = z.object({
  view: z.enum(INBOX_VIEWS).default('queue'),
  status: z.enum(CASE_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  priority: z.enum(PRIORITIES).optional(),
  /** Words to find in the case's subject, customer or messages; any syntax is safe. */
  search: z.string().max(500).optional(),
  sort: z.enum(INBOX_SORTS).default('priority'),
  limit: z.int().min(1).max(20_000).default(10_000),
}).strict();
export type InboxQuery = z.input<typeof InboxQuery>;

/** The inbox as a window shows it: all its ids, and the rows from `offset` on (`limit` of them). */
export const InboxWindowQuery = InboxQuery.extend({
  offset: z.int().min(0).max(20_000).default(0),
  limit: z.int().min(1).max(500).default(INBOX_WINDOW_ROWS),
});
export type InboxWindowQuery = z.input<typeof InboxWindowQuery>;

export const ConnectInput = z.object({
  server: z.url({ protocol: /^https?$/ }),
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
}).strict();

/** A trainee's way into a class: the training server and the one-time code the trainer handed out. */
export const JoinClassInput = z.object({
  server: z.url({ protocol: /^https?$/ }),
  code: z.string().trim().min(4).max(200),
}).strict();

export interface ProfileSummary {
  /** Opaque handle of the profile folder. */
  id: string;
  server: string;
  username: string;
  agentName: string;
  sandbox: boolean;
}

export interface Session {
  /** null until the agent picks a way in (first run). */
  profile: (ProfileSummary & {
    role: string;
    /** Plain http to a training sandbox on a private network: say it is unencrypted. */
    cleartext: boolean;
    /** Made-up customers (the embedded sandbox, or a server that said it is a sandbox): the training banner. */
    training: boolean;
    /** A class's trainee: the class's title (null otherwise). */
    classTitle: string | null;
  }) | null;
  status: SyncStatus | null;
  profiles: ProfileSummary[];
}

export interface TemplateSuggestion {
  id: string;
  version: number;
  title: string;
  shortcut: string | null;
  body: string;
  /** Longer than the case's channel accepts: warn before inserting. */
  tooLong: boolean;
  /** Marked for other channels only. */
  otherChannel: boolean;
  /** The agent's own template (they may edit and delete it); otherwise the company's. */
  personal: boolean;
  language: Language;
  /** The channels it is meant for; null for all. */
  channels: Channel[] | null;
}

export interface CaseSuggestions {
  /** The customer's topic words the suggestions were found by. */
  topic: string[];
  articles: ArticleHit[];
  templates: TemplateSuggestion[];
}

export interface Queued {
  caseId: string;
  mutationId: string;
}

/** A reply being written, and what it was made from, kept across case switches and restarts. */
export interface Draft {
  text: string;
  templates: ReplySource[];
  articles: ReplySource[];
  /** Labels of fields inserted by a template and not yet filled: sending waits for them. */
  holes: string[];
}

/** What "Pasar a privado" offers on a public case: where to, and the invitation to review. */
export interface PrivateInvitation {
  /** Private channels the customer may be invited to; the first is the usual one. */
  targets: Channel[];
  /** The invitation's text with its placeholders, to fill with the case's values. */
  body: string;
  /** The company template it comes from; null for the console's own plain invitation. */
  template: ReplySource | null;
}

const ForCase = z.object({ caseId }).strict();
const customerId = z.string().min(1).max(200);
const ForCustomer = z.object({ customerId }).strict();
const Sources = z.array(z.object({ id: z.string().min(1).max(200), version: z.int().nonnegative() }).strict()).max(20);

export const TemplateInput = z.object({
  /** Absent for a new template. */
  templateId: z.string().min(1).max(200).optional(),
  title: z.string().trim().min(1).max(TEMPLATE_TITLE_MAX),
  body: z.string().min(1).max(TEMPLATE_BODY_MAX),
  shortcut: z.string().trim().toLowerCase().regex(TEMPLATE_SHORTCUT).nullable(),
  language: z.enum(LANGUAGES),
  channels: z.array(z.enum(CHANNELS)).min(1).nullable(),
}).strict();
export type TemplateInput = z.input<typeof TemplateInput>;

export const CONTRACT = {
  getSession: op<Session>()(Empty),
  openSandbox: op<Session>()(Empty),
  connect: op<Session>()(ConnectInput),
  /** A trainee joins a class with its code: a profile of their own on the training server. */
  joinClass: op<Session>()(JoinClassInput),
  switchProfile: op<Session>()(z.object({ id: z.string().min(1).max(500) }).strict()),
  signOut: op<Session>()(Empty),
  listInbox: op<CaseSummary[]>()(InboxQuery),
  inboxWindow: op<InboxWindow>()(InboxWindowQuery),
  getCase: op<CaseDetail | null>()(ForCase),
  markRead: op<null>()(ForCase),
  sendReply: op<Queued>()(z.object({
    caseId,
    text: z.string().min(1).max(100_000),
    /** Templates inserted into this reply, at the version inserted. */
    templates: Sources.optional(),
    /** Knowledge-base articles quoted or linked in it, at the version inserted. */
    articles: Sources.optional(),
  }).strict()),
  /** Articles and templates closest to what the customer wrote last. */
  suggestForCase: op<CaseSuggestions>()(ForCase),
  /**
   * Templates for the composer's "/" lookup and the templates panel, ranked for this case. Without
   * a case (the panel lets agents manage their templates before opening one) they are ranked for
   * a Spanish case on no particular channel.
   */
  findTemplates: op<TemplateSuggestion[]>()(z.object({
    caseId: caseId.optional(),
    query: z.string().max(200),
    limit: z.int().min(1).max(500).optional(),
  }).strict()),
  /** Creates (no templateId) or edits one of the agent's own templates; works offline. */
  saveTemplate: op<{ templateId: string }>()(TemplateInput),
  deleteTemplate: op<null>()(z.object({ templateId: z.string().min(1).max(200) }).strict()),
  /** Knowledge-base search: any syntax is safe; typos fall back to near matches. */
  searchArticles: op<ArticleHit[]>()(z.object({ query: z.string().max(500), limit: z.int().min(1).max(100).optional() }).strict()),
  getArticle: op<Article | null>()(z.object({ id: z.string().min(1).max(200) }).strict()),
  /** Resolving needs a contact reason (an active one of getContactReasons) and a resolution. */
  setStatus: op<Queued>()(z.object({
    caseId,
    status: z.enum(CASE_STATUSES),
    reason: z.string().min(1).max(40).optional(),
    resolution: z.enum(RESOLUTIONS).optional(),
    /** An active product of getProducts; null clears it. */
    product: z.string().min(1).max(40).nullable().optional(),
    /** At resolution: the answer spared the customer a phone call. */
    callAvoided: z.boolean().optional(),
  }).strict()),
  /** The contact reasons the central API syncs (the guide's list until it sends one). */
  getContactReasons: op<ContactReasonOption[]>()(Empty),
  /** The products the central API syncs (none until it sends a list). */
  getProducts: op<Product[]>()(Empty),
  /** "Respondió otro cliente" on the agent's public case, set or taken back; queued, works offline. */
  markPeerAnswered: op<Queued>()(z.object({ caseId, answered: z.boolean() }).strict()),
  /** Where a public case may move to private and the invitation to send; null on a private case. */
  getPrivateInvitation: op<PrivateInvitation | null>()(ForCase),
  /** Sends the reviewed invitation publicly and records where the case moves. */
  moveToPrivate: op<Queued>()(z.object({
    caseId,
    text: z.string().min(1).max(100_000),
    channel: z.enum(CHANNELS),
    templates: Sources.optional(),
  }).strict()),
  /** Sends a refused reply again as a new change (the case must still be the agent's). */
  retryMutation: op<Queued>()(z.object({ id: z.uuid() }).strict()),
  /** Hides a refused change from the case view; it stays in the history of changes. */
  dismissMutation: op<null>()(z.object({ id: z.uuid() }).strict()),
  getDraft: op<Draft>()(ForCase),
  saveDraft: op<null>()(z.object({
    caseId,
    text: z.string().max(100_000),
    templates: Sources.default([]),
    articles: Sources.default([]),
    holes: z.array(z.string().max(200)).max(100).default([]),
  }).strict()),
  syncNow: op<null>()(Empty),
  /** The UI's language, so what main shows outside the window (tray, notifications) speaks it too. */
  setLanguage: op<null>()(z.object({ language: z.enum(MAIN_LANGUAGES) }).strict()),
  /** What OS notifications may show of customers, for the open profile. */
  getNotificationPrivacy: op<NotificationPrivacy>()(Empty),
  setNotificationPrivacy: op<NotificationPrivacy>()(NotificationPrivacy),
  /** Blocks the case's sender for the whole organisation (spam, trolls); works offline. */
  blockSender: op<{ blockId: string }>()(z.object({ caseId, reason: z.string().trim().min(1).max(200) }).strict()),
  unblockSender: op<null>()(z.object({ blockId: z.string().min(1).max(200) }).strict()),
  /** The organisation's block list, newest first. */
  listBlocked: op<BlockedSender[]>()(Empty),
  /** The block in force on the case's sender, or null. */
  getCaseBlock: op<BlockedSender | null>()(ForCase),
  /** The customer panel: who the customer (or the case's customer) is on every channel, and their influence. */
  getCustomer: op<CustomerProfile | null>()(z.union([ForCustomer, ForCase])),
  /** All the customer's cases in the cache, newest first; the other agents' ones open read-only. */
  customerHistory: op<CustomerCase[]>()(ForCustomer),
  /** Agents' notes on the customer, newest first, this agent's unconfirmed ones included. */
  customerNotes: op<CustomerNote[]>()(ForCustomer),
  /** Writes a note on the customer; works offline, shared once the server takes it. */
  addCustomerNote: op<{ noteId: string }>()(z.object({ customerId, text: z.string().trim().min(1).max(CUSTOMER_NOTE_MAX) }).strict()),
  /** Customers the case's account could be linked to, or its customer merged with: this cache and, online, the directory. */
  findCustomers: op<CustomerSearch<CustomerCandidate>>()(z.object({ caseId, query: z.string().max(200) }).strict()),
  /** Records sharing a phone, an e-mail or a handle with the case's customer. */
  mergeSuggestions: op<CustomerSearch<MergeSuggestion>>()(ForCase),
  /** Links the account the case came through to a known customer, once the agent validated it; works offline. */
  linkIdentity: op<Queued>()(z.object({ caseId, customerId }).strict()),
  /** Takes an account off the case's customer, saying why. */
  unlinkIdentity: op<Queued>()(z.object({ caseId, identityId: z.string().min(1).max(200), reason: z.string().trim().min(3).max(200) }).strict()),
  /** Folds one record into the other (one of them the case's customer); undoable. */
  mergeCustomers: op<Queued>()(z.object({ caseId, survivorId: customerId, mergedId: customerId }).strict()),
  /** Undoes a link or a merge into the case's customer. */
  undoMerge: op<Queued>()(z.object({ caseId, mergeId: z.string().min(1).max(200) }).strict()),
  /** The filtered view: cases only noise waits on, with that noise and why it was filtered. */
  listFiltered: op<FilteredCase[]>()(Empty),
  /** Takes a customer message of the agent's case out of the noise filter (its case back into the queue); queued, works offline. */
  restoreMessage: op<Queued>()(z.object({ messageId: z.string().min(1).max(200) }).strict()),
  /** The agent's type for a customer message of their case (null: back to the computed one); queued, works offline. */
  setMessageType: op<Queued>()(z.object({ messageId: z.string().min(1).max(200), type: z.enum(MESSAGE_TYPES).nullable() }).strict()),
  /** Business hours, auto-replies, retention and the QA scorecard as this console holds them, with what waits to be saved; any agent may read them. */
  getBusinessSettings: op<BusinessSettings>()(Empty),
  /** Supervisors only: queues a new `business_hours` document on the version the draft started from, checked first; works offline. */
  saveBusinessHours: op<{ mutationId: string }>()(SettingSave),
  /** Supervisors only: queues a new `auto_replies` document on the version the draft started from, checked first; works offline. */
  saveAutoReplies: op<{ mutationId: string }>()(SettingSave),
  /** Supervisors only: queues a new `retention` document on the version the draft started from, checked first; works offline. */
  saveRetention: op<{ mutationId: string }>()(SettingSave),
  /** Supervisors only: queues a new `qa_scorecards` document (the edited sheet as a new version, the one before kept) on the version the draft started from; works offline. */
  saveScorecards: op<{ mutationId: string }>()(SettingSave),
  /** Supervisors only: queues a new `routing` document (teams, areas, rules) on the version the draft started from, checked first; works offline. */
  saveRouting: op<{ mutationId: string }>()(SettingSave),
  /** Supervisors only: queues a new `listening` document (brand keywords, their misspellings, the company's accounts) on the version the draft started from, checked first; works offline. */
  saveListening: op<{ mutationId: string }>()(SettingSave),
  /** A schedule's week, open and closed, cut in the schedule's zone or the agent's; of the draft when given. */
  hoursWeek: op<HoursWeek>()(HoursWeekInput),
  /** What a customer writing then and there gets: the decision and the exact text; of the draft when given. */
  simulateAutoReply: op<Simulation>()(SimulationInput),
  /** The organisation's people as this console holds them: teams, hire dates, the teams each supervisor supervises. */
  listAgents: op<TeamMember[]>()(Empty),
  /** The presence this console says: the chosen state, when the server stamped it, whether it is still to be sent. */
  presence: op<PresenceStatus>()(Empty),
  /** Agents and supervisors: chooses a presence, kept in the profile and sent at once by main (not queued: the server stamps it on arrival). */
  setPresence: op<PresenceStatus>()(z.object({ state: PresenceState }).strict()),
  /** Supervisors, online only: each agent's load and presence, and the queue of the teams they supervise. */
  teamView: op<TeamView>()(Empty),
  /** Supervisors: queues a case's reassignment to an agent of their teams; works offline, the server decides. */
  reassignCase: op<{ mutationId: string }>()(z.object({ caseId, to: z.string().min(1).max(100) }).strict()),
  /** The latest reassignments queued here, each pending, applied or refused with the server's reason. */
  reassignments: op<Reassignment[]>()(Empty),
  /** Supervisors, online only: a QA draw's preview (seed, count per stratum and per agent); nothing is stored. */
  qaDrawPreview: op<QaDrawResult>()(QaDrawInput.strict()),
  /** Supervisors, online only: draws the pack (the preview's seed gives the preview's sample) and syncs it down. */
  qaDraw: op<QaDrawResult>()(QaDrawInput.strict()),
  /** The QA packs on this computer, newest first, with their progress. */
  qaPacks: op<QaPackSummary[]>()(Empty),
  /** One QA pack with its cases; null when this computer does not hold it. */
  qaPack: op<QaPack | null>()(z.object({ packId: z.string().min(1).max(200) }).strict()),
  /** A calibration session's reviews this supervisor may see (blind until they submit their own of a case) and the criteria answered. */
  qaCalibrationReviews: op<CalibrationSources>()(z.object({ packId: z.string().min(1).max(200) }).strict()),
  /** Supervisors, online only: opens a calibration session over a pack's cases (or cases named) for several supervisors. */
  openCalibration: op<QaCalibrationResult>()(QaCalibrationInput),
  /** Opens a link in the system browser, if its host is on the allow-list. */
  openExternal: op<boolean>()(z.object({ url: z.string().max(2000) }).strict()),
  /** A case's whole thread, oldest first: what getCase left out of a long one, read after its first frame. */
  getCaseThread: op<Message[]>()(ForCase),
  ...QA_REVIEW_OPERATIONS,
  ...REPORT_OPERATIONS,
  ...CLASS_OPERATIONS,
  ...COACHING_OPERATIONS,
  ...DERIVATION_OPERATIONS,
  ...LISTENING_OPERATIONS,
  /** The case `n` opens: the work queue's longest waiting for an answer but `skip`, whatever the filters; null when none waits. */
  nextWaiting: op<string | null>()(z.object({ skip: caseId.nullable() }).strict()),
} as const;

export type Operation = keyof typeof CONTRACT;
export type Input<O extends Operation> = z.input<(typeof CONTRACT)[O]['input']>;
export type Output<O extends Operation> = (typeof CONTRACT)[O]['output'];

/** What a failed call rejects with, on every transport. */
export interface ContractError {
  code: string;
  message: string;
}

/** The outcome of one call on every transport. Errors travel as data: Electron's context
 * bridge would keep only an Error's message, and the renderer needs the code too. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** `window.atiende` (preload or harness bridge): one function per operation, and typed events. */
export type AtiendeBridge = { [O in Operation]: (input: Input<O>) => Promise<CallResult<Output<O>>> } & {
  onEvent(listener: (event: AppEvent) => void): () => void;
};

/** What the renderer calls (lib/bridge.ts): each operation rejects with an Error carrying `code`. */
export type AtiendeApi = { [O in Operation]: (input: Input<O>) => Promise<Output<O>> };
