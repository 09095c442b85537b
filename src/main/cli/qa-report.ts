// `atiende qa report`: the QA report by agent from this profile's cache, offline too: each
// agent's reviews in the period and their average score (the percentage of the form met).
import { cachedQaReport } from '../qa/report.ts';
import { openLocal, type Output } from './commands.ts';
import { instant } from './flags.ts';
import { safeJson, safeText } from './format.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Without --from and --to: the eight weeks up to now. */
export async function qaReportCommand(o: { profile: string; from?: string | undefined; to?: string | undefined; json: boolean }): Promise<Output> {
  const to = o.to === undefined ? new Date().toISOString() : instant('--to', o.to);
  const from = o.from === undefined ? new Date(Date.parse(to) - 8 * WEEK_MS).toISOString() : instant('--from', o.from);
  if (!(Date.parse(from) < Date.parse(to))) throw new Error('--from must be before --to');
  const { store, role } = await openLocal(o.profile);
  try {
    if (role !== 'supervisor') throw new Error('only supervisors read the QA report');
    const report = cachedQaReport(store, { from, to });
    const agents = report.by.agent.map((r) => ({ agent: r.key, reviews: r.reviews, score: r.score }));
    if (o.json) return { stdout: safeJson({ from, to, timeZone: report.timeZone, agents }) };
    const lines = agents.map((a) => `${safeText(a.agent).padEnd(20)} ${String(a.reviews).padStart(4)}  ${a.score === null ? '—' : a.score.toFixed(1)}`);
    return { stdout: [`${from} → ${to} (${report.timeZone})`, ...(lines.length > 0 ? lines : ['no reviews in this period'])].join('\n') + '\n' };
  } finally {
    store.close();
  }
}
