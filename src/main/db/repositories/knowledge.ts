import { LANGUAGES, type Channel, type Language } from '../../../shared/domain.ts';
import type { Article, ArticleHit } from '../../../shared/models.ts';
import type { TemplateCandidate } from '../../../shared/template-search.ts';
import { WireArticle, WireTemplate } from '../../../protocol/entities.ts';
import type { Db } from '../connection.ts';
import { toFtsQuery, toTrigramQuery, trigramPieces } from '../fts-query.ts';
import { fromJson, oneOf } from './columns.ts';
import { ServerTemplates } from './server-templates.ts';
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

/** A template as the console's commands read it: the cache's copy, in the domain's types. */
export interface CachedTemplate {
  id: string;
  title: string;
  shortcut: string | null;
  language: Language;
  channels: Channel[] | null;
  team: string | null;
  body: string;
  updatedAt: string;
  /** 0 while the server has not confirmed it. */
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
  revision: number | null;
  url: string | null;
}

/**
 * Articles ranked by bm25 in `fts`, with a snippet of `snippetColumn`. The ranking reads the index
 * alone; articles are read, and snippets cut, for the page of hits only: joining every match
 * before the sort cost more than the ranking itself at 20,000 articles. The snippet needs the
 * MATCH on its row, so the matches are scanned once more (`+rowid` keeps them one scan: a
 * rowid lookup per hit rebuilds each prefix term's doclist). Equal scores keep rowid order.
 */
const rankedArticlesSql = (fts: string, snippetColumn: number, weights: string): string => `
  WITH top AS MATERIALIZED (
    SELECT rowid, bm25(${fts}, ${weights}) AS score FROM ${fts}
    WHERE ${fts} MATCH @query
    ORDER BY score, rowid
    LIMIT @limit
  )
  SELECT a.id, a.title, a.summary, a.language,
         snippet(${fts}, ${snippetColumn}, char(2), char(3), '…', 16) AS snippet
  FROM ${fts}
  CROSS JOIN top ON top.rowid = +${fts}.rowid
  CROSS JOIN articles a ON a.rowid = top.rowid
  WHERE ${fts} MATCH @query
  ORDER BY top.score, top.rowid`;

export interface ArticleSearchParams {
  query: string;
  limit: number;
}

/** The title weighs most (columns: title, summary, body, tags); the snippet comes from the body. */
export const ARTICLE_SEARCH_SQL = rankedArticlesSql('articles_fts', 2, '10.0, 4.0, 1.0, 6.0');

/** The typo-tolerant fallback: articles sharing the most trigrams with the query first. */
export const ARTICLE_TRIGRAM_SQL = rankedArticlesSql('articles_trigram', 1, '4.0, 1.0');

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
  private readonly trigramDocsStmt;
  private readonly articleCountStmt;
  private readonly dataVersionStmt;
  private readonly db: Db;
  private readonly serverTemplates: ServerTemplates;
  /** Counts this connection's writes to templates and their uses (see templatesChanged). */
  private templateWrites = 0;
  private candidates: { key: string; list: readonly TemplateCandidate[] } | undefined;

  constructor(db: Db) {
    this.db = db;
    this.serverTemplates = new ServerTemplates(db);
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
    // Changes when another connection (the CLI, say) commits; this connection's own writes
    // are counted in templateWrites instead.
    this.dataVersionStmt = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.upsertArticleStmt = versionedUpsert(db, 'articles', [
      'title', 'summary', 'body', 'tags', 'language', 'updated_at', 'revision', 'url',
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
    this.searchStmt = db.prepare<[ArticleSearchParams], ArticleHit>(ARTICLE_SEARCH_SQL);
    this.trigramStmt = db.prepare<[ArticleSearchParams], ArticleHit>(ARTICLE_TRIGRAM_SQL);
    // A per-connection view of the trigram index's terms and how many articles hold each.
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_trigram_terms USING fts5vocab(main, 'articles_trigram', 'row')");
    this.trigramDocsStmt = db.prepare<[string], number>('SELECT doc FROM temp.articles_trigram_terms WHERE term = ?').pluck();
    this.articleCountStmt = db.prepare<[], number>('SELECT count(*) FROM articles').pluck();
  }

  /** The server's row, from a pull. */
  upsertTemplate(row: TemplateRow): void {
    this.upsertTemplateStmt.run(row);
    this.serverTemplates.record(row);
    this.templatesChanged();
  }

  saveLocalTemplate(row: Omit<TemplateRow, 'version'>): void {
    this.saveLocalTemplateStmt.run(row);
    this.templatesChanged();
  }

  recordUse(templateIds: string[], at: string): void {
    if (templateIds.length === 0) return; // a reply from no template leaves the lookup's list as it is
    for (const id of templateIds) this.useStmt.run({ id, at });
    this.templatesChanged();
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
      id: row.id, title: row.title, summary: row.summary, body: row.body, tags: fromJson(WireArticle.shape.tags, row.tags, 'articles.tags'),
      language: oneOf(LANGUAGES, row.language, 'articles.language'), updatedAt: row.updated_at, version: row.version, revision: row.revision,
      url: row.url, uses: row.uses,
    };
  }

  /**
   * Every write to templates or template_uses on this connection calls this, so the next
   * lookup reads them again. Writes made elsewhere on the connection (Store.clearSyncedData)
   * must call it too.
   */
  templatesChanged(): void {
    this.templateWrites++;
  }

  /**
   * The templates this agent may use: the company's (for everyone or their team) and their own.
   * Kept between calls until templates change, as lookups run on every keystroke: the list is
   * shared, so callers must not change it or its templates.
   */
  templateCandidates(username: string, team: string | null): readonly TemplateCandidate[] {
    // Rows read inside a transaction may still roll back: use them, keep nothing.
    if (this.db.inTransaction) return this.readCandidates(username, team);
    const key = JSON.stringify([username, team, this.templateWrites, this.dataVersionStmt.get()]);
    if (this.candidates?.key !== key) this.candidates = { key, list: this.readCandidates(username, team) };
    return this.candidates.list;
  }

  private readCandidates(username: string, team: string | null): TemplateCandidate[] {
    return this.candidatesStmt.all({ username, team }).map((row) => ({
      id: row.id,
      version: row.version,
      title: row.title,
      shortcut: row.shortcut,
      language: oneOf(LANGUAGES, row.language, 'templates.language'),
      channels: channelsOf(row.channels),
      body: row.body,
      uses: row.uses,
      lastUsedAt: row.last_used_at,
      owner: row.owner,
    }));
  }

  dropUnconfirmedTemplate(id: string): void {
    this.dropUnconfirmedStmt.run(id);
    this.templatesChanged();
  }

  template(id: string): CachedTemplate | undefined {
    const row = this.templateStmt.get(id);
    return row && {
      id: row.id, title: row.title, shortcut: row.shortcut, language: oneOf(LANGUAGES, row.language, 'templates.language'),
      channels: channelsOf(row.channels), team: row.team, body: row.body, updatedAt: row.updated_at, version: row.version, owner: row.owner,
    };
  }

  upsertArticle(row: ArticleRow): void {
    this.upsertArticleStmt.run(row);
  }

  /** The server deleted it. */
  removeTemplate(id: string): void {
    this.removeTemplateStmt.run(id);
    this.serverTemplates.forget(id);
    this.templatesChanged();
  }

  /** The agent's delete, before the server confirms it: the server's copy stays. */
  removeLocalTemplate(id: string): void {
    this.removeTemplateStmt.run(id);
    this.templatesChanged();
  }

  /** A refused save or delete: the server's copy back, or a template it never had out of the list. */
  revertTemplateToServer(id: string): void {
    if (!this.serverTemplates.restore(id)) this.dropUnconfirmedStmt.run(id);
    this.templatesChanged();
  }

  removeArticle(id: string): void {
    this.removeArticleStmt.run(id);
  }

  /** Words first (diacritics folded, prefixes, plurals); if they find nothing, trigrams. */
  searchArticles(text: string, limit = 20): ArticleHit[] {
    const query = toFtsQuery(text, { plurals: true });
    if (query === null) return [];
    const hits = this.searchStmt.all({ query, limit });
    if (hits.length > 0) return hits;
    const fuzzy = toTrigramQuery(this.telling(trigramPieces(text)));
    return fuzzy === null ? [] : this.trigramStmt.all({ query: fuzzy, limit });
  }

  /**
   * The pieces that tell articles apart. One in most articles ("ion", "cio") adds almost
   * nothing to bm25 yet makes every article a match to score, so pieces in more than half of
   * them are left out, unless nothing rarer is left; pieces in no article cannot match.
   */
  private telling(pieces: readonly string[]): string[] {
    const counted = pieces.map((piece) => ({ piece, docs: this.trigramDocsStmt.get(piece) ?? 0 })).filter((p) => p.docs > 0);
    const half = (this.articleCountStmt.get() ?? 0) / 2;
    const rare = counted.filter((p) => p.docs <= half);
    const chosen = rare.length > 0 ? rare : counted.sort((a, b) => a.docs - b.docs).slice(0, 3);
    return chosen.map((p) => p.piece);
  }
}

/** The channels a template is for; null: every channel. */
const channelsOf = (raw: string | null): Channel[] | null => (raw === null ? null : fromJson(WireTemplate.shape.channels, raw, 'templates.channels'));
