// The company's likes: once per listening post and once per customer message. A case opened from
// a post has the post's id on its first message, and a like on either is the post's one like (in
// reactions), so it is neither given nor counted twice.
import type { Sql } from '../sql.ts';

interface Like { reaction: string; username: string; at: string }

/** The post's like, given on the post or on the message opened from it; that message gets a new version. */
export async function likePost(sql: Sql, { postId, reaction, username, at }: Like & { postId: string }): Promise<boolean> {
  const opened = (await sql.row<{ id: string }>('SELECT id FROM messages WHERE post_id = ?', postId))?.id;
  const added = await sql.run('INSERT INTO reactions (post_id, reaction, username, at) VALUES (?, ?, ?, ?) ON CONFLICT (post_id) DO NOTHING',
    postId, reaction, username, at) === 1;
  if (added && opened) await sql.run('UPDATE messages SET version = ? WHERE id = ?', await sql.nextVersion(), opened);
  return added;
}

/** A customer message's like; on a message opened from a post, the post's. */
export async function likeMessage(sql: Sql, { messageId, caseId, reaction, username, at }: Like & { messageId: string; caseId: string }): Promise<boolean> {
  const postId = await openedFrom(sql, messageId);
  if (postId !== null) return likePost(sql, { postId, reaction, username, at });
  const added = await sql.run(`INSERT INTO message_reactions (message_id, case_id, reaction, username, at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (message_id) DO NOTHING`, messageId, caseId, reaction, username, at) === 1;
  if (added) await sql.run('UPDATE messages SET version = ? WHERE id = ?', await sql.nextVersion(), messageId);
  return added;
}

export const openedFrom = async (sql: Sql, messageId: string): Promise<string | null> =>
  (await sql.row<{ post_id: string | null }>('SELECT post_id FROM messages WHERE id = ?', messageId))?.post_id ?? null;
