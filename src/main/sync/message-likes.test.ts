// The company's like on a customer's comment or mention in a public case, against the real
// sandbox: shown at once offline, delivered once, carried on the message to every console holding
// the case, idempotent, and each refusal the server gives (a private channel, an agent's own
// reply, someone else's case) answered with its reason and undone on screen at once.
import { describe, expect, it } from 'vitest';
import { rawConsole } from '../../../tests/fixtures/raw-console.ts';
import { withTwoAgents } from '../../../tests/fixtures/services.ts';

const world = withTwoAgents();
// Ana Gómez writes on lucia's case-001 (x_mention, public); mateo holds her case-004, so he has case-001 as history.
const PUBLIC = 'case-001';
const PRIVATE = 'case-014'; // whatsapp, lucia's

const db = () => world.sandbox.server.db;
const logged = (mutationId: string) => db().prepare('SELECT status, reason FROM mutation_log WHERE mutation_id = ?').all(mutationId);
const likesOn = (messageId: string) => db().prepare('SELECT username, reaction FROM message_reactions WHERE message_id = ?').all(messageId);
const firstOf = (caseId: string, kind: string) =>
  (db().prepare('SELECT id FROM messages WHERE case_id = ? AND kind = ? ORDER BY sent_at LIMIT 1').get(caseId, kind) as { id: string }).id;
const likeShown = (messageId: string, profile = world.lucia) =>
  profile.services.store.messages.thread(profile.services.store.messages.likeTarget(messageId)?.caseId ?? '').find((m) => m.id === messageId)?.liked;

describe('a like on a customer’s public comment', () => {
  it('shows at once offline, is delivered once, and reaches the agent holding the history', async () => {
    await world.mateo.services.syncOnce();
    const comment = firstOf(PUBLIC, 'customer');
    await world.sandbox.goOffline();
    const { mutationId } = world.lucia.services.commands.likeMessage(comment);
    expect(likeShown(comment)).toMatchObject({ by: { username: 'lucia', you: true }, pending: true });
    await expect(world.lucia.services.syncOnce()).rejects.toThrow(/Cannot reach/);
    await world.sandbox.restart();
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(likesOn(comment)).toEqual([{ username: 'lucia', reaction: 'like' }]);
    expect(likeShown(comment)).toMatchObject({ by: { username: 'lucia', you: true }, pending: false });
    await world.mateo.services.syncOnce();
    expect(likeShown(comment, world.mateo)).toMatchObject({ by: { username: 'lucia', name: 'Lucía Fernández', you: false }, pending: false });
  });

  it('is counted once however often it is sent', async () => {
    const comment = firstOf(PUBLIC, 'customer');
    const raw = await rawConsole(world.sandbox, 'lucia');
    const args = { caseId: PUBLIC, messageId: comment, reaction: 'like' };
    expect(await raw.push('react', args)).toMatchObject({ status: 'applied' });
    const version = (db().prepare('SELECT version FROM messages WHERE id = ?').get(comment) as { version: number }).version;
    expect(await raw.push('react', args)).toMatchObject({ status: 'applied' });
    expect(likesOn(comment)).toEqual([{ username: 'lucia', reaction: 'like' }]);
    // The second like changed nothing: no new version for the consoles to pull.
    expect(db().prepare('SELECT version FROM messages WHERE id = ?').get(comment)).toEqual({ version });
  });

  it('refuses a private channel’s message, an agent’s own reply, another agent’s case, and a post and a message at once', async () => {
    const raw = await rawConsole(world.sandbox, 'lucia');
    const like = (caseId: string, messageId: string) => raw.push('react', { caseId, messageId, reaction: 'like' });
    expect(await like(PRIVATE, firstOf(PRIVATE, 'customer'))).toMatchObject({ status: 'rejected', reason: 'not_public' });
    expect(await like(PUBLIC, firstOf(PUBLIC, 'reply'))).toMatchObject({ status: 'rejected', reason: 'not_in_case' });
    expect(await like('case-004', firstOf('case-004', 'customer'))).toMatchObject({ status: 'conflict', reason: 'not_assigned' });
    expect(await raw.push('react', { postId: 'p1', caseId: PUBLIC, messageId: firstOf(PUBLIC, 'customer'), reaction: 'like' }))
      .toMatchObject({ status: 'rejected', reason: 'invalid_args' });
    expect(db().prepare('SELECT count(*) AS n FROM message_reactions').get()).toEqual({ n: 0 });
  });

  it('is undone on screen with its reason when the case was reassigned meanwhile', async () => {
    const comment = firstOf(PUBLIC, 'customer');
    const { mutationId } = world.lucia.services.commands.likeMessage(comment);
    db().prepare("UPDATE cases SET assigned_to = 'mateo' WHERE id = ?").run(PUBLIC);
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'conflict', reason: 'not_assigned' }]);
    expect(world.lucia.services.store.outbox.list('conflict')).toMatchObject([{ name: 'react', reason: 'not_assigned' }]);
    expect(likeShown(comment)).toBeNull();
    expect(likesOn(comment)).toEqual([]);
  });

  it('lost to a sequence gap, is not shown as given and may be given again, once', async () => {
    const [first, lost] = db().prepare(`SELECT m.id FROM messages m JOIN cases c ON c.id = m.case_id
      WHERE c.assigned_to = 'lucia' AND c.channel IN ('x_mention', 'instagram_comment', 'facebook_post') AND m.kind = 'customer'
      ORDER BY m.id LIMIT 2`).pluck().all() as string[];
    world.lucia.services.commands.likeMessage(first!);
    await world.lucia.services.syncOnce();
    // The server is restored from a backup taken before that push: it expects this console's first seq again.
    db().prepare('UPDATE clients SET last_seq = 0 WHERE client_id = ?').run(world.lucia.services.engine.clientId);
    const gone = world.lucia.services.commands.likeMessage(lost!);
    await world.lucia.services.syncOnce();
    expect(world.lucia.services.store.outbox.find(gone.mutationId)).toMatchObject({ status: 'conflict', reason: 'sequence_gap' });
    expect(likesOn(lost!)).toEqual([]);
    expect(likeShown(lost!)).toBeNull();
    const again = world.lucia.services.commands.likeMessage(lost!);
    expect(likeShown(lost!)).toMatchObject({ by: { username: 'lucia', you: true }, pending: true });
    await world.lucia.services.syncOnce();
    expect(logged(again.mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(likesOn(lost!)).toEqual([{ username: 'lucia', reaction: 'like' }]);
    expect(likeShown(lost!)).toMatchObject({ by: { username: 'lucia', you: true }, pending: false });
    expect(() => world.lucia.services.commands.likeMessage(lost!)).toThrow(expect.objectContaining({ code: 'already_reacted' }));
  });
});

describe('a like where there is none to give', () => {
  it('is refused on MercadoLibre, which has no likes, by the console and by the server; an unknown message is said so', async () => {
    const { caseId } = await world.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'mercadolibre', customer: { name: 'Comprador', handle: 'comprador_ml' }, text: '¿Tiene stock del router?', assignTo: 'lucia',
    });
    await world.lucia.services.syncOnce();
    const question = firstOf(caseId, 'customer');
    expect(() => world.lucia.services.commands.likeMessage(question)).toThrow(expect.objectContaining({ code: 'no_likes' }));
    const raw = await rawConsole(world.sandbox, 'lucia');
    expect(await raw.push('react', { caseId, messageId: question, reaction: 'like' })).toMatchObject({ status: 'rejected', reason: 'no_likes' });
    expect(likesOn(question)).toEqual([]);
    expect(() => world.lucia.services.commands.likeMessage('no-such-message')).toThrow(expect.objectContaining({ code: 'message_not_found' }));
  });
});

describe('a like on a case opened from a listening post', () => {
  const postLikes = (postId: string) => db().prepare('SELECT username FROM reactions WHERE post_id = ?').pluck().all(postId);
  async function heard(text: string): Promise<{ postId: string }> {
    const { postId } = await world.sandbox.control<{ postId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'x_mention', kind: 'mention', addressed: false, customer: { name: 'Vecina de Almagro', handle: '@vecina_almagro' }, text,
    });
    await world.lucia.services.syncOnce();
    return { postId };
  }
  async function open(postId: string): Promise<{ caseId: string; messageId: string }> {
    world.lucia.services.commands.openCaseFromPost(postId);
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    const caseId = world.lucia.services.store.listening.get(postId)?.caseId ?? '';
    return { caseId, messageId: firstOf(caseId, 'customer') };
  }

  it('is the post’s like: liked in Escucha, the case’s first message shows it and takes no second one', async () => {
    const { postId } = await heard('konecta me dejó sin internet otra vez');
    world.lucia.services.commands.reactToPost(postId);
    await world.lucia.services.syncOnce();
    const { caseId, messageId } = await open(postId);
    expect(likeShown(messageId)).toMatchObject({ by: { username: 'lucia', you: true }, pending: false });
    expect(() => world.lucia.services.commands.likeMessage(messageId)).toThrow(expect.objectContaining({ code: 'already_reacted' }));
    const raw = await rawConsole(world.sandbox, 'lucia');
    expect(await raw.push('react', { caseId, messageId, reaction: 'like' })).toMatchObject({ status: 'applied' });
    expect(postLikes(postId)).toEqual(['lucia']);
    expect(likesOn(messageId)).toEqual([]);
  });

  it('liked on the message, the post has its like: a like on the post then changes nothing', async () => {
    const { postId } = await heard('konecta cortó el servicio sin aviso');
    const { messageId } = await open(postId);
    world.lucia.services.commands.likeMessage(messageId);
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(world.lucia.services.store.listening.get(postId)).toMatchObject({ reactions: 1 });
    expect(() => world.lucia.services.commands.reactToPost(postId)).toThrow(expect.objectContaining({ code: 'already_reacted' }));
    const raw = await rawConsole(world.sandbox, 'mateo');
    expect(await raw.push('react', { postId, reaction: 'like' })).toMatchObject({ status: 'applied' });
    expect(postLikes(postId)).toEqual(['lucia']);
    expect(likesOn(messageId)).toEqual([]);
  });
});
