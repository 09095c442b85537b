// "Suggested for this case": the articles and templates closest to what the customer wrote
// last, proposed without the agent typing anything.
import type { ArticleHit } from '../../../shared/models.ts';
import { fold, type TemplateCandidate } from '../../../shared/template-search.ts';
import type { Db } from '../connection.ts';
import { singular } from '../fts-query.ts';
import { ARTICLE_SEARCH_SQL, type ArticleSearchParams } from './knowledge.ts';

// Words that say nothing about the topic, in the languages customers write in.
const STOPWORDS = new Set(
  ('hola buenas buenos dias tardes noches gracias favor para porque pero como cuando donde desde hasta sobre entre esta este ' +
    'estoy esto eso esos esas estan tengo tiene tienen hace hacer quiero queria necesito ustedes usted ahora todavia nada ' +
    'algo mucho muy bien otra otro cual quien saludos please thanks hello there have with your this that what from they ' +
    'would could should when about just still').split(' '),
);

/** The customer's topic words: long enough to mean something, most frequent first. */
export function topicWords(texts: readonly string[], max = 8): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of fold(text).match(/\p{L}{4,}/gu) ?? []) {
      if (!STOPWORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, max).map(([w]) => w);
}

export class SuggestionQueries {
  private readonly lastWordsStmt;
  private readonly articlesStmt;

  constructor(db: Db) {
    this.lastWordsStmt = db.prepare<[string], { text: string }>(
      "SELECT text FROM messages WHERE case_id = ? AND kind = 'customer' ORDER BY sent_at DESC LIMIT 3",
    );
    // The knowledge base's own ranked search, with any topic word matching.
    this.articlesStmt = db.prepare<[ArticleSearchParams], ArticleHit>(ARTICLE_SEARCH_SQL);
  }

  /** What the customer wrote last, as topic words. */
  caseTopic(caseId: string): string[] {
    return topicWords(this.lastWordsStmt.all(caseId).map((m) => m.text));
  }

  /** Articles matching any topic word, best first. */
  articles(words: readonly string[], limit = 3): ArticleHit[] {
    if (words.length === 0) return [];
    return this.articlesStmt.all({ query: words.map((w) => `"${singular(w)}"*`).join(' OR '), limit });
  }
}

// A candidate's title and text, folded once per candidate object: candidates are read-only
// and the same ones come back for every case opened.
const topicTexts = new WeakMap<TemplateCandidate, string>();

function topicText(t: TemplateCandidate): string {
  let text = topicTexts.get(t);
  if (text === undefined) {
    text = fold(`${t.title} ${t.title} ${t.body}`);
    topicTexts.set(t, text);
  }
  return text;
}

/** Templates sharing the most topic words in their title and text. */
export function suggestTemplates(candidates: readonly TemplateCandidate[], words: readonly string[], limit = 3): TemplateCandidate[] {
  if (words.length === 0) return [];
  const stems = words.map(singular);
  return candidates
    .map((t) => {
      const text = topicText(t);
      return { t, hits: stems.reduce((n, stem) => n + (text.includes(stem) ? 1 : 0), 0) };
    })
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || b.t.uses - a.t.uses)
    .slice(0, limit)
    .map((s) => s.t);
}
