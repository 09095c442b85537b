// `listening` as an operator runs it, in a child process, against a real sandbox on loopback:
// the posts about the brand that address no company account, each with the form matched.
import { describe, expect, it } from 'vitest';
import { cli, withCliProfile } from '../fixtures/cli.ts';

const lucia = withCliProfile('lucia');

const mention = (text: string) => lucia.sandbox.control('POST', '/v1/sandbox/inbound', {
  channel: 'instagram_comment', kind: 'mention', addressed: false, customer: { name: 'Rocío Paz', handle: '@ro.paz', followers: 120_500 }, text,
});

describe('atiende CLI listening', () => {
  it('lists the posts about the brand with matched {keyword, form}, and leaves out the verb', async () => {
    await mention('la de conceta me dejó sin fibra otra vez');
    await mention('no me conecta el wifi desde ayer');
    expect((await cli('sync', '--profile', lucia.profile)).code).toBe(0);
    const listed = await cli('listening', '--profile', lucia.profile, '--json');
    expect(listed.code).toBe(0);
    const posts = JSON.parse(listed.stdout) as { text: string; handle: string; influence: string; state: string; matched: { keyword: string; form: string } }[];
    expect(posts[0]).toMatchObject({
      text: 'la de conceta me dejó sin fibra otra vez', handle: '@ro.paz', influence: 'high', state: 'new', matched: { keyword: 'Conecta', form: 'conceta' },
    });
    expect(posts.map((p) => p.text)).not.toContain('no me conecta el wifi desde ayer');
    // The scenario's own posts come along, each matched.
    expect(posts.length).toBeGreaterThan(1);
    for (const p of posts) expect(p.matched.keyword).toBe('Conecta');
    const text = await cli('listening', '--profile', lucia.profile);
    expect(text.stdout.split('\n')[0]).toMatch(/^new\s+@ro\.paz \(high, 120500 followers\) instagram_comment\s+\[conceta → Conecta\]/);
  });

  it('needs a profile', async () => {
    const missing = await cli('listening');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing --profile/);
  });
});
