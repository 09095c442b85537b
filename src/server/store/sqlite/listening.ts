// Listening on SQLite: each post's wire data as JSON, the company's likes, and a proactive case
// opened from a post the way a customer's first message opens one (controls.ts's inbound).
import { WireListeningPost } from '../../../protocol/entities.ts';
import { jsonColumn } from '../../columns.ts';
import { noiseVerdict } from '../../message-noise.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import type { Listening } from '../repositories.ts';
import { insertOpenCase, recordCaseEvent } from './cases.ts';
import { accountFor } from './customers.ts';
import { likePost } from './likes.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

export const sqliteListening = (db: SandboxDb): Sync<Listening> => ({
  post: (postId) => {
    const found = row<{ data: string }>(db, 'SELECT data FROM listening_posts WHERE id = ?', postId);
    return found && jsonColumn(WireListeningPost, found.data, 'listening_posts.data');
  },
  save: (postId, post) => {
    const version = nextVersion(db);
    run(db, `INSERT INTO listening_posts (id, data, version) VALUES (?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET data = excluded.data, version = excluded.version`, postId, JSON.stringify(post), version);
    return version;
  },
  react: (like) => likePost(db, like),
  openedMessage: (postId) => row<{ id: string }>(db, 'SELECT id FROM messages WHERE post_id = ?', postId)?.id ?? null,
  openCase: (postId, post, assignee, at) => {
    const { customerId, identityId } = accountFor(db, post.channel, { name: post.author, handle: post.handle, followers: post.followers });
    const language = row<{ language: string }>(db, 'SELECT language FROM customers WHERE id = ?', customerId)?.language ?? 'es';
    // named, not routed: the agent who opened it from the post
    const { caseId } = insertOpenCase(db, { customerId, identityId, channel: post.channel, text: post.text, assignee, language, at, routing: null });
    recordCaseEvent(db, caseId, { kind: 'opened', data: { assignedTo: assignee } }, at, assignee);
    const messageId = `${caseId}.in${nextVersion(db)}`;
    run(db, `INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, promo, noise, post_id)
      VALUES (?, ?, 'customer', ?, ?, ?, 'sent', ?, NULL, ?, ?)`,
    messageId, caseId, post.author, post.text, post.postedAt, nextVersion(db), noiseVerdict(post.text, null, 'open', false), postId);
    return { caseId, messageId };
  },
});
