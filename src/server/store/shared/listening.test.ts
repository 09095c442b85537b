// Listening written once, on both engines: posts as JSON, a case opened from one, and its one like.
import { describe, expect, it } from 'vitest';
import type { WireData } from '../../../protocol/entities.ts';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { messages } from './cases.ts';
import { listening } from './listening.ts';

const AT = '2026-03-10T10:00:00.000Z';
const POST: WireData<'listening_post'> = {
  channel: 'x_mention', author: 'Ana', handle: '@ana', text: 'la fibra no anda', followers: 12, influence: 'low',
  matched: { keyword: 'fibra', form: 'fibra' }, state: 'new', by: null, caseId: null, reactions: 0, postedAt: AT,
};

describe.each(ENGINES)('listening on $engine', (engine) => {
  it('saves a post with a newer version each time and reads it back', async () => {
    const l = listening(await engine.open());
    const first = await l.save('post-1', POST);
    const second = await l.save('post-1', { ...POST, state: 'dismissed', by: 'lucia' });
    expect(second).toBeGreaterThan(first);
    expect(await l.post('post-1')).toEqual({ ...POST, state: 'dismissed', by: 'lucia' });
    expect(await l.post('post-2')).toBeUndefined();
  });

  it('opens a case from a post for its author, whose like is the message\'s', async () => {
    const sql = await engine.open();
    const l = listening(sql);
    await l.save('post-1', POST);
    const { caseId, messageId } = await l.openCase('post-1', POST, 'lucia', AT);
    expect(caseId).toBe('case-1001');
    expect(await l.openedMessage('post-1')).toBe(messageId);
    expect(await sql.row('SELECT c.assigned_to AS "to", cu.name, i.handle, cu.followers FROM cases c JOIN customers cu ON cu.id = c.customer_id JOIN identities i ON i.id = c.identity_id'))
      .toEqual({ to: 'lucia', name: 'Ana', handle: '@ana', followers: 12 });
    expect(await sql.rows('SELECT kind, by FROM case_events WHERE case_id = ?', caseId)).toEqual([{ kind: 'opened', by: 'lucia' }]);
    // The author's second post finds the same customer.
    expect((await l.openCase('post-2', { ...POST, text: 'sigue sin andar' }, 'mateo', AT)).caseId).toBe('case-1002');
    expect(await sql.row('SELECT count(*) AS n FROM customers')).toEqual({ n: 1 });
    const version = async () => (await sql.row<{ version: number }>('SELECT version FROM messages WHERE id = ?', messageId))!.version;
    const before = await version();
    expect(await l.react({ postId: 'post-1', reaction: 'like', username: 'lucia', at: AT })).toBe(true);
    expect(await version()).toBeGreaterThan(before);
    expect(await messages(sql).like({ messageId, caseId, reaction: 'like', username: 'mateo', at: AT })).toBe(false);
    expect(await messages(sql).openedFrom(messageId)).toBe('post-1');
    expect(await sql.row('SELECT count(*) AS n FROM message_reactions')).toEqual({ n: 0 });
  });
});
