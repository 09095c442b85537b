// Listening on the sandbox's own store: which followers a heard post keeps, and which posts the
// inbound control refuses as a mention.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SandboxServer } from '../server.ts';
import { InboundRequest } from './controls.ts';

let server: SandboxServer;

beforeEach(async () => {
  server = await SandboxServer.open();
});
afterEach(async () => {
  await server.close();
});

const followersOf = (postId: string | null) =>
  (JSON.parse(server.db.prepare<[string], { data: string }>('SELECT data FROM listening_posts WHERE id = ?').get(postId ?? '')?.data ?? '{}') as {
    followers?: number; influence?: string;
  });

describe('a heard post', () => {
  it('keeps the followers the post shows when its known author has none on record', async () => {
    // the author wrote before: a customer on record, with 0 followers
    await server.controls.inbound({ channel: 'instagram_comment', customer: { name: 'Rocío Paz', handle: '@ro.paz' }, text: 'hola, consulta' });
    const heard = await server.controls.receive({
      channel: 'instagram_comment', kind: 'mention', addressed: false, customer: { name: 'Rocío Paz', handle: '@ro.paz', followers: 120_500 },
      text: 'la de konecta me dejó sin fibra otra vez',
    });
    expect('postId' in heard && heard.postId).toBeTruthy();
    expect(followersOf('postId' in heard ? heard.postId : null)).toMatchObject({ followers: 120_500, influence: 'high' });
  });
});

describe('the inbound control', () => {
  it('refuses a mention on a private channel, even one naming a company account', () => {
    for (const addressed of [false, true, undefined]) {
      const parsed = InboundRequest.safeParse({
        channel: 'whatsapp', kind: 'mention', addressed, customer: { name: 'Ana', handle: '+5491155550000' }, text: '@ConectaAR sin internet',
      });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.message).join()).toMatch(/public post/);
    }
  });
});
