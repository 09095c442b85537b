// The inbox and one case as the window reads them, the Filtrados view, what the agent marks on
// this computer only (read), and their decisions on a message (its type, restored), queued.
import type { CaseDetail } from '../../shared/models.ts';
import { nextWaiting } from '../../shared/nextWaiting.ts';
import type { ConsoleController } from '../console/controller.ts';
import { caseGuidance } from '../triage/guidance.ts';
import type { Handlers } from './handlers.ts';
import { queuedOut } from './queued.ts';

type CaseHandlers = Pick<Handlers, 'listInbox' | 'inboxWindow' | 'getCase' | 'listFiltered' | 'restoreMessage' | 'setMessageType' | 'markRead' | 'nextWaiting' | 'getCaseThread'>;

/**
 * The messages an opening case reads first: more than a tall window shows. The rest of a long
 * thread is read after its first frame (getCaseThread): reading, sending and parsing all 500
 * messages of a long case was most of the wait for its first frame.
 */
export const OPENING_MESSAGES = 20;

/**
 * One case as the case view (and the review screen) shows it; null when the cache does not have
 * it. With `newest`, only that many of the newest messages, and how many earlier ones it left out.
 */
export function readCase(controller: ConsoleController, caseId: string, newest?: number): CaseDetail | null {
  const store = controller.current.store;
  const summary = store.cases.summary(caseId);
  if (!summary) return null;
  const { messages, earlier } = newest === undefined ? { messages: store.messages.thread(caseId), earlier: 0 } : store.messages.newest(caseId, newest);
  const latest = earlier === 0 ? messages : [store.messages.latestTriaged(caseId)].filter((m) => m !== null);
  const cached = store.cases.get(caseId);
  return {
    case: summary, messages, mutations: store.outbox.forCase(caseId), links: store.cases.links(summary),
    readOnly: summary.assignedTo !== controller.current.profile.username,
    assigneeName: summary.assignedTo === null ? null : store.reference.nameOf(summary.assignedTo),
    guidance: caseGuidance(latest, summary.channel),
    replyTo: store.customers.identity(cached?.identityId ?? null),
    recontact: cached?.recontact ?? null,
    derivation: controller.current.commands.derivationView(caseId),
    earlier,
  };
}

export function caseHandlers(controller: ConsoleController): CaseHandlers {
  const store = () => controller.current.store;
  return {
    listInbox: (query) => store().cases.inbox(controller.current.profile.username, query),
    inboxWindow: (query) => store().cases.inboxWindow(controller.current.profile.username, query),
    nextWaiting: ({ skip }) => nextWaiting(store().cases.waitingQueue(controller.current.profile.username), skip)?.id ?? null,
    getCase: ({ caseId }) => readCase(controller, caseId, OPENING_MESSAGES),
    listFiltered: () => {
      const username = controller.current.profile.username;
      const waiting = store().triage.filteredMessages(username);
      return store().cases.inbox(username, { view: 'filtered' }).map((summary) => ({ case: summary, messages: waiting.get(summary.id) ?? [] }));
    },
    restoreMessage: ({ messageId }) => queuedOut(controller.current.commands.restoreMessage(messageId)),
    setMessageType: ({ messageId, type }) => queuedOut(controller.current.commands.setMessageType(messageId, type)),
    markRead: ({ caseId }) => {
      store().local.markRead(caseId);
      // Only the inbox's unread mark changed: the open case and its customer are not read again.
      controller.announce(['case_read']);
      return null;
    },
    getCaseThread: ({ caseId }) => store().messages.thread(caseId),
  };
}
