import type { ArticleHit } from '../../../shared/models.ts';
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

  constructor(db: Db) {
    this.upsertTemplateStmt = versionedUpsert(db, 'templates', [
      'title', 'shortcut', 'language', 'channels', 'team', 'body', 'updated_at',
    ]);
    this.upsertArticleStmt = versionedUpsert(db, 'articles', [
      'title', 'summary', 'body', 'tags', 'language', 'updated_at',
    ]);
    this.removeTemplateStmt = db.prepare('DELETE FROM templates WHERE id = ?');
    this.removeArticleStmt = db.prepare('DELETE FROM articles WHERE id = ?');
    this.searchStmt = db.prepare<[string, number], ArticleHit>(ARTICLE_SEARCH_SQL);
    this.trigramStmt = db.prepare<[string, number], ArticleHit>(ARTICLE_TRIGRAM_SQL);
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
