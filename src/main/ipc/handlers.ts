// The contract's operations, answered from the open profile's cache and commands.
import type { Input, Operation, Output } from '../../shared/contract.ts';
import type { ConsoleController } from '../console/controller.ts';

export type Handlers = { [O in Operation]: (input: Input<O>) => Promise<Output<O>> | Output<O> };

export interface HandlerOptions {
  /** Opens an allowed link in the system browser (Electron's shell, or nothing in tests). */
  openUrl: (url: string) => void;
  /** Hosts whose links may leave the console. */
  externalHosts: readonly string[];
}

export function createHandlers(controller: ConsoleController, options: HandlerOptions): Handlers {
  const now = () => new Date().toISOString();
  const store = () => controller.current.store;
  return {
    getSession: () => controller.session(),
    openSandbox: () => controller.openSandbox(),
    connect: (input) => controller.connect(input),
    switchProfile: ({ id }) => controller.switchProfile(id),
    signOut: () => controller.signOut(),
    listInbox: (query) => store().cases.inbox(controller.current.profile.username, query),
    getCase: ({ caseId }) => {
      const summary = store().cases.summary(caseId);
      if (!summary) return null;
      return { case: summary, messages: store().messages.thread(caseId), mutations: store().outbox.forCase(caseId) };
    },
    markRead: ({ caseId }) => {
      store().local.markRead(caseId, now());
      controller.announce(['case']);
      return null;
    },
    sendReply: ({ caseId, text }) => {
      const queued = controller.current.commands.sendReply(caseId, text);
      store().local.saveDraft(caseId, '', now());
      return { caseId: queued.caseId, mutationId: queued.mutationId };
    },
    setStatus: ({ caseId, status }) => {
      const queued = controller.current.commands.setStatus(caseId, status);
      return { caseId: queued.caseId, mutationId: queued.mutationId };
    },
    retryMutation: ({ id }) => {
      const refused = store().outbox.find(id);
      if (!refused || refused.name !== 'send_reply' || (refused.status !== 'conflict' && refused.status !== 'rejected')) {
        throw Object.assign(new Error('Only a refused reply can be sent again'), { code: 'not_refused' });
      }
      const { caseId, text } = refused.args as { caseId: string; text: string };
      const queued = controller.current.commands.sendReply(caseId, text);
      store().outbox.dismiss(id, now());
      return { caseId: queued.caseId, mutationId: queued.mutationId };
    },
    dismissMutation: ({ id }) => {
      store().transaction(() => {
        const refused = store().outbox.find(id);
        if (!store().outbox.dismiss(id, now())) return;
        const messageId = (refused?.args as { messageId?: string } | undefined)?.messageId;
        if (messageId) store().messages.removeLocal(messageId);
      });
      controller.announce(['outbox', 'message']);
      return null;
    },
    listMutations: () => store().outbox.list(),
    getDraft: ({ caseId }) => store().local.draft(caseId),
    saveDraft: ({ caseId, text }) => {
      store().local.saveDraft(caseId, text, now());
      return null;
    },
    searchMessages: ({ text }) => store().messages.search(text),
    syncNow: () => {
      void controller.current.syncOnce().catch(() => undefined); // the outcome arrives as a sync event
      return null;
    },
    openExternal: ({ url }) => {
      const allowed = isAllowed(url, options.externalHosts);
      if (allowed) options.openUrl(url);
      return allowed;
    },
  };
}

function isAllowed(url: string, hosts: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && hosts.includes(parsed.hostname);
  } catch {
    return false;
  }
}
