// Listening posts in the cache. `data` is what Escucha shows, `server_data` the server's copy: a
// pending reaction, dismissal or opening changes `data` only, and a refusal copies it back.
import { WireListeningPost, type WireData } from '../../../protocol/entities.ts';
import type { ListeningPost, ListeningState } from '../../../shared/listening/post.ts';
import type { Db } from '../connection.ts';
import { fromJson } from './columns.ts';

type PostData = WireData<'listening_post'>;

interface Row {
  id: string;
  data: string;
  pending: number;
}

const COLUMNS = 'id, data, data <> server_data AS pending';

export class ListeningRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** The server's copy replaces both: pending changes are replayed over it after the page. */
  upsert(id: string, version: number, post: PostData): void {
    const json = JSON.stringify(post);
    this.db.prepare(`INSERT INTO listening_posts (id, data, server_data, posted_at, version) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET data = excluded.data, server_data = excluded.data, posted_at = excluded.posted_at, version = excluded.version
      WHERE excluded.version > listening_posts.version`).run(id, json, json, post.postedAt, version);
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM listening_posts WHERE id = ?').run(id);
  }

  /** The optimistic state; safe to apply twice. A like on an opened or dismissed post keeps its state. */
  setStateLocally(id: string, state: ListeningState, by: string): void {
    const post = this.data(id);
    if (!post) return;
    const next = state === 'reacted' && post.state !== 'new' ? post.state : state;
    const reactions = state === 'reacted' ? Math.max(post.reactions, 1) : post.reactions;
    this.db.prepare('UPDATE listening_posts SET data = ? WHERE id = ?').run(JSON.stringify({ ...post, state: next, by: next === post.state ? post.by : by, reactions }), id);
  }

  /** A refused change: back to the server's copy. */
  revert(id: string): void {
    this.db.prepare('UPDATE listening_posts SET data = server_data WHERE id = ?').run(id);
  }

  get(id: string): ListeningPost | null {
    const row = this.db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM listening_posts WHERE id = ?`).get(id);
    return row ? toPost(row) : null;
  }

  /** Every post, newest first. */
  list(): ListeningPost[] {
    return this.db.prepare<[], Row>(`SELECT ${COLUMNS} FROM listening_posts ORDER BY posted_at DESC, id`).all().map(toPost);
  }

  private data(id: string): PostData | null {
    const row = this.db.prepare<[string], { data: string }>('SELECT data FROM listening_posts WHERE id = ?').get(id);
    return row ? fromJson(WireListeningPost, row.data, 'listening_posts.data') : null;
  }
}

function toPost(row: Row): ListeningPost {
  return { id: row.id, ...fromJson(WireListeningPost, row.data, 'listening_posts.data'), pending: row.pending === 1 };
}
