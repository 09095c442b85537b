// What the organisation's administrators do to templates and the knowledge base, as trainer
// controls: publish a new company template or article, or a new version of one. Every console
// receives it on its next pull; what agents already inserted in drafts is theirs and stays.
import { z } from 'zod';
import { WireArticle, WireTemplate } from '../protocol/entities.ts';
import { HttpError } from './http.ts';
import { prepared } from './prepared.ts';
import { nextVersion } from './schema.ts';
import { SandboxPart } from './sandbox-part.ts';

const id = z.string().min(1).max(200);
export const CompanyTemplateRequest = WireTemplate.omit({ updatedAt: true, owner: true }).extend({ id });
// The server numbers an article's revisions itself: 1 when new, one more per edit.
export const ArticleRequest = WireArticle.omit({ updatedAt: true, revision: true }).extend({ id });

export class KnowledgeAdmin extends SandboxPart {
  /** Creates or replaces a company template; an agent's personal template is not the admin's to change. */
  putTemplate(t: z.infer<typeof CompanyTemplateRequest>): { version: number } {
    return this.db.transaction(() => {
      const owner = prepared<[string], { owner: string | null }>(this.db, 'SELECT owner FROM templates WHERE id = ?').get(t.id);
      if (owner?.owner) throw new HttpError(409, 'personal_template', `Template ${t.id} belongs to ${owner.owner}`);
      const version = nextVersion(this.db);
      prepared(this.db, `INSERT INTO templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
        VALUES (@id, @title, @shortcut, @language, @channels, @team, @body, @updatedAt, @version, NULL)
        ON CONFLICT(id) DO UPDATE SET title = excluded.title, shortcut = excluded.shortcut, language = excluded.language,
          channels = excluded.channels, team = excluded.team, body = excluded.body, updated_at = excluded.updated_at,
          version = excluded.version`)
        .run({ ...t, channels: t.channels && JSON.stringify(t.channels), updatedAt: this.clock.now().toISOString(), version });
      this.feed.publishGlobal('template', t.id, version);
      return { version };
    })();
  }

  putArticle(a: z.infer<typeof ArticleRequest>): { version: number } {
    return this.db.transaction(() => {
      const version = nextVersion(this.db);
      prepared(this.db, `INSERT INTO articles (id, title, summary, body, tags, language, updated_at, version, url)
        VALUES (@id, @title, @summary, @body, @tags, @language, @updatedAt, @version, @url)
        ON CONFLICT(id) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body,
          tags = excluded.tags, language = excluded.language, updated_at = excluded.updated_at, version = excluded.version,
          url = excluded.url, revision = articles.revision + 1`)
        .run({ ...a, tags: JSON.stringify(a.tags), updatedAt: this.clock.now().toISOString(), version });
      this.feed.publishGlobal('article', a.id, version);
      return { version };
    })();
  }
}
