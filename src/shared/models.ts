// What the console shows: read models answered from the local cache. Rows (db/) and wire
// payloads (src/protocol/) are converted into these at the repository seam.
import type { CaseDerivation, DerivationView } from './derivation/derivation.ts';
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
  Role,
} from './domain.ts';
import type { CaseRouting } from './routing/route.ts';
import type { GuidanceCode } from './triage/classify.ts';
import type { NoiseKind } from './triage/noise.ts';
import type { PriorityReason } from './triage/priority.ts';
import type { TriageReason } from './triage/reasons.ts';

/** A person of the organisation as this console holds them: who is in which team, since when. */
export interface TeamMember {
  username: string;
  name: string;
  role: Role;
  team: string | null;
  /** The hire date (YYYY-MM-DD), which sets the seniority band; null when unknown. */
  hiredAt: string | null;
  /** The teams a supervisor supervises; empty for everyone else. */
  supervises: string[];
  /** false: the routing rules never give them a new case. */
  routed: boolean;
}

export interface CaseSummary {
  id: string;
  number: number;
  customerId: string;
  customerName: string | null;
  channel: Channel;
  subject: string;
  status: CaseStatus;
  assignedTo: string | null;
  /** The priority the console shows and sorts by: computed by triage, else the server's. */
  priority: Priority;
  /** The priority the central API sent. */
  serverPriority: Priority;
  language: Language;
  reason: ContactReason | null;
  resolution: Resolution | null;
  messageType: MessageType | null;
  updatedAt: string;
  waitingSince: string | null;
  /** A customer wrote since the agent last opened the case (or it was never opened). */
  unread: boolean;
  /** This console holds an unsent reply for the case (local only, like `unread`). */
  hasDraft: boolean;
  /** The private channel the customer was invited to continue on (a public case moved to private). */
  movedTo: Channel | null;
  /** The public case this private one continues. */
  continues: CaseLink | null;
  /** The private case this public one continued in. */
  continuedIn: CaseLink | null;
  /** Why the case ranks where it does; null until this console has triaged it. */
  triage: CaseTriage | null;
  /** Retention removed what the customer wrote (the case was resolved long enough ago). */
  purged: boolean;
  /** The product chosen at classification (a key of the synced `products` list); null when none. */
  product: string | null;
  /** The agent's mark on a public case: another customer answered on the thread. */
  peerAnswered: boolean;
  /** The agent's mark at resolution: the answer spared a phone call. */
  callAvoided: boolean;
  /** Why the case was reopened for its agent (a negative satisfaction survey); null otherwise. */
  recontact: Recontact | null;
  /** Its latest derivation to an area or a person (`{to, state, note}`); null when never derived. */
  derivation: CaseDerivation | null;
  /** How the server routed the case when it came in (the rule and its reason); null when an agent was named. */
  routing: CaseRouting | null;
}

/**
 * A window on the inbox: every case id of the list in order (its count, and where the keys move
 * the selection), and the summaries of the rows from `offset` on only, read together.
 */
export interface InboxWindow {
  ids: string[];
  offset: number;
  /** The cases of `ids` from `offset` on, as many as asked for (fewer at the end). */
  rows: CaseSummary[];
}

/** Rows a window on the inbox reads: more than a tall screen shows, its overscan and a margin. */
export const INBOX_WINDOW_ROWS = 80;

/** Why a resolved case comes back to its agent: the customer answered the survey negatively. */
export const RECONTACTS = ['csat_negative'] as const;
export type Recontact = (typeof RECONTACTS)[number];

/** Another case, by id and the number agents quote. */
export interface CaseLink {
  caseId: string;
  number: number;
}

/** A linked case, and whether this console holds it (so the agent can open it). */
export interface LinkedCase extends CaseLink {
  available: boolean;
}

/** The console's triage of a case, from the synced priority rules (src/main/triage/). */
export interface CaseTriage {
  score: number;
  reasons: PriorityReason[];
  /** Only noise waits for an answer: the case is out of the work queue, in the filtered view. */
  filtered: boolean;
  /** The case's customer messages counted as noise and not restored. */
  filteredCount: number;
}

/** The console's reading of one customer message. */
export interface MessageTriage {
  /** The agent's choice when they made one, else the computed type. */
  type: MessageType;
  computedType: MessageType;
  /** The case's agent chose the type by hand (synced: every console holding the case sees it). */
  overridden: boolean;
  reasons: TriageReason[];
  noise: NoiseKind | null;
  /** The case's agent took it out of the noise filter (synced). */
  restored: boolean;
  /** Counted as noise and not restored. */
  filtered: boolean;
  /** A type or restore of this console waits to reach the server. */
  pending: boolean;
  /** Who made the decision the server has (the latest type or restore); null when nobody did. */
  decidedBy: MessageDecider | null;
}

/** An agent who decided about a message; `you` when it is this console's agent. */
export interface MessageDecider {
  username: string;
  /** Their name as this console knows it; null when it does not. */
  name: string | null;
  you: boolean;
}

export interface Message {
  id: string;
  caseId: string;
  kind: MessageKind;
  author: string;
  text: string;
  sentAt: string;
  state: DeliveryState;
  /** A customer message that answered the satisfaction survey: never noise, shown as the answer. */
  csatAnswer: boolean;
  /** Customer messages only, once triaged; null otherwise. */
  triage: MessageTriage | null;
  /** The company's like on this customer comment or mention; null when it has none. */
  liked: MessageLike | null;
}

/** A like an agent gave a customer's public message for the company. */
export interface MessageLike {
  by: MessageDecider;
  at: string;
  /** Given on this console and not yet confirmed by the server. */
  pending: boolean;
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
  /** Matched words between \u0002 and \u0003, cut pieces joined by "…". */
  snippet: string;
  language: Language;
}

/** A knowledge-base article, whole. `body` is Markdown; its answer section is what customers get. */
export interface Article {
  id: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  language: Language;
  updatedAt: string;
  /** The row's sync version: what a reply records as the version it quoted. */
  version: number;
  /** The content's version shown to agents: 1 when published, one more per edit. */
  revision: number | null;
  /** The public help page, null for internal articles (nothing to link to). */
  url: string | null;
  /** Replies this agent made quoting or linking it. */
  uses: number;
}

/** Where a reply's text came from, at the version inserted: recorded with the reply. */
export interface ReplySource {
  id: string;
  version: number;
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

/** One case as the case view shows it: the whole thread and what became of the agent's changes. */
export interface CaseDetail {
  case: CaseSummary;
  messages: Message[];
  /** Changes to this case not yet applied, or refused and not dismissed. */
  mutations: MutationView[];
  /** The public case it comes from and the private case it continued in. */
  links: { continues: LinkedCase | null; continuedIn: LinkedCase | null };
  /** Another agent's case (part of a customer's history): shown without reply or state buttons. */
  readOnly: boolean;
  /** The assignee's name, when the cache knows the agent. */
  assigneeName: string | null;
  /** What the protocol says to do with the latest customer message, by its type and the channel. */
  guidance: TypeGuidance | null;
  /** The account replies go to: the one the customer wrote from (null when the server did not say). */
  replyTo: { channel: Channel; handle: string } | null;
  /** Why the server reopened the case for its agent: a negative satisfaction survey; null otherwise. */
  recontact: Recontact | null;
  /** Its latest derivation, as this person sees it (whether they may answer it); null when never derived. */
  derivation: DerivationView | null;
  /** How many of the thread's earliest messages `messages` leaves out (getCase sends a long thread's newest); 0 when it is whole. */
  earlier: number;
}

export interface TypeGuidance {
  messageId: string;
  type: MessageType;
  code: GuidanceCode;
}

/** A case the noise filter took out of the work queue, with the noise waiting on it. */
export interface FilteredCase {
  case: CaseSummary;
  /** Oldest first. */
  messages: FilteredMessage[];
}

export interface FilteredMessage {
  id: string;
  author: string;
  text: string;
  sentAt: string;
  noise: NoiseKind;
}
