// Supervisors' quality work on the 5,000-case sandbox: sofia draws a pack of 200 cases through
// the console's own API, then a fresh console of hers syncs it (beside the floors of the
// initial sync, on the same pages), the review screen opens each case of it (the
// `qaReviewCase` operation through the main process's handler, as the window calls it), and a
// review's score is recomputed on the default scorecard.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ConsoleController } from '../src/main/console/controller.ts';
import { readCase } from '../src/main/ipc/case-handlers.ts';
import { qaReviewHandlers } from '../src/main/ipc/qa-review-handlers.ts';
import { silentLogger } from '../src/main/log.ts';
import { confirmDraw } from '../src/main/qa/packs.ts';
import { Services, signIn } from '../src/main/services.ts';
import { HISTORY_DAYS } from '../src/server/sandbox/history.ts';
import { SANDBOX_PASSWORD } from '../src/server/sandbox/seed.ts';
import type { SandboxServer } from '../src/server/server.ts';
import { DEFAULT_SCORECARD } from '../src/shared/qa/default-scorecard.ts';
import { appliesTo, criteriaOf, type Answer, type Answers, type Criterion } from '../src/shared/qa/scorecard.ts';
import { score } from '../src/shared/qa/score.ts';
import { fetchPages, login, timedMinimalInsert } from './floors.ts';
import { timed, timeLoop, type Latency } from './stats.ts';

const SUPERVISOR = 'sofia';
/** Five of sofia's agents, 40 cases each: a pack of 200. */
const AGENTS = ['bruno', 'camila', 'joaquin', 'lucia', 'mateo'];
const PER_AGENT = 40;
export const PACK_CASES = AGENTS.length * PER_AGENT;
const SEED = 'bench';
const DAY_MS = 86_400_000;

export interface QaFigures {
  /** The fresh console's sync holding the pack, run by run. */
  sync: number[];
  fetchParse: number[];
  insert: number[];
  changes: number;
  pages: number;
  /** Changes sofia's feed held before the draw (settings, agents, knowledge). */
  before: number;
  packCases: number;
  open: Latency;
  /** The same cases read as an agent's case opening reads them (readCase: summary and thread). */
  readCase: Latency;
  score: Latency;
  /** A loop over the same criteria adding up weights: what any score must at least do. */
  scoreFloor: Latency;
}

export interface QaOptions {
  server: SandboxServer;
  root: string;
  runs: number;
  pageSize: number;
  iterations: number;
  warmup: number;
  progress: (line: string) => void;
}

async function freshConsole(url: string, profileDir: string): Promise<Services> {
  await signIn({ server: url, username: SUPERVISOR, password: SANDBOX_PASSWORD, profileDir, sandbox: true });
  return Services.open({ profileDir, log: silentLogger });
}

/** Draws the pack as the Calidad section's draw dialog confirms one; the drawing console is not measured. */
async function drawPack(server: SandboxServer, root: string): Promise<{ packId: string; caseIds: string[] }> {
  const url = server.url;
  const drawing = await freshConsole(url, join(root, 'qa-draw'));
  try {
    await drawing.syncOnce();
    const to = server.clock.now();
    const from = new Date(to.getTime() - HISTORY_DAYS * DAY_MS);
    const drawn = await confirmDraw(drawing, {
      agents: AGENTS, perAgent: PER_AGENT, from: from.toISOString(), to: to.toISOString(), seed: SEED,
      by: ['channel', 'seniority', 'reason', 'resolution'],
    });
    if (drawn.packId === null) throw new Error('The confirmed draw created no pack');
    return { packId: drawn.packId, caseIds: drawn.cases.map((c) => c.caseId) };
  } finally {
    await drawing.wipe();
  }
}

/** Answers a reviewer could give on `channel`: every applicable criterion, on its scale, some N/A where allowed. */
function answersFor(criteria: readonly Criterion[], channel: string, n: number): Answers {
  const answers: Answers = {};
  criteria.forEach((c, i) => {
    if (!appliesTo(c, channel)) return;
    const k = (n * 7 + i * 3) % 10;
    let answer: Answer;
    if (c.na && k === 0) answer = 'na';
    else if (c.scale === 'yesno') answer = k < 8 ? 'yes' : 'no';
    else answer = (1 + (k % (c.scale === '1-3' ? 3 : 5))) as Answer;
    answers[c.id] = answer;
  });
  return answers;
}

export async function measureQa(options: QaOptions): Promise<QaFigures> {
  const { server, root, runs, pageSize, iterations, warmup, progress } = options;
  const url = server.url;
  const token = await login(url, SUPERVISOR, SANDBOX_PASSWORD);
  const before = (await fetchPages(url, token, pageSize)).reduce((n, p) => n + p.changes.length, 0);
  const pack = await drawPack(server, root);
  progress(`  ${SUPERVISOR} drew pack ${pack.packId} of ${pack.caseIds.length} cases (seed "${SEED}")`);
  if (pack.caseIds.length !== PACK_CASES) progress(`  WARNING: the pack holds ${pack.caseIds.length} cases, not ${PACK_CASES}`);

  const sync: number[] = [];
  const fetchParse: number[] = [];
  const insert: number[] = [];
  let changes = 0;
  let pages = 0;
  for (let run = 1; run <= runs; run++) {
    const services = await freshConsole(url, join(root, `qa-profile-${run}`));
    try {
      const { value: summary, ms: syncMs } = await timed(() => services.syncOnce());
      sync.push(syncMs);
      changes = summary.pulled;
      pages = summary.pages;
      const held = services.store.qaPacks.list().find((p) => p.id === pack.packId);
      if (held?.cases.length !== pack.caseIds.length) progress(`  WARNING: the synced console holds ${held?.cases.length ?? 0} of the pack's cases`);
    } finally {
      await services.wipe();
    }
    const fetched = await timed(() => fetchPages(url, token, pageSize));
    fetchParse.push(fetched.ms);
    const inserted = timedMinimalInsert(fetched.value, join(root, `qa-floor-${run}.db`), randomBytes(32));
    insert.push(inserted.ms);
    const floorChanges = fetched.value.reduce((n, p) => n + p.changes.length, 0);
    if (floorChanges !== changes || fetched.value.length !== pages || inserted.value.inserted !== changes) {
      progress(`  WARNING: floors saw ${floorChanges} changes in ${fetched.value.length} pages ` +
        `(${inserted.value.inserted} inserted, ${inserted.value.skipped} skipped); the sync pulled ${changes} in ${pages}`);
    }
    progress(`  run ${run}: pack sync ${sync.at(-1)?.toFixed(0)} ms (${changes} changes, ${pages} pages), ` +
      `fetch+parse ${fetched.ms.toFixed(0)} ms, minimal insert ${inserted.ms.toFixed(0)} ms`);
  }

  // The review screen: the console as the window drives it, one more fresh profile, synced.
  const controller = new ConsoleController({ profilesRoot: join(root, 'qa-console'), emit: () => undefined, log: silentLogger });
  try {
    await controller.connect({ server: url, username: SUPERVISOR, password: SANDBOX_PASSWORD });
    const services = controller.current;
    while (services.engine.status.lastSyncedAt === null) await new Promise((resolve) => setTimeout(resolve, 50));
    const handlers = qaReviewHandlers(controller);
    const at = (i: number) => pack.caseIds[i % pack.caseIds.length] as string;
    const openCase = (caseId: string) => {
      const opened = handlers.qaReviewCase({ packId: pack.packId, caseId });
      // The handler reads the cache synchronously; a promise here would need awaiting to time.
      if (opened instanceof Promise) throw new Error('qaReviewCase answered with a promise');
      return opened;
    };
    const first = openCase(at(0));
    if (first.detail === null || first.detail.messages.length === 0) throw new Error('The review screen opened a case with no thread');
    const open = timeLoop(iterations, warmup, (i) => openCase(at(i)));
    const read = timeLoop(iterations, warmup, (i) => readCase(controller, at(i)));

    // Scoring: the answers a reviewer gives each case of the pack, on its channel.
    const criteria = criteriaOf(DEFAULT_SCORECARD);
    const channels = pack.caseIds.map((id) => services.store.cases.get(id)?.channel ?? 'email');
    const sheets = channels.map((channel, n) => ({ channel, answers: answersFor(criteria, channel, n) }));
    const sheet = (i: number) => sheets[i % sheets.length] as (typeof sheets)[number];
    let sink = 0;
    const scored = timeLoop(iterations * 25, warmup * 25, (i) => {
      const s = sheet(i);
      sink += score(DEFAULT_SCORECARD, s.answers, s.channel).score;
    });
    const floor = timeLoop(iterations * 25, warmup * 25, (i) => {
      const s = sheet(i);
      for (const c of criteria) if (s.answers[c.id] !== undefined) sink += c.weight;
    });
    if (!Number.isFinite(sink)) throw new Error('The score loop produced no number');
    return { sync, fetchParse, insert, changes, pages, before, packCases: pack.caseIds.length, open, readCase: read, score: scored, scoreFloor: floor };
  } finally {
    await controller.signOut();
  }
}
