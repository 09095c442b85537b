// What a trainee did in a class, as the grading rules read it: the cases of their copy of the
// scenario, each message with its time in scenario time, and the script's steps with what each
// expects. The server builds it from the trainee's store; the rules (grading/) are pure over it.
import type { CaseStatus, Channel, ContactReason, Language, MessageType } from '../domain.ts';
import type { GradingRule } from './rules.ts';

export interface TranscriptMessage {
  id: string;
  /** Scenario time (ISO). */
  at: string;
  /** customer: the customer wrote; agent: the trainee (or the colleague) replied; engine: an auto-reply or survey. */
  from: 'customer' | 'agent' | 'engine';
  /** Who wrote it: the agent's username, or null for customers and the engine. */
  author: string | null;
  /** The channel it went out or came in on (a move to private replies on the private channel). */
  channel: Channel;
  /** Seen by everyone on the network (a post, a mention, a comment). */
  public: boolean;
  text: string;
  /** Keys of the templates and articles the reply came from (empty for customers). */
  templates: string[];
  articles: string[];
}

export interface TranscriptCase {
  caseId: string;
  number: number;
  channel: Channel;
  customer: string;
  /** The script step that opened the case; null for a trainer's ad-hoc message. */
  step: string | null;
  openedAt: string;
  status: CaseStatus;
  reason: ContactReason | null;
  messageType: MessageType | null;
  /** When the trainee first gave the case a reason, or null if never. */
  classifiedAt: string | null;
  /** When the case was last resolved, or null. */
  resolvedAt: string | null;
  /** Who holds it now. */
  assignedTo: string | null;
  /** Where the trainee moved a public case (`move_to_private`, the case's moved_to), or null. */
  movedTo: Channel | null;
  messages: TranscriptMessage[];
}

/** One step's expectation, as the script says it. */
export interface StepExpectation {
  rule: GradingRule;
  template?: string;
  article?: string;
}

export interface TranscriptStep {
  id: string;
  /** The case the step opened or wrote in; null until it fired. */
  caseId: string | null;
  firedAt: string | null;
  expect: StepExpectation[];
}

export interface Transcript {
  trainee: { username: string; name: string };
  /** The script's language: the checks' `detail` is written in it. */
  language: Language;
  /** The company's name and the teams' names: a signature with either is not a person's. */
  company: string;
  teams: string[];
  /** Rules that judge every reply (the script's `always`). */
  always: GradingRule[];
  steps: TranscriptStep[];
  cases: TranscriptCase[];
  /** The class's clock now (scenario time): a service level still running is pending, not failed. */
  now: string;
  /** The class has ended: what is still pending fails. */
  finished: boolean;
}

/** One judgement of one rule on one case (or reply). */
export interface RuleCheck {
  rule: GradingRule;
  /** null while it cannot be told yet (the service level still running). */
  pass: boolean | null;
  stepId: string | null;
  caseId: string | null;
  /** The message that shows it, quoted (the trainee's reply, or the customer's unanswered message). */
  evidence: string | null;
  /** A short reason in the class's language, e.g. "respondió a los 12 min (nivel de servicio: 5 min)". */
  detail: string;
}
