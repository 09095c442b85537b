// The company's likes: once per listening post and once per customer message. A case opened from
// a post has the post's id on its first message, and a like on either is the post's one like (in
// reactions), so it is neither given nor counted twice.
import { nextVersion, type SandboxDb } from '../../schema.ts';
import { row, run } from './sql.ts';

interface Like { reaction: string; username: string; at: string }

/** The post's like, given on the post or on the message opened from it; that message gets a new version. */
export function likePost(db: SandboxDb, { postId, reaction, username, at }: Like & { postId: string }): boolean {
  const opened = row<{ id: string }>(db, 'SELECT id FROM messages WHERE post_id = ?', postId)?.id;
  const added = run(db, 'INSERT INTO reactions (post_id, reaction, username, at) VALUES (?, ?, ?, ?) ON CONFLICT(post_id) DO NOTHING',
    postId, reaction, username, at) === 1;
  if (added && opened) run(db, 'UPDATE messages SET version = ? WHERE id = ?', nextVersion(db), opened);
  return added;
}

/** A customer message's like; on a message opened from a post, the post's. */
export function likeMessage(db: SandboxDb, { messageId, caseId, reaction, username, at }: Like & { messageId: string; caseId: string }): boolean {
  const postId = openedFrom(db, messageId);
  if (postId !== null) return likePost(db, { postId, reaction, username, at });
  const added = run(db, `INSERT INTO message_reactions (message_id, case_id, reaction, username, at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(message_id) DO NOTHING`, messageId, caseId, reaction, username, at) === 1;
  if (added) run(db, 'UPDATE messages SET version = ? WHERE id = ?', nextVersion(db), messageId);
  return added;
}

export const openedFrom = (db: SandboxDb, messageId: string): string | null =>
  row<{ post_id: string | null }>(db, 'SELECT post_id FROM messages WHERE id = ?', messageId)?.post_id ?? null;
