// What a fresh console pulls once cases have left an agent: before the feed compacted deletions
// it received a `del` for every one (a pull from the feed's start); now it receives none. Then
// the hourly pruning, run as if past the horizon, and a cursor from before it refused.
import { cursorEpoch } from '../src/protocol/sync.ts';
import type { SandboxServer } from '../src/server/server.ts';
import { SANDBOX_PASSWORD } from '../src/server/sandbox/seed.ts';
import { login } from './floors.ts';
import type { Row } from './report.ts';
import { median, ms, ratio, timed } from './stats.ts';

const AGENT = 'lucia';
const TAKER = 'mateo';
const PAGE_SIZE = 500;
const RUNS = 5;
/** About a month of reassignments away from one agent. */
export const REASSIGNED = 500;
const DAY_MS = 24 * 3600_000;

export interface TombstonePull {
  changes: number;
  dels: number;
  ms: number;
}

export interface Tombstones {
  reassigned: number;
  /** A pull from the start of the feed: what a first sync received before compaction. */
  before: TombstonePull;
  /** A pull from a null cursor, as a first sync pulls now. */
  fresh: TombstonePull;
  pruned: number;
  pruneMs: number;
  delsLeft: number;
  /** What a cursor from before the pruned dels was answered. */
  oldCursorStatus: number;
}

/** Pulls every page from `cursor`, counting changes and dels. */
async function pullAll(url: string, token: string, cursor: string | null): Promise<{ changes: number; dels: number; epoch: string | null; status: number }> {
  let changes = 0;
  let dels = 0;
  let epoch: string | null = null;
  for (;;) {
    const response = await fetch(`${url}/v1/sync/pull`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ cursor, limit: PAGE_SIZE }),
    });
    if (!response.ok) return { changes, dels, epoch, status: response.status };
    const page = JSON.parse(await response.text()) as { changes: { op: string }[]; cursor: string; hasMore: boolean };
    changes += page.changes.length;
    dels += page.changes.filter((c) => c.op === 'del').length;
    epoch = cursorEpoch(page.cursor);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, dels, epoch, status: response.status };
  }
}

/** Both pulls, RUNS times each, taken in turns so that a change in the machine's load hits both alike. */
async function timedPulls(url: string, token: string, cursors: readonly (string | null)[]): Promise<TombstonePull[]> {
  const runs = cursors.map(() => [] as { changes: number; dels: number; ms: number }[]);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, cursor] of cursors.entries()) {
      const { value, ms } = await timed(() => pullAll(url, token, cursor));
      if (value.status !== 200) throw new Error(`pull from ${cursor ?? 'null'} → ${value.status}`);
      runs[i]!.push({ changes: value.changes, dels: value.dels, ms });
    }
  }
  return runs.map((r) => ({ changes: r[0]!.changes, dels: r[0]!.dels, ms: median(r.map((x) => x.ms)) }));
}

/**
 * Reassigns up to REASSIGNED of lucia's cases whose customer she holds no other case of (each
 * leaves her console with a `del`), measures, prunes, then gives them back to her, so the
 * sandbox holds her cases again for any section after this one.
 */
export async function measureTombstones(server: SandboxServer, url: string): Promise<Tombstones> {
  const leaving = (server.db.prepare(
    `SELECT id FROM cases c WHERE assigned_to = ? AND NOT EXISTS
       (SELECT 1 FROM cases o WHERE o.customer_id = c.customer_id AND o.id <> c.id AND o.assigned_to = ?)
     ORDER BY number LIMIT ?`,
  ).all(AGENT, AGENT, REASSIGNED) as { id: string }[]).map((r) => r.id);
  for (const caseId of leaving) await server.controls.assign({ caseId, to: TAKER });
  try {
    const token = await login(url, AGENT, SANDBOX_PASSWORD);
    const { epoch } = await pullAll(url, token, null);
    const fromStart = `${epoch}.0`;
    const [before, fresh] = await timedPulls(url, token, [fromStart, null]) as [TombstonePull, TombstonePull];
    const pruning = await timed(() => server.compactFeed(new Date(Date.now() + 365 * DAY_MS)));
    const delsLeft = (server.db.prepare("SELECT count(*) AS n FROM feed WHERE op = 'del' AND scope IN ('*', ?)").get(AGENT) as { n: number }).n;
    const oldCursorStatus = (await pullAll(url, token, fromStart)).status;
    return { reassigned: leaving.length, before, fresh, pruned: pruning.value.pruned, pruneMs: pruning.ms, delsLeft, oldCursorStatus };
  } finally {
    for (const caseId of leaving) await server.controls.assign({ caseId, to: AGENT });
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/** The section's rows and notes (registered in sections.ts as `tombstones`). */
export async function tombstonesSection(server: SandboxServer, url: string, progress: (line: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  progress(`Reassigning ${REASSIGNED} of ${AGENT}'s cases away, then pulling as a fresh console, then pruning…`);
  const t = await measureTombstones(server, url);
  const rows: Row[] = [
    {
      measure: `dels a fresh console pulls, ${AGENT}, after ${count(t.reassigned)} of her cases were reassigned away (${count(t.fresh.changes)} changes)`,
      result: `${count(t.fresh.dels)} dels`,
      floor: `from the feed's start, as every first sync pulled before: ${count(t.before.dels)} dels of ${count(t.before.changes)} changes`,
      ratio: '—',
      target: 'no del',
      ok: t.fresh.dels === 0,
    },
    {
      measure: `the same fresh pull, fetch+parse (median of ${RUNS}, taken in turns with the pull from the start)`,
      result: ms(t.fresh.ms),
      floor: `from the feed's start: ${ms(t.before.ms)}`,
      ratio: ratio(t.fresh.ms, t.before.ms),
      target: 'informs',
    },
    {
      measure: `pruning the feed's dels past the 30-day horizon (run as if a year later; ${count(t.pruned)} dels)`,
      result: ms(t.pruneMs),
      floor: '—',
      ratio: '—',
      target: 'informs',
    },
  ];
  const notes = [
    `Tombstones: after pruning, ${count(t.delsLeft)} dels left in ${AGENT}'s scope; a cursor from the feed's start was answered ${t.oldCursorStatus} ` +
      `(410 resync_required expected). The ${count(t.reassigned)} cases were given back to ${AGENT} afterwards.`,
  ];
  return { rows, notes };
}
