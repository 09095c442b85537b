// Templates: the ones suggested for a case, the `/` lookup and the panel's search, and the
// agent's own templates saved or deleted.
import type { TemplateSuggestion } from '../../shared/contract.ts';
import { channelFit, rankTemplates, type TemplateCandidate } from '../../shared/template-search.ts';
import type { ConsoleController } from '../console/controller.ts';
import { suggestTemplates } from '../db/repositories/suggestions.ts';
import type { Handlers } from './handlers.ts';

type TemplateHandlers = Pick<Handlers, 'suggestForCase' | 'findTemplates' | 'saveTemplate' | 'deleteTemplate'>;

export function templateHandlers(controller: ConsoleController): TemplateHandlers {
  const store = () => controller.current.store;
  /** The templates the open profile's agent may use: their team's, everyone's, and their own. */
  const usableTemplates = (): readonly TemplateCandidate[] => {
    const { username } = controller.current.profile;
    return store().knowledge.templateCandidates(username, store().reference.teamOf(username));
  };
  return {
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
  };
}

const asSuggestion = (t: TemplateCandidate, fit: { tooLong: boolean; otherChannel: boolean }, username: string): TemplateSuggestion => ({
  id: t.id, version: t.version, title: t.title, shortcut: t.shortcut, body: t.body, tooLong: fit.tooLong, otherChannel: fit.otherChannel,
  personal: t.owner === username, language: t.language, channels: t.channels,
});
