// Listening against the real sandbox: a public post misspelling the brand that addresses no
// company account opens no case and reaches every console as a listening post; a proactive case
// is opened from it once (also queued offline), on its public channel and assigned to whoever
// opened it; likes and dismissals are shown at once and counted on the server; a second opening
// is refused before queueing, or undone with its reason when another console got there first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProfile, withTwoAgents, type TestProfile } from '../../../tests/fixtures/services.ts';

const world = withTwoAgents();
let sofia: TestProfile;
beforeEach(async () => {
  sofia = await openProfile(world.sandbox, `${world.dir.path}/sofia`, 'sofia');
  await sofia.services.syncOnce();
});
afterEach(() => sofia.services.close());

const db = () => world.sandbox.server.db;
const casesCount = () => (db().prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
const logged = (mutationId: string) => db().prepare('SELECT status, reason FROM mutation_log WHERE mutation_id = ?').all(mutationId);

async function mention(text: string, handle = '@vecina_almagro', followers = 52_000): Promise<{ postId: string | null; matched: unknown }> {
  return world.sandbox.control('POST', '/v1/sandbox/inbound', {
    channel: 'x_mention', kind: 'mention', addressed: false, customer: { name: 'Vecina de Almagro', handle, followers }, text,
  });
}

describe('a post about the brand that does not address the company', () => {
  it('opens no case and reaches agents and supervisors as a listening post, with its influence and the form matched', async () => {
    const before = casesCount();
    const heard = await mention('tres días sin internet y konecta ni aparece');
    expect(heard).toMatchObject({ postId: expect.any(String), matched: { keyword: 'Conecta', form: 'konecta' } });
    expect(casesCount()).toBe(before);
    for (const p of [world.lucia, world.mateo, sofia]) {
      await p.services.syncOnce();
      expect(p.services.store.listening.get(heard.postId ?? '')).toMatchObject({
        channel: 'x_mention', author: 'Vecina de Almagro', handle: '@vecina_almagro', followers: 52_000, influence: 'medium',
        matched: { keyword: 'Conecta', form: 'konecta' }, state: 'new', caseId: null, pending: false,
      });
    }
  });

  it('is dropped when it does not name the brand (the verb conectar), and is a case when it names a company account', async () => {
    expect(await mention('no me conecta el wifi desde ayer')).toEqual({ postId: null, matched: null });
    const before = casesCount();
    const addressed = await world.sandbox.control<{ caseId?: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'x_mention', kind: 'mention', addressed: false, customer: { name: 'Otro', handle: '@otro' }, text: '@ConectaAR konecta sin servicio',
    });
    expect(addressed.caseId).toEqual(expect.any(String));
    expect(casesCount()).toBe(before + 1);
  });

  it('is refused on a private channel, and with a case or an assignee', async () => {
    const base = { kind: 'mention', addressed: false, customer: { name: 'X', handle: 'x' }, text: 'konecta' };
    await expect(world.sandbox.control('POST', '/v1/sandbox/inbound', { ...base, channel: 'whatsapp' })).rejects.toThrow(/400/);
    await expect(world.sandbox.control('POST', '/v1/sandbox/inbound', { ...base, channel: 'x_mention', assignTo: 'lucia' })).rejects.toThrow(/400/);
  });
});

describe('a proactive case from a post', () => {
  it('is opened once when queued offline, on the post’s public channel, assigned to whoever opened it', async () => {
    const { postId } = await mention('Gracias c0necta por otro domingo sin wifi');
    await world.lucia.services.syncOnce();
    const before = casesCount();
    await world.sandbox.goOffline();
    const { mutationId } = world.lucia.services.commands.openCaseFromPost(postId ?? '');
    expect(world.lucia.services.store.listening.get(postId ?? '')).toMatchObject({ state: 'opened', by: 'lucia', pending: true });
    await expect(world.lucia.services.syncOnce()).rejects.toThrow(/Cannot reach/);
    await world.sandbox.restart();
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(casesCount()).toBe(before + 1);
    const post = world.lucia.services.store.listening.get(postId ?? '');
    expect(post).toMatchObject({ state: 'opened', by: 'lucia', caseId: expect.any(String), pending: false });
    const opened = world.lucia.services.store.cases.get(post?.caseId ?? '');
    expect(opened).toMatchObject({ channel: 'x_mention', assignedTo: 'lucia', status: 'open' });
    expect(world.lucia.services.store.messages.thread(post?.caseId ?? '').map((m) => m.text)).toEqual(['Gracias c0necta por otro domingo sin wifi']);
    // Opening it again is refused before anything is queued.
    expect(() => world.lucia.services.commands.openCaseFromPost(postId ?? '')).toThrow(expect.objectContaining({ code: 'already_opened' }));
  });

  it('is refused with its reason, and undone on screen, when another console opened it first', async () => {
    const { postId } = await mention('la de conceta me dijo que el técnico viene el lunes');
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    world.mateo.services.commands.openCaseFromPost(postId ?? '');
    await world.mateo.services.syncOnce();
    const { mutationId } = world.lucia.services.commands.openCaseFromPost(postId ?? '');
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'conflict', reason: 'already_opened' }]);
    expect(world.lucia.services.store.listening.get(postId ?? '')).toMatchObject({ state: 'opened', by: 'mateo', pending: false });
    expect(world.lucia.services.store.outbox.list()).toMatchObject([{ status: 'conflict', reason: 'already_opened' }]);
  });
});

describe('likes and dismissals', () => {
  it('are shown at once, applied once, and the like is counted on the server', async () => {
    const { postId } = await mention('me pasé a conecta. nunca más');
    await sofia.services.syncOnce();
    const { mutationId } = sofia.services.commands.reactToPost(postId ?? '');
    expect(sofia.services.store.listening.get(postId ?? '')).toMatchObject({ state: 'reacted', reactions: 1, pending: true });
    expect(() => sofia.services.commands.reactToPost(postId ?? '')).toThrow(expect.objectContaining({ code: 'already_reacted' }));
    await sofia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(db().prepare('SELECT post_id AS postId, reaction, username FROM reactions').all()).toEqual([{ postId, reaction: 'like', username: 'sofia' }]);
    await world.lucia.services.syncOnce();
    expect(world.lucia.services.store.listening.get(postId ?? '')).toMatchObject({ state: 'reacted', by: 'sofia', reactions: 1 });
    world.lucia.services.commands.dismissPost(postId ?? '');
    expect(world.lucia.services.store.listening.get(postId ?? '')).toMatchObject({ state: 'dismissed', pending: true });
    await world.lucia.services.syncOnce();
    await sofia.services.syncOnce();
    expect(sofia.services.store.listening.get(postId ?? '')).toMatchObject({ state: 'dismissed', by: 'lucia', reactions: 1, pending: false });
    expect(() => sofia.services.commands.dismissPost('post-none')).toThrow(expect.objectContaining({ code: 'post_not_found' }));
  });
});

describe('the scenario', () => {
  it('seeds a few posts about the brand, every one matched', () => {
    const posts = world.lucia.services.store.listening.list();
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(posts.map((p) => p.matched.form)).toContain('konecta');
    for (const p of posts) expect(p.matched.keyword).toBe('Conecta');
  });
});
