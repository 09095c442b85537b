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
});
