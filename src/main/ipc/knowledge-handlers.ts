// The knowledge base: searching and reading articles, and opening their links outside, only
// for the allowed hosts.
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';

type KnowledgeHandlers = Pick<Handlers, 'searchArticles' | 'getArticle' | 'openExternal'>;

/** Hosts whose links (in articles and e-mails) may open in the system browser. */
export const LINK_HOSTS: readonly string[] = ['conecta.example.com'];

export interface LinkOptions {
  /** Opens an allowed link in the system browser (Electron's shell; nothing in the harness). */
  openUrl: (url: string) => void;
  externalHosts?: readonly string[];
}

export function knowledgeHandlers(controller: ConsoleController, options: LinkOptions): KnowledgeHandlers {
  const store = () => controller.current.store;
  return {
    searchArticles: ({ query, limit }) => store().knowledge.searchArticles(query, limit),
    getArticle: ({ id }) => store().knowledge.article(id),
    openExternal: ({ url }) => {
      const allowed = isAllowed(url, options.externalHosts ?? LINK_HOSTS);
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
