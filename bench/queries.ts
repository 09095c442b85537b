// Local query latencies on a synced cache: what the console's screens ask SQLite for.
import type { Store } from '../src/main/db/store.ts';
import { timeLoop, type Latency } from './stats.ts';

/**
 * What agents type in the message search, taken from the scenario's threads: whole words,
 * with and without accents (the index folds diacritics), prefixes as typed, short phrases.
 */
export const MESSAGE_QUERIES = [
  'internet', 'factura', 'router', 'fibra', 'señal', 'senal', 'contraseña', 'contrasena',
  'decodificador', 'técnica', 'tecnica', 'garantía', 'fact', 'deco', 'rou', 'hola',
  'sin internet', 'luz LOS', 'nota de crédito', 'visita tecnica', 'baja', 'portabilidad',
];

/** The same for the knowledge base: topics agents look up while answering. */
export const ARTICLE_QUERIES = [
  'factura', 'facturación', 'facturacion', 'router', 'wifi', 'Wi-Fi lento', 'baja', 'retención',
  'retencion', 'roaming', 'esim', 'portabilidad', 'decodificador sin señal', 'debito automatico',
  'débito', 'mudanza', 'corte masivo', 'visita técnica', 'phishing', 'datos personales', 'veloc',
  'reinic', 'mercadolibre garantia',
];

export interface QueryResults {
  inbox: Latency;
  messageSearch: Latency;
  articleSearch: Latency;
  selectOne: Latency;
  /** Context for the table: how big the cache is and how many rows the queries return. */
  cases: number;
  messages: number;
  articles: number;
  messageHitsAvg: number;
  articleHitsAvg: number;
}

export function measureQueries(store: Store, agent: string, iterations = 400, warmup = 40): QueryResults {
  const count = (sql: string, ...args: string[]) => (store.db.prepare(sql).get(...args) as { n: number }).n;
  const cases = count('SELECT count(*) AS n FROM cases WHERE assigned_to = ?', agent);
  const pageCount = Math.max(1, Math.ceil(cases / 50));
  // A stride coprime with most page counts walks every page, from the top to deep scrolls.
  const offsetOf = (i: number) => ((i * 7) % pageCount) * 50;

  const check = (what: string, n: number) => {
    if (n === 0) throw new Error(`${what} returned nothing: the benchmark would time an empty query`);
  };
  check('The inbox', store.cases.inbox(agent, { limit: 50 }).length);
  const messageHits = MESSAGE_QUERIES.map((q) => store.messages.search(q).length);
  const articleHits = ARTICLE_QUERIES.map((q) => store.knowledge.searchArticles(q).length);
  MESSAGE_QUERIES.forEach((q, i) => check(`Message search "${q}"`, messageHits[i] ?? 0));
  ARTICLE_QUERIES.forEach((q, i) => check(`Article search "${q}"`, articleHits[i] ?? 0));

  const selectOne = store.db.prepare('SELECT 1');
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    inbox: timeLoop(iterations, warmup, (i) => store.cases.inbox(agent, { limit: 50, offset: offsetOf(i) })),
    messageSearch: timeLoop(iterations, warmup, (i) => store.messages.search(MESSAGE_QUERIES[i % MESSAGE_QUERIES.length] as string)),
    articleSearch: timeLoop(iterations, warmup, (i) => store.knowledge.searchArticles(ARTICLE_QUERIES[i % ARTICLE_QUERIES.length] as string)),
    selectOne: timeLoop(iterations, warmup, () => selectOne.get()),
    cases,
    messages: count('SELECT count(*) AS n FROM messages'),
    articles: count('SELECT count(*) AS n FROM articles'),
    messageHitsAvg: avg(messageHits),
    articleHitsAvg: avg(articleHits),
  };
}
