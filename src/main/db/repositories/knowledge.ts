import type { ArticleHit } from '../../../shared/models.ts';
import type { Db } from '../connection.ts';
import { toFtsQuery } from '../fts-query.ts';
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

/** Templates and knowledge-base articles: what agents answer with. */
export class KnowledgeRepository {
  private readonly upsertTemplateStmt;
  private readonly upsertArticleStmt;
  private readonly removeTemplateStmt;
  private readonly removeArticleStmt;
  private readonly searchStmt;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
    this.upsertTemplateStmt = versionedUpsert(db, 'templates', [
      'title', 'shortcut', 'language', 'channels', 'team', 'body', 'updated_at',
    ]);
    this.upsertArticleStmt = versionedUpsert(db, 'articles', [
      'title', 'summary', 'body', 'tags', 'language', 'updated_at',
    ]);
    this.removeTemplateStmt = db.prepare('DELETE FROM templates WHERE id = ?');
    this.removeArticleStmt = db.prepare('DELETE FROM articles WHERE id = ?');
    this.searchStmt = db.prepare<[string, number], ArticleHit>(ARTICLE_SEARCH_SQL);
  }

  upsertTemplate(row: TemplateRow): void {
    this.upsertTemplateStmt.run(row);
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


  searchArticles(text: string, limit = 20): ArticleHit[] {
    const query = toFtsQuery(text);
    return query === null ? [] : this.searchStmt.all(query, limit);
  }
}
