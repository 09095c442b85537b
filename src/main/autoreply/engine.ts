// The out-of-hours engine. After each applied pull, every customer message of the agent's own
// cases that it has not decided yet is decided once by the shared rules (decideAutoReply): send
// or skip, with the rule's reason, recorded in the pull's transaction with the auto-reply it
// queues as an ordinary outbox mutation. So a crash loses both or neither, a restart or a later
// pull never reconsiders a message, and a first sync decides (and, by the freshness rule,
// skips) every old message once. The window, the browser harness and the CLI all sync through
// the same engine, so they auto-reply alike.
//
// Time is the server's: the pull's serverNow and the messages' server times, never this
// laptop's clock. Another agent's case (read-only history here) is never decided.
import { decideAutoReply, dedupeKeyOf, SKIP_REASONS, type AutoReplyDecision, type AutoReplyInput } from '../../shared/autoreply/index.ts';
import type { Channel, Language, MessageType } from '../../shared/domain.ts';
import type { UndecidedMessage } from '../db/repositories/auto-replies.ts';
import type { Store } from '../db/store.ts';
import { CommandError } from '../commands/errors.ts';
import { Commands } from '../commands/index.ts';
import type { ReplyAuthor } from '../commands/effects.ts';
import { autoReplySettings } from './settings.ts';

/** Why a message got no auto-reply: the rules' reasons, and one the channel adds. */
export const AUTO_REPLY_SKIPS = {
  ...SKIP_REASONS,
  too_long: 'the text is longer than the channel accepts',
} as const;
export type AutoReplySkip = keyof typeof AUTO_REPLY_SKIPS;

/** What the rules need of a message's case, the same for all its messages in one run. */
interface CaseFacts {
  /** Grows as this run queues auto-replies, so a burst gets one. */
  answeredWindows: Set<string>;
  lastAgentReplyAt: Date | null;
  senderBlocked: boolean;
}

export class AutoReplyEngine {
  private readonly store: Store;
  private readonly author: () => ReplyAuthor;
  private readonly commands: Commands;

  constructor(store: Store, author: () => ReplyAuthor) {
    this.store = store;
    this.author = author;
    // Nothing to announce when it queues: the sync that runs the engine pushes in the same cycle.
    this.commands = new Commands(store, author);
  }

  /**
   * Decides the undecided customer messages of `cases` (every own case: 'all') by the server's
   * clock `serverNow`. Run in the pull's transaction, after triage has judged the same changes.
   * Returns how many auto-replies it queued.
   */
  run(serverNow: string, cases: Iterable<string> | 'all'): number {
    const { store } = this;
    const agent = this.author().username;
    const { hours, replies } = autoReplySettings(store);
    const now = new Date(serverNow);
    const at = now.toISOString();
    if (cases === 'all') {
      // A first sync brings the agent's whole history: what is older than the freshness limit can
      // only ever be stale, so it is decided so in one statement, and only the rest one by one.
      store.autoReplies.recordStale(agent, new Date(now.getTime() - replies.freshnessMinutes * 60_000).toISOString(), at);
    }
    const undecided = cases === 'all' ? store.autoReplies.undecided(agent) : [...cases].flatMap((id) => store.autoReplies.undecided(agent, id));
    if (undecided.length === 0) return 0;
    // What the rules ask of a case is read once per case: a first sync decides thousands of messages.
    const factsOf = new Map<string, CaseFacts>();
    let queued = 0;
    for (const message of undecided) {
      let facts = factsOf.get(message.case_id);
      if (!facts) factsOf.set(message.case_id, (facts = this.caseFacts(message.case_id, now)));
      const keys = facts.answeredWindows;
      const decision = decideAutoReply(this.inputOf(message, facts, now), hours, replies);
      let reason: AutoReplySkip | null = decision.send ? null : decision.reason;
      if (decision.send) {
        reason = this.queue(message, decision, now);
        if (reason === null) {
          keys.add(decision.dedupeKey);
          queued += 1;
        }
      }
      store.autoReplies.record({
        message_id: message.id,
        case_id: message.case_id,
        decision: reason === null ? 'send' : 'skip',
        reason,
        dedupe_key: decision.window ? dedupeKeyOf(message.case_id, decision.window) : null,
        decided_at: at,
      });
    }
    return queued;
  }

  private caseFacts(caseId: string, now: Date): CaseFacts {
    const { store } = this;
    const lastReply = store.autoReplies.lastAgentReplyAt(caseId, now.toISOString());
    return {
      answeredWindows: store.autoReplies.answeredWindows(caseId),
      lastAgentReplyAt: lastReply === null ? null : new Date(lastReply),
      senderBlocked: store.blocks.isCaseSenderBlocked(caseId),
    };
  }

  /** Only customer messages are candidates: what the company writes (replies, auto-replies) never is. */
  private inputOf(message: UndecidedMessage, facts: CaseFacts, now: Date): AutoReplyInput {
    return {
      caseId: message.case_id,
      channel: message.channel as Channel,
      now,
      message: {
        id: message.id,
        sentAt: new Date(message.sent_at),
        fromCustomer: true,
        csatAnswer: message.csat_answer === 1,
        // A reply under a campaign post: silent unless the channel allows campaign replies.
        kind: message.promo === null ? 'message' : 'campaign',
        noise: message.noise === 1,
        messageType: message.type as MessageType | null,
      },
      // The cache knows no customer's time zone: the opening is given in the schedule's.
      customer: { name: message.customer_name ?? message.author, language: message.language as Language, timeZone: null },
      ...facts,
    };
  }

  /**
   * Queues the auto-reply; the reason it cannot go, or null. A text the channel refuses (too
   * long, or empty once a name it needed was missing) is a skip: it must never stop the pull.
   */
  private queue(message: UndecidedMessage, decision: Extract<AutoReplyDecision, { send: true }>, now: Date): 'too_long' | 'no_text' | null {
    const { text, dedupeKey, language } = decision;
    try {
      this.commands.sendAutoReply(message.case_id, { text, dedupeKey, language, inReplyTo: message.id }, now);
      return null;
    } catch (error) {
      if (error instanceof CommandError && error.code === 'reply_too_long') return 'too_long';
      if (error instanceof CommandError) return 'no_text';
      throw error;
    }
  }
}
