// The sandbox keeps a post it hears (sandbox/listening.ts) inside its own synchronous
// transaction, with the store's statement (shared/listening.ts).
import type { WireData } from '../../../protocol/entities.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import { SAVE_POST } from '../shared/listening.ts';
import { run } from './sql.ts';

export const sqliteListening = (db: SandboxDb) => ({
  /** Saves the post and returns its new version, to publish. */
  save: (postId: string, post: WireData<'listening_post'>): number => {
    const version = nextVersion(db);
    run(db, SAVE_POST, postId, JSON.stringify(post), version);
    return version;
  },
});
