// Templates and knowledge base at scale: 20,000 articles and 2,000 templates in a fresh cache,
// made from the scenario's own, then article search, template lookup and case suggestions.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../src/main/db/store.ts';
import { suggestTemplates } from '../src/main/db/repositories/suggestions.ts';
import { loadScenario } from '../src/server/scenario.ts';
import { rankTemplates } from '../src/shared/template-search.ts';
import { timeLoop, type Latency } from './stats.ts';

export interface KnowledgeFigures {
  articles: number;
  templates: number;
  articleSearch: Latency;
  templateLookup: Latency;
  suggestion: Latency;
}

const ARTICLES = 20_000;
const TEMPLATES = 2_000;

export function measureKnowledge(iterations: number, warmup: number): KnowledgeFigures {
  const root = mkdtempSync(join(tmpdir(), 'atiende-bench-kb-'));
  const store = Store.open(join(root, 'kb.db'), randomBytes(32)) // encrypted, as the console's;
  try {
    const scenario = loadScenario('default');
    store.transaction(() => {
      for (let i = 0; i < ARTICLES; i++) {
        const a = scenario.articles[i % scenario.articles.length]!;
        store.knowledge.upsertArticle({
          id: `a${i}`, title: `${a.title} ${i}`, summary: a.summary, body: a.body, tags: JSON.stringify(a.tags),
          language: a.language, updated_at: '2026-11-01T00:00:00Z', version: i + 1, revision: 1, url: a.url,
        });
      }
    });
    const candidates = Array.from({ length: TEMPLATES }, (_, i) => {
      const t = scenario.templates[i % scenario.templates.length]!;
      return { id: `t${i}`, version: 1, title: `${t.title} ${i}`, shortcut: `${t.shortcut ?? 'x'}${i}`, language: t.language, channels: t.channels, body: t.body, uses: i % 7, lastUsedAt: null };
    });
    const queries = ['factura', 'facturacion', 'router', 'portabilidad', 'baja', 'velocidad', 'tecnico', 'reintegro', 'facutracion', 'roaming'];
    const lookups = ['dem', 'baja', 'fact', 'salu', 'tecn', 'corte', 'mudan', 'dmra'];
    const topics = [['baja', 'servicio'], ['factura', 'cargos', 'octubre'], ['internet', 'corte', 'zona'], ['router', 'wifi']];
    const context = { channel: 'whatsapp' as const, language: 'es' as const, now: new Date() };
    return {
      articles: ARTICLES,
      templates: TEMPLATES,
      articleSearch: timeLoop(iterations, warmup, (i) => store.knowledge.searchArticles(queries[i % queries.length]!)),
      templateLookup: timeLoop(iterations, warmup, (i) => rankTemplates(candidates, lookups[i % lookups.length]!, context)),
      suggestion: timeLoop(iterations, warmup, (i) => {
        const topic = topics[i % topics.length]!;
        store.suggestions.articles(topic);
        suggestTemplates(candidates, topic);
      }),
    };
  } finally {
    store.close();
    rmSync(root, { recursive: true, force: true });
  }
}
