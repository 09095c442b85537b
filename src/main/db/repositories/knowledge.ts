import type { Article, ArticleHit } from '../../../shared/models.ts';
import type { TemplateCandidate } from '../../../shared/template-search.ts';
import type { Db } from '../connection.ts';
import { toFtsQuery, toTrigramQuery } from '../fts-query.ts';
import { versionedUpsert } from './versioned.ts';

export interface TemplateRow {
  id: string;
  title: string;
  shortcut: string | null;
  language: string;
  channels: string | null;
  team: string | null;
  body: string;
  updated_at: string;
  version: number;
  /** null for company templates; the agent's username for a personal one. */
  owner: string | null;
}

export interface ArticleRow {
  id: string;
  title: string;
  summary: string;
  body: string;
  tags: string;
  language: string;
  updated_at: string;
  version: number;
  url: string | null;
}

/** bm25 ranked, the title weighing most (columns: title, summary, body, tags). */
export const ARTICLE_SEARCH_SQL = `
  SELECT a.id, a.title, a.summary, a.language,
         snippet(articles_fts, 2, char(2), char(3), '…', 16) AS snippet
  FROM articles_fts
  JOIN articles a ON a.rowid = articles_fts.rowid
  WHERE articles_fts MATCH ?
  ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0, 6.0)
  LIMIT ?`;

/** The typo-tolerant fallback: articles sharing the most trigrams with the query first. */
export const ARTICLE_TRIGRAM_SQL = `
  SELECT a.id, a.title, a.summary, a.language,
         snippet(articles_trigram, 1, char(2), char(3), '…', 16) AS snippet
  FROM articles_trigram
  JOIN articles a ON a.rowid = articles_trigram.rowid
  WHERE articles_trigram MATCH ?
  ORDER BY bm25(articles_trigram, 4.0, 1.0)
  LIMIT ?`;

/** Templates and knowledge-base articles: what agents answer with. */
export class KnowledgeRepository {
  private readonly upsertTemplateStmt;
  private readonly upsertArticleStmt;
  private readonly removeTemplateStmt;
  private readonly removeArticleStmt;
  private readonly searchStmt;
  private readonly trigramStmt;
  private readonly saveLocalTemplateStmt;
  private readonly templateStmt;
  private readonly dropUnconfirmedStmt;
  private readonly useStmt;
  private readonly candidatesStmt;
  private readonly articleStmt;
  private readonly articleUseStmt;

  constructor(db: Db) {
    this.upsertTemplateStmt = versionedUpsert(db, 'templates', [
      'title', 'shortcut', 'language', 'channels', 'team', 'body', 'updated_at', 'owner',
    ]);
    // The agent's own edit, before the server confirms it: the server's version stays, so the
    // confirmed row (a newer version) replaces it on pull.
    this.saveLocalTemplateStmt = db.prepare(
      `INSERT INTO templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
       VALUES (@id, @title, @shortcut, @language, @channels, @team, @body, @updated_at, 0, @owner)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title, shortcut = excluded.shortcut, language = excluded.language,
         channels = excluded.channels, body = excluded.body, updated_at = excluded.updated_at`,
    );
    this.templateStmt = db.prepare<[string], TemplateRow>('SELECT * FROM templates WHERE id = ?');
    this.dropUnconfirmedStmt = db.prepare('DELETE FROM templates WHERE id = ? AND version = 0');
    this.useStmt = db.prepare(
      `INSERT INTO template_uses (template_id, uses, last_used_at) VALUES (@id, 1, @at)
       ON CONFLICT(template_id) DO UPDATE SET uses = uses + 1, last_used_at = @at`,
    );
    this.candidatesStmt = db.prepare<[{ username: string; team: string | null }], TemplateRow & { uses: number; last_used_at: string | null }>(
      `SELECT t.*, coalesce(u.uses, 0) AS uses, u.last_used_at FROM templates t
       LEFT JOIN template_uses u ON u.template_id = t.id
       WHERE t.owner = @username OR (t.owner IS NULL AND (t.team IS NULL OR t.team = @team))`,
    );
    this.upsertArticleStmt = versionedUpsert(db, 'articles', [
      'title', 'summary', 'body', 'tags', 'language', 'updated_at', 'url',
    ]);
    this.articleStmt = db.prepare<[string], ArticleRow & { uses: number }>(
      `SELECT a.*, coalesce(u.uses, 0) AS uses FROM articles a
       LEFT JOIN article_uses u ON u.article_id = a.id WHERE a.id = ?`,
    );
    this.articleUseStmt = db.prepare(
      `INSERT INTO article_uses (article_id, uses, last_used_at) VALUES (@id, 1, @at)
       ON CONFLICT(article_id) DO UPDATE SET uses = uses + 1, last_used_at = @at`,
    );
    this.removeTemplateStmt = db.prepare('DELETE FROM templates WHERE id = ?');
    this.removeArticleStmt = db.prepare('DELETE FROM articles WHERE id = ?');
    this.searchStmt = db.prepare<[string, number], ArticleHit>(ARTICLE_SEARCH_SQL);
    this.trigramStmt = db.prepare<[string, number], ArticleHit>(ARTICLE_TRIGRAM_SQL);
  }

  upsertTemplate(row: TemplateRow): void {
    this.upsertTemplateStmt.run(row);
  }

  saveLocalTemplate(row: Omit<TemplateRow, 'version'>): void {
    this.saveLocalTemplateStmt.run(row);
  }

  recordUse(templateIds: string[], at: string): void {
    for (const id of templateIds) this.useStmt.run({ id, at });
  }

  /** Counts the articles a reply quoted or linked: the metrics read these later. */
  recordArticleUse(articleIds: string[], at: string): void {
    for (const id of articleIds) this.articleUseStmt.run({ id, at });
  }

  /** One article, whole, as the knowledge-base panel shows it. */
  article(id: string): Article | null {
    const row = this.articleStmt.get(id);
    if (!row) return null;
    return {
      id: row.id, title: row.title, summary: row.summary, body: row.body, tags: JSON.parse(row.tags) as string[],
      language: row.language as Article['language'], updatedAt: row.updated_at, version: row.version, url: row.url, uses: row.uses,
    };
  }

  /** The templates this agent may use: the company's (for everyone or their team) and their own. */
  templateCandidates(username: string, team: string | null): TemplateCandidate[] {
    return this.candidatesStmt.all({ username, team }).map((row) => ({
      id: row.id,
      version: row.version,
      title: row.title,
      shortcut: row.shortcut,
      language: row.language as TemplateCandidate['language'],
      channels: row.channels === null ? null : (JSON.parse(row.channels) as TemplateCandidate['channels']),
      body: row.body,
      uses: row.uses,
      lastUsedAt: row.last_used_at,
      owner: row.owner,
    }));
  }

  dropUnconfirmedTemplate(id: string): void {
    this.dropUnconfirmedStmt.run(id);
  }

  template(id: string): TemplateRow | undefined {
    return this.templateStmt.get(id);
  }

  upsertArticle(row: ArticleRow): void {
    this.upsertArticleStmt.run(row);
  }

  removeTemplate(id: string): void {
    this.removeTemplateStmt.run(id);
  }

  removeArticle(id: string): void {
    this.removeArticleStmt.run(id);
  }


  /** Words first (diacritics folded, prefixes, plurals); if they find nothing, trigrams. */
  searchArticles(text: string, limit = 20): ArticleHit[] {
    const query = toFtsQuery(text, { plurals: true });
    if (query === null) return [];
    const hits = this.searchStmt.all(query, limit);
    if (hits.length > 0) return hits;
    const fuzzy = toTrigramQuery(text);
    return fuzzy === null ? [] : this.trigramStmt.all(fuzzy, limit);
  }
}
