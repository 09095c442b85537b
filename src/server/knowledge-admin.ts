// What the organisation's administrators do to templates and the knowledge base (today as
// trainer controls): publish a new company template or article, or a new version of one. Every
// console receives it on its next pull; what agents already inserted in drafts is theirs and stays.
import { z } from 'zod';
import { WireArticle, WireTemplate } from '../protocol/entities.ts';
import type { Clock } from './clock.ts';
import { HttpError } from './http.ts';
import type { ServerStore } from './store/store.ts';

const id = z.string().min(1).max(200);
export const CompanyTemplateRequest = WireTemplate.omit({ updatedAt: true, owner: true }).extend({ id });
// The server numbers an article's revisions itself: 1 when new, one more per edit.
export const ArticleRequest = WireArticle.omit({ updatedAt: true, revision: true }).extend({ id });

export class KnowledgeAdmin {
  private readonly store: ServerStore;
  private readonly clock: Clock;

  constructor(store: ServerStore, clock: Clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Creates or replaces a company template; an agent's personal template is not the admin's to change. */
  putTemplate(t: z.infer<typeof CompanyTemplateRequest>): Promise<{ version: number }> {
    return this.store.transaction(async (tx) => {
      const owner = (await tx.templates.owner(t.id))?.owner;
      if (owner) throw new HttpError(409, 'personal_template', `Template ${t.id} belongs to ${owner}`);
      const version = await tx.templates.saveCompany({ ...t, at: this.clock.now().toISOString() });
      await tx.feed.publishGlobal('template', t.id, version);
      return { version };
    });
  }

  putArticle(a: z.infer<typeof ArticleRequest>): Promise<{ version: number }> {
    return this.store.transaction(async (tx) => {
      const version = await tx.articles.save({ ...a, at: this.clock.now().toISOString() });
      await tx.feed.publishGlobal('article', a.id, version);
      return { version };
    });
  }
}
