// The sandbox hears a public post that does not address the company (`inbound` with
// `kind: "mention"`, `addressed: false`, or the scenario's `listening` posts): when it names the
// brand (the `listening` settings document's keywords, fuzzy), it is kept as a listening post
// and published to every console; otherwise it is dropped. No case is opened.
import type { WireData } from '../../protocol/entities.ts';
import { listeningFrom, matchBrand } from '../../shared/listening/index.ts';
import { LISTENING_CHANNELS, type ListeningChannel } from '../../shared/listening/post.ts';
import { influenceLevel } from '../../shared/triage/influence.ts';
import { jsonColumn } from '../columns.ts';
import type { Feed } from '../feed.ts';
import { HttpError } from '../http.ts';
import { WireSetting } from '../../protocol/entities.ts';
import { listening } from '../store/shared/listening.ts';
import type { Sql } from '../store/sql.ts';

export interface HeardPost {
  channel: string;
  customer: { name: string; handle: string; followers?: number };
  text: string;
}

export type Heard = { postId: string; matched: { keyword: string; form: string } } | { postId: null; matched: null };

export const isListeningChannel = (channel: string): channel is ListeningChannel => (LISTENING_CHANNELS as readonly string[]).includes(channel);

/** The listening document in force: the organisation's, or the defaults. */
export async function listeningDocument(sql: Sql): Promise<ReturnType<typeof listeningFrom>['listening']> {
  const found = await sql.row<{ value: string }>("SELECT value FROM settings WHERE id = 'listening'");
  return listeningFrom(found === undefined ? undefined : jsonColumn(WireSetting.shape.value, found.value, 'settings.value')).listening;
}

/** Keeps and publishes the post when it names the brand; call inside a transaction. */
export async function hearPost(sql: Sql, feed: Feed, post: HeardPost, at: string): Promise<Heard> {
  if (!isListeningChannel(post.channel)) {
    throw new HttpError(400, 'not_public', `A mention is a public post: ${post.channel} is a private channel`);
  }
  const matched = matchBrand(post.text, await listeningDocument(sql));
  if (!matched) return { postId: null, matched: null };
  // The followers the post shows are the freshest figure; a known author's record may be older (or 0).
  const known = await sql.row<{ followers: number; public_figure: number }>(`SELECT c.followers, c.public_figure FROM identities i
    JOIN customers c ON c.id = i.customer_id WHERE i.channel = ? AND i.handle = ? ORDER BY i.id`, post.channel, post.customer.handle);
  const followers = Math.max(known?.followers ?? 0, post.customer.followers ?? 0);
  const data: WireData<'listening_post'> = {
    channel: post.channel, author: post.customer.name, handle: post.customer.handle, text: post.text, followers,
    influence: influenceLevel({ followers, publicFigure: known?.public_figure === 1 }).level,
    matched, state: 'new', by: null, caseId: null, reactions: 0, postedAt: at,
  };
  const postId = `post-${await sql.nextVersion()}`;
  const version = await listening(sql).save(postId, data);
  await feed.publishGlobal('listening_post', postId, version);
  return { postId, matched };
}
