// Queueing a reply: the command the composer's Enviar runs (its checks, the optimistic effect,
// triage of the case and the outbox row, committed in one transaction with synchronous=FULL),
// on lucia's synced, encrypted cache. The floor is a bare one-row commit under the same pragmas
// and cipher, in a file beside the cache; the two alternate, so both meet the same disk and load.
// Between replies the event loop turns, as it does between an agent's replies: the upkeep a
// reply leaves for after its answer (checkpoint, index merges) runs then, timed on its own.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase } from '../src/main/db/connection.ts';
import { silentLogger } from '../src/main/log.ts';
import { Services, signIn } from '../src/main/services.ts';
import { SANDBOX_PASSWORD } from '../src/server/sandbox/seed.ts';
import type { Row } from './report.ts';
import { ms, percentile, ratio } from './stats.ts';

const AGENT = 'lucia';
const REPLIES = 400;
const WARMUP = 20;
const TARGET_RATIO = 2;
/** A reply as agents write them: a few sentences. */
const TEXT = 'Hola, gracias por escribirnos. Ya revisé tu caso: el corte fue por una avería en la zona y el servicio vuelve hoy antes de las 18:00. ¿Te puedo ayudar con algo más?';

export interface QueueFigures {
  reply: { p50: number; p99: number; samples: number };
  floor: { p50: number; p99: number; samples: number };
  /** The turn of the event loop after each reply: the upkeep it left (checkpoint, index merges). */
  after: { p50: number; p99: number; samples: number };
  /** What the cache's connection says it commits with (2 is FULL) and its journal. */
  synchronous: number;
  journal: string;
}

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), samples: sorted.length };
};

export async function measureReplyQueue(url: string, root: string): Promise<QueueFigures> {
  const profileDir = join(root, 'reply-queue');
  await signIn({ server: url, username: AGENT, password: SANDBOX_PASSWORD, profileDir, sandbox: true });
  const services = await Services.open({ profileDir, log: silentLogger });
  const bare = openDatabase(join(root, 'reply-queue-floor.db'), randomBytes(32));
  try {
    await services.syncOnce();
    const { db } = services.store;
    const synchronous = db.pragma('synchronous', { simple: true }) as number;
    const journal = db.pragma('journal_mode', { simple: true }) as string;
    bare.exec('CREATE TABLE floor (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = bare.prepare('INSERT INTO floor (body) VALUES (?)');
    const commitOne = bare.transaction((body: string) => insert.run(body));
    const open = services.store.cases.inbox(AGENT, { status: 'open' }).map((c) => c.id);
    if (open.length === 0) throw new Error(`No open case of ${AGENT}`);

    const reply: number[] = [];
    const floor: number[] = [];
    const after: number[] = [];
    for (let i = 0; i < WARMUP + REPLIES; i++) {
      let start = performance.now();
      services.commands.sendReply(open[i % open.length] as string, `${TEXT} (${i + 1})`);
      const replied = performance.now() - start;
      start = performance.now();
      commitOne(`${TEXT} (${i + 1})`);
      const committed = performance.now() - start;
      start = performance.now();
      await new Promise((resolve) => setImmediate(resolve));
      const upkept = performance.now() - start;
      if (i >= WARMUP) {
        reply.push(replied);
        floor.push(committed);
        after.push(upkept);
      }
    }
    return { reply: summary(reply), floor: summary(floor), after: summary(after), synchronous, journal };
  } finally {
    bare.close();
    await services.wipe();
  }
}

/** The bench's `reply-queue` section. */
export async function replyQueueSection({ url, root, progress }: { url: string; root: string; progress: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  progress(`Queueing ${REPLIES} replies on ${AGENT}'s synced, encrypted cache, each beside a bare one-row commit…`);
  const q = await measureReplyQueue(url, root);
  const rows: Row[] = [
    {
      measure: `queue a reply: checks, optimistic effect, triage and outbox row in one synchronous=FULL commit (${q.reply.samples} replies, encrypted cache)`,
      result: `p50 ${ms(q.reply.p50)} / p99 ${ms(q.reply.p99)}`,
      floor: `a bare one-row synchronous=FULL commit, same cipher and journal: p50 ${ms(q.floor.p50)} / p99 ${ms(q.floor.p99)}`,
      ratio: `p99 ${ratio(q.reply.p99, q.floor.p99)}`,
      target: `p99 ≤ ${TARGET_RATIO}× floor`,
      ok: q.reply.p99 <= TARGET_RATIO * q.floor.p99,
    },
    {
      measure: 'after each reply is answered: the upkeep it left for the next turn of the event loop (WAL checkpoint, message index merges)',
      result: `p50 ${ms(q.after.p50)} / p99 ${ms(q.after.p99)}`,
      floor: '',
      ratio: '',
      target: 'informs',
    },
  ];
  const notes = [
    `Reply queue: the cache's connection commits with synchronous=${q.synchronous === 2 ? 'FULL' : q.synchronous} in ${q.journal} mode; ` +
      `${WARMUP} warm-up replies; each reply is followed by one floor commit.`,
  ];
  return { rows, notes };
}
