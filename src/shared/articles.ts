// What of a knowledge-base article goes into a reply. Articles are Markdown written for agents;
// the section headed "Respuesta" / "Answer" / "Resposta" is the text meant for the customer.
// Customers read plain text on most channels, so Markdown marks are taken out, and a link keeps
// its address next to its words.
import type { Article } from './models.ts';

const ANSWER_HEADING = /^(#{1,6})\s*(respuesta|answer|resposta)\s*:?\s*#*\s*$/i;
const HEADING = /^(#{1,6})\s/;

/** The article's answer section as plain text; null when it has none. */
export function answerSection(markdown: string): string | null {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => ANSWER_HEADING.test(line.trim()));
  const level = ANSWER_HEADING.exec(lines[start]?.trim() ?? '')?.[1]?.length;
  if (level === undefined) return null;
  const end = lines.findIndex((line, i) => i > start && (HEADING.exec(line)?.[1]?.length ?? 7) <= level);
  const section = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
  return section === '' ? null : plainText(section);
}

/** Markdown marks out, words kept: `**a**` → `a`, `[docs](https://x)` → `docs (https://x)`. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_all, words: string, url: string) => (words === url ? url : `${words} (${url})`))
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type ArticlePart = 'answer' | 'summary' | 'link';

/** The text one "insert" action puts in the reply; null when the article has no such part. */
export function articlePart(article: Pick<Article, 'body' | 'summary' | 'url' | 'title'>, part: ArticlePart): string | null {
  if (part === 'answer') return answerSection(article.body) ?? (article.summary.trim() || null);
  if (part === 'summary') return article.summary.trim() || null;
  return article.url === null ? null : `${article.title}: ${article.url}`;
}
