// Listening: each post's wire data as JSON, the company's likes, and a proactive case opened
// from a post the way a customer's first message opens one (the sandbox's inbound).
import { WireListeningPost } from '../../../protocol/entities.ts';
import { jsonColumn } from '../../columns.ts';
import { noiseVerdict } from '../../message-noise.ts';
import type { Listening } from '../repositories.ts';
import type { Sql } from '../sql.ts';
import { accountFor } from './customers.ts';
import { caseEvents, openCase } from './cases.ts';
import { likePost } from './likes.ts';

const SAVE_POST = `INSERT INTO listening_posts (id, data, version) VALUES (?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET data = excluded.data, version = excluded.version`;

export const listening = (sql: Sql): Listening => ({
  post: async (postId) => {
    const found = await sql.row<{ data: string }>('SELECT data FROM listening_posts WHERE id = ?', postId);
    return found && jsonColumn(WireListeningPost, found.data, 'listening_posts.data');
  },
  save: async (postId, post) => {
    const version = await sql.nextVersion();
    await sql.run(SAVE_POST, postId, JSON.stringify(post), version);
    return version;
  },
  react: (like) => likePost(sql, like),
  openedMessage: async (postId) => (await sql.row<{ id: string }>('SELECT id FROM messages WHERE post_id = ?', postId))?.id ?? null,
  openCase: async (postId, post, assignee, at) => {
    const { customerId, identityId } = await accountFor(sql, post.channel, { name: post.author, handle: post.handle, followers: post.followers });
    const language = (await sql.row<{ language: string }>('SELECT language FROM customers WHERE id = ?', customerId))?.language ?? 'es';
    // named, not routed: the agent who opened it from the post
    const { caseId } = await openCase(sql, { customerId, identityId, channel: post.channel, text: post.text, assignee, language, at, routing: null });
    await caseEvents(sql).record(caseId, { kind: 'opened', data: { assignedTo: assignee } }, at, assignee);
    const messageId = `${caseId}.in${await sql.nextVersion()}`;
    await sql.run(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, promo, noise, post_id)
      VALUES (?, ?, 'customer', ?, ?, ?, 'sent', ?, NULL, ?, ?)`,
    messageId, caseId, post.author, post.text, post.postedAt, await sql.nextVersion(), noiseVerdict(post.text, null, 'open', false), postId);
    return { caseId, messageId };
  },
});
