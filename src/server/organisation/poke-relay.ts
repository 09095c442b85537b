// Pokes across nodes. A console may listen on one node and push on another, so each node tells
// the others through PostgreSQL's LISTEN/NOTIFY when something changed, and each node pokes its
// own streams when told. A node pokes its own streams at once and ignores its own notices.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const CHANNEL = 'atiende_pokes';

/** Tells every node that something changed, from outside any (the admin command): each pokes its consoles. */
export async function tellNodes(pool: Pick<pg.Pool, 'query'>, from = 'admin'): Promise<void> {
  await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, from]);
}
/** How long to wait before listening again after the connection dropped. */
const RECONNECT_MS = 1_000;

export class PokeRelay {
  private readonly node = randomUUID();
  private readonly url: string;
  private readonly heard: () => void;
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  /** `heard`: pokes this node's own streams, when another node says something changed. */
  constructor(url: string, heard: () => void) {
    this.url = url;
    this.heard = heard;
  }

  /** Resolves once this node listens: a notice sent after that reaches it. */
  async start(): Promise<void> {
    if (this.closed) return;
    // keepAlive: a connection dropped without a word is noticed, and listened on again.
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload !== this.node) this.heard();
    });
    client.on('error', () => this.reconnect());
    client.on('end', () => this.reconnect());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  /** Tells every other node (a notice is delivered when the transaction that sent it commits; this one has none). */
  send(pool: Pick<pg.Pool, 'query'>): Promise<void> {
    return tellNodes(pool, this.node);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /**
   * Listens again after the connection dropped, and pokes this node's streams once it does:
   * a notice sent meanwhile was lost, and a pull that finds nothing new costs little.
   */
  private reconnect(): void {
    if (this.closed || this.retry) return;
    this.client = null;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.start().then(() => this.heard(), () => this.reconnect());
    }, RECONNECT_MS).unref();
  }
}
