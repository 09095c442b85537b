// The contract's operations, answered from the open profile's cache and commands.
import type { Input, Operation, Output } from '../../shared/contract.ts';
import type { TemplateSuggestion } from '../../shared/contract.ts';
import { channelFit, rankTemplates, type TemplateCandidate } from '../../shared/template-search.ts';
import { suggestTemplates } from '../db/repositories/suggestions.ts';
import type { ConsoleController } from '../console/controller.ts';
import { resolveHandlers } from './resolve-handlers.ts';
import { customerLinkHandlers } from './customer-link-handlers.ts';
import { hoursHandlers } from './hours-handlers.ts';
import { caseGuidance } from '../triage/guidance.ts';
import { overrideType, restoreMessage } from '../triage/triage.ts';
import { CodedError } from '../../shared/errors.ts';

export type Handlers = { [O in Operation]: (input: Input<O>) => Promise<Output<O>> | Output<O> };

/** Hosts whose links (in articles and e-mails) may open in the system browser. */
export const LINK_HOSTS: readonly string[] = ['conecta.example.com'];

export interface HandlerOptions {
  /** Opens an allowed link in the system browser (Electron's shell; nothing in the harness). */
  openUrl: (url: string) => void;
  externalHosts?: readonly string[];
}

export function createHandlers(controller: ConsoleController, options: HandlerOptions): Handlers {
  const now = () => new Date().toISOString();
  const store = () => controller.current.store;
  /** The templates the open profile's agent may use: their team's, everyone's, and their own. */
  const usableTemplates = (): readonly TemplateCandidate[] => {
    const { username } = controller.current.profile;
    return store().knowledge.templateCandidates(username, store().reference.teamOf(username));
  };
  /** Hides a refused change and drops its unconfirmed message; false if it was not refused and shown. */
  const dismissRefused = (id: string): boolean => {
    const refused = store().outbox.find(id);
    if (!store().outbox.dismiss(id, now())) return false;
    const messageId = (refused?.args as { messageId?: string } | undefined)?.messageId;
    if (messageId) store().messages.removeLocal(messageId);
    return true;
  };
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
      const messages = store().messages.thread(caseId);
      return {
        case: summary, messages, mutations: store().outbox.forCase(caseId), links: store().cases.links(summary),
        readOnly: summary.assignedTo !== controller.current.profile.username,
        assigneeName: summary.assignedTo === null ? null : store().reference.nameOf(summary.assignedTo),
        guidance: caseGuidance(messages, summary.channel),
        replyTo: store().customers.identity(store().cases.get(caseId)?.identityId ?? null),
      };
    },
    listFiltered: () => {
      const username = controller.current.profile.username;
      const waiting = store().triage.filteredMessages(username);
      return store().cases.inbox(username, { view: 'filtered' }).map((summary) => ({ case: summary, messages: waiting.get(summary.id) ?? [] }));
    },
    restoreMessage: ({ messageId }) => {
      if (!restoreMessage(store(), messageId)) throw notNoise();
      controller.announce(['case', 'message']);
      return null;
    },
    setMessageType: ({ messageId, type }) => {
      if (!overrideType(store(), messageId, type)) throw notTriaged();
      controller.announce(['case', 'message']);
      return null;
    },
    markRead: ({ caseId }) => {
      store().local.markRead(caseId);
      controller.announce(['case']);
      return null;
    },
    sendReply: ({ caseId, text, templates, articles }) => {
      const queued = controller.current.commands.sendReply(caseId, text, { templates, articles });
      if (store().local.dropDraft(caseId)) controller.announce(['draft']);
      return queuedOut(queued);
    },
    ...resolveHandlers(controller),
    retryMutation: ({ id }) => {
      const refused = store().outbox.find(id);
      if (refused?.name !== 'send_reply') throw notRefused();
      const { caseId, text } = refused.args as { caseId: string; text: string };
      // One step: the refused copy leaves the thread and the new reply is queued, or neither.
      return store().transaction(() => {
        if (!dismissRefused(id)) throw notRefused();
        return queuedOut(controller.current.commands.sendReply(caseId, text));
      });
    },
    dismissMutation: ({ id }) => {
      store().transaction(() => dismissRefused(id));
      controller.announce(['outbox', 'message']);
      return null;
    },
    suggestForCase: ({ caseId }) => {
      const found = store().cases.get(caseId);
      if (!found) return { topic: [], articles: [], templates: [] };
      const topic = store().suggestions.caseTopic(caseId);
      const channel = found.channel;
      const username = controller.current.profile.username;
      const templates = suggestTemplates(usableTemplates(), topic).map((t) => asSuggestion(t, channelFit(t, channel), username));
      return { topic, articles: store().suggestions.articles(topic), templates };
    },
    findTemplates: ({ caseId, query, limit }) => {
      const found = caseId === undefined ? null : store().cases.get(caseId);
      if (caseId !== undefined && !found) return [];
      const candidates = usableTemplates();
      const byId = new Map(candidates.map((t) => [t.id, t]));
      const context = found
        ? { channel: found.channel, language: found.language, now: new Date() }
        : { channel: null, language: 'es' as const, now: new Date() }; // most customers write in Spanish
      const username = controller.current.profile.username;
      return rankTemplates(candidates, query, context, limit).flatMap((match) => {
        const t = byId.get(match.id);
        return t ? [asSuggestion(t, match, username)] : [];
      });
    },
    saveTemplate: (input) => {
      const { templateId } = controller.current.commands.saveTemplate(input);
      return { templateId };
    },
    deleteTemplate: ({ templateId }) => {
      controller.current.commands.deleteTemplate(templateId);
      return null;
    },
    searchArticles: ({ query, limit }) => store().knowledge.searchArticles(query, limit),
    getArticle: ({ id }) => store().knowledge.article(id),
    getDraft: ({ caseId }) => store().local.draft(caseId),
    saveDraft: ({ caseId, text, templates = [], articles = [], holes = [] }) => {
      if (store().local.saveDraft(caseId, { text, templates, articles, holes }, now())) controller.announce(['draft']);
      return null;
    },
    blockSender: ({ caseId, reason }) => {
      const { blockId } = controller.current.commands.blockSender(caseId, reason);
      return { blockId };
    },
    unblockSender: ({ blockId }) => {
      controller.current.commands.unblockSender(blockId);
      return null;
    },
    listBlocked: () => store().blocks.list(),
    getCaseBlock: ({ caseId }) => {
      const sender = store().blocks.senderOfCase(caseId);
      return sender ? store().blocks.forSender(sender.channel, sender.handle) : null;
    },
    syncNow: () => {
      void controller.current.syncOnce().catch(() => undefined); // the outcome arrives as a sync event
      return null;
    },
    setLanguage: ({ language }) => {
      controller.setLanguage(language);
      return null;
    },
    ...customerLinkHandlers(controller),
    ...hoursHandlers(controller),
    customerHistory: ({ customerId }) => store().cases.history(customerId, controller.current.profile.username),
    customerNotes: ({ customerId }) => store().customerNotes.forCustomer(customerId),
    addCustomerNote: ({ customerId, text }) => ({ noteId: controller.current.commands.addCustomerNote(customerId, text).noteId }),
    openExternal: ({ url }) => {
      const allowed = isAllowed(url, options.externalHosts ?? LINK_HOSTS);
      if (allowed) options.openUrl(url);
      return allowed;
    },
  };
}

const asSuggestion = (t: TemplateCandidate, fit: { tooLong: boolean; otherChannel: boolean }, username: string): TemplateSuggestion => ({
  id: t.id, version: t.version, title: t.title, shortcut: t.shortcut, body: t.body, tooLong: fit.tooLong, otherChannel: fit.otherChannel,
  personal: t.owner === username, language: t.language, channels: t.channels,
});

const queuedOut = (queued: { caseId: string; mutationId: string }) => ({ caseId: queued.caseId, mutationId: queued.mutationId });

const notNoise = () => new CodedError('not_filtered', 'Only a message the noise filter holds can be restored');
const notTriaged = () => new CodedError('not_triaged', 'Only a customer message the console has classified can change type');

const notRefused = () => new CodedError('not_refused', 'Only a refused reply, not yet dealt with, can be sent again');

function isAllowed(url: string, hosts: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && hosts.includes(parsed.hostname);
  } catch {
    return false;
  }
}
