// Pending mutations are re-applied after every pulled page, so server data that predates the
// agent's action never makes it flicker away.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../db/store.ts';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { applyChange } from './apply.ts';
import { rebasePending } from '../commands/effects.ts';
import { CommandError } from '../commands/errors.ts';
import { Commands } from '../commands/index.ts';
import type { Change } from '../../protocol/sync.ts';
import { testKey } from '../../../tests/fixtures/cache.ts';
import { retriageCases } from '../triage/triage.ts';

let dir: ReturnType<typeof tempDir>;
let store: Store;
let commands: Commands;
const author = { name: 'Lucía Fernández', username: 'lucia' };

const caseChange = (version: number, status: 'open' | 'resolved' | 'waiting_customer', channel = 'x_mention', assignedTo = 'lucia'): Change => ({
  entity: 'case', id: 'c1', op: 'put', version,
  data: {
    number: 1001, customerId: 'cu1', channel: channel as 'x_mention', subject: 'Sin servicio', status, assignedTo,
    priority: 'high', language: 'es', reason: null, resolution: null, messageType: 'public',
    createdAt: '2026-11-20T10:00:00Z', updatedAt: '2026-11-20T10:00:00Z', waitingSince: '2026-11-20T10:00:00Z',
    movedTo: null, continues: null, continuedIn: null, identityId: null, product: null, peerAnswered: false, callAvoided: false, recontact: null, routing: null,
    derivation: null,
  },
});

beforeEach(() => {
  dir = tempDir();
  store = Store.open(`${dir.path}/atiende.db`, testKey());
  commands = new Commands(store, () => author);
  applyChange(store, caseChange(5, 'open'));
});
afterEach(() => {
  store.close();
  dir.remove();
});

describe('optimistic effects', () => {
  it('keeps a pending state change over a pulled row that predates it', () => {
    commands.setStatus('1001', 'resolved', { reason: 'complaint', resolution: 'favour' });
    store.transaction(() => {
      applyChange(store, caseChange(6, 'open'));
      rebasePending(store, author);
    });
    expect(store.cases.get('c1')).toMatchObject({ status: 'resolved', reason: 'complaint', resolution: 'favour', version: 6 });
  });

  it('keeps a pending derivation over a pulled row that predates it, once', () => {
    // mateo, in the directory synced here: a person is checked against it before queueing.
    applyChange(store, { entity: 'agent', id: 'mateo', op: 'put', version: 1, data: { username: 'mateo', name: 'Mateo Rossi', role: 'agent', team: 'ventas', hiredAt: null, supervises: [], routed: true } });
    commands.deriveCase('1001', 'mateo', 'Consulta de facturación');
    store.transaction(() => {
      applyChange(store, caseChange(6, 'open'));
      rebasePending(store, author);
    });
    store.transaction(() => rebasePending(store, author));
    expect(store.cases.summary('c1')).toMatchObject({ derivation: { to: 'agent:mateo', state: 'derived', note: 'Consulta de facturación' } });
    expect(store.cases.get('c1')).toMatchObject({ version: 6 });
    expect(store.outbox.list('pending')).toHaveLength(1);
  });

  it('keeps a queued reply visible, once, across pulls', () => {
    const { messageId } = commands.sendReply('c1', 'Ya lo revisamos');
    store.transaction(() => rebasePending(store, author));
    store.transaction(() => rebasePending(store, author));
    expect(store.messages.thread('c1')).toEqual([expect.objectContaining({ id: messageId, state: 'queued', text: 'Ya lo revisamos' })]);
    expect(store.cases.get('c1')?.waitingSince).toBeNull();
  });

  it('keeps a pending dispute and an amendment over a pulled review that predates them, each once', () => {
    const review = (version: number): Change => ({
      entity: 'qa_review', id: '7f1c2e4a-3b5d-4c6e-8f9a-0b1c2d3e4f5a', op: 'put', version,
      data: {
        packId: 'p1', caseId: 'c1', agent: 'lucia', reviewer: 'sofia', scorecardId: 'default', scorecardVersion: 1,
        answers: { tone: 1 }, score: 40, comments: [], state: 'submitted', disputes: [],
        versions: [{ version: 1, answers: { tone: 1 }, score: 40, at: '2026-11-20T10:00:00Z', by: 'sofia', note: null }],
        createdAt: '2026-11-20T10:00:00Z', updatedAt: '2026-11-20T10:00:00Z',
      },
    });
    applyChange(store, review(7));
    const { disputeId } = commands.disputeReview('7f1c2e4a-3b5d-4c6e-8f9a-0b1c2d3e4f5a', 'tone', 'Fui amable');
    store.transaction(() => {
      applyChange(store, review(8));
      rebasePending(store, author);
      rebasePending(store, author);
    });
    expect(store.qaReviews.get('7f1c2e4a-3b5d-4c6e-8f9a-0b1c2d3e4f5a')).toMatchObject({ state: 'disputed', disputes: [{ id: disputeId, reason: 'Fui amable' }], pending: false });
    const supervisor = new Commands(store, () => ({ name: 'Sofía', username: 'sofia' }));
    supervisor.resolveDispute({ reviewId: '7f1c2e4a-3b5d-4c6e-8f9a-0b1c2d3e4f5a', disputeId, decision: 'amend', answer: 5, note: 'Corregido' });
    store.transaction(() => {
      rebasePending(store, author);
      rebasePending(store, author);
    });
    const amended = store.qaReviews.get('7f1c2e4a-3b5d-4c6e-8f9a-0b1c2d3e4f5a');
    expect(amended?.versions.map((v) => [v.version, v.answers.tone])).toEqual([[1, 1], [2, 5]]);
    expect(amended?.state).toBe('resolved');
  });

  it('keeps a pending like and a pending opening over a pulled post that predates them, the like counted once', () => {
    const post = (version: number): Change => ({
      entity: 'listening_post', id: 'post-1', op: 'put', version,
      data: {
        channel: 'x_mention', author: 'Vecina', handle: '@vecina', text: 'konecta sin servicio', followers: 10, influence: 'low',
        matched: { keyword: 'Conecta', form: 'konecta' }, state: 'new', by: null, caseId: null, reactions: 0, postedAt: '2026-11-20T10:00:00Z',
      },
    });
    applyChange(store, post(3));
    commands.reactToPost('post-1');
    commands.openCaseFromPost('post-1');
    for (const version of [4, 5]) {
      store.transaction(() => {
        applyChange(store, post(version));
        rebasePending(store, author);
      });
    }
    expect(store.listening.get('post-1')).toMatchObject({ state: 'opened', by: 'lucia', reactions: 1, pending: true });
  });

  it('never lets an older page roll a row back', () => {
    applyChange(store, caseChange(4, 'resolved'));
    expect(store.cases.get('c1')).toMatchObject({ status: 'open', version: 5 });
  });
});

/** A customer message on c1 at `version`, with the agent's decision as the server has it. */
const messageChange = (
  id: string, text: string, version: number, decision: { type: 'hostile' | null; restored: boolean } | null = null, liked: { by: string; at: string } | null = null,
): Change => ({
  entity: 'message', id, op: 'put', version,
  data: {
    caseId: 'c1', kind: 'customer', author: 'Ana', text, sentAt: `2026-11-20T10:0${version % 10}:00Z`, state: 'sent', autoReplyKey: null, promo: null,
    decision: decision && { ...decision, by: 'lucia', at: '2026-11-20T10:30:00Z' }, csatAnswer: false, liked,
  },
});
/** Pulls a page, as the engine does: its rows, the pending changes on top, then triage. */
const pull = (...changes: Change[]) => store.transaction(() => {
  for (const change of changes) applyChange(store, change);
  rebasePending(store, author);
  retriageCases(store, ['c1']);
});
const triageOf = (id: string) => store.messages.thread('c1').find((m) => m.id === id)?.triage;

describe('an agent’s decisions on a customer message', () => {
  beforeEach(() => pull(messageChange('m1', 'Mi DNI es 30.123.456', 6), messageChange('m2', 'hola', 7)));

  it('keeps a pending type and restore over a pulled page that predates them', () => {
    commands.setMessageType('m1', 'hostile');
    commands.restoreMessage('m2');
    expect(store.cases.inbox('lucia', { view: 'queue' }).map((c) => c.id)).toEqual(['c1']);
    pull(messageChange('m1', 'Mi DNI es 30.123.456', 8), messageChange('m2', 'hola', 9));
    pull(messageChange('m1', 'Mi DNI es 30.123.456', 8), messageChange('m2', 'hola', 9));
    expect(triageOf('m1')).toMatchObject({ type: 'hostile', computedType: 'private_data', overridden: true });
    expect(triageOf('m2')).toMatchObject({ noise: 'courtesy', restored: true, filtered: false });
    expect(store.cases.inbox('lucia', { view: 'queue' }).map((c) => c.id)).toEqual(['c1']);
  });

  it('follows the decision the server sends when nothing is pending', () => {
    pull(messageChange('m1', 'Mi DNI es 30.123.456', 8, { type: 'hostile', restored: false }), messageChange('m2', 'hola', 9, { type: null, restored: true }));
    expect(triageOf('m1')).toMatchObject({ type: 'hostile', overridden: true });
    expect(triageOf('m2')).toMatchObject({ restored: true, filtered: false });
    // Another console of the agent went back to the classifier's type.
    pull(messageChange('m1', 'Mi DNI es 30.123.456', 10, { type: null, restored: false }));
    expect(triageOf('m1')).toMatchObject({ type: 'private_data', overridden: false });
  });

  it('keeps the judgement of a message whose new version only carries a decision', () => {
    // "sí" answers the agent's question while the case waits on the customer: no noise.
    pull(caseChange(8, 'waiting_customer'), messageChange('m4', 'sí', 8));
    expect(triageOf('m4')).toMatchObject({ noise: null, filtered: false });
    pull(caseChange(9, 'open'), messageChange('m4', 'sí', 9, { type: 'hostile', restored: false }));
    expect(triageOf('m4')).toMatchObject({ type: 'hostile', noise: null, filtered: false });
  });

  it('starts a message judged for the first time from the server’s decision', () => {
    pull(messageChange('m3', 'gracias', 8, { type: 'hostile', restored: true }));
    expect(triageOf('m3')).toMatchObject({ type: 'hostile', overridden: true, noise: 'courtesy', restored: true, filtered: false });
  });

  it('refuses, queueing nothing, a reply or an unknown message, a message the filter does not hold, and another agent’s case', () => {
    const { messageId } = commands.sendReply('c1', 'Hola Ana');
    const queued = store.outbox.counts().pending;
    expect(() => commands.setMessageType(messageId, 'public')).toThrow(expect.objectContaining({ code: 'not_triaged' }));
    expect(() => commands.setMessageType('nope', 'public')).toThrow(expect.objectContaining({ code: 'not_triaged' }));
    expect(() => commands.restoreMessage('m1')).toThrow(expect.objectContaining({ code: 'not_filtered' }));
    commands.restoreMessage('m2');
    expect(() => commands.restoreMessage('m2')).toThrow(expect.objectContaining({ code: 'not_filtered' }));
    applyChange(store, caseChange(9, 'open', 'x_mention', 'mateo'));
    expect(() => commands.setMessageType('m1', 'hostile')).toThrow(expect.objectContaining({ code: 'not_assigned' }));
    expect(store.outbox.counts().pending).toBe(queued + 1);
  });
});

describe('the company’s like on a customer’s public comment', () => {
  beforeEach(() => pull(messageChange('m1', 'Conecta me dejó sin internet otra vez', 6)));
  const likeOf = (id: string) => store.messages.thread('c1').find((m) => m.id === id)?.liked;

  it('shows at once and stays, once, over pulled pages that predate it', () => {
    commands.likeMessage('m1');
    expect(likeOf('m1')).toMatchObject({ by: { username: 'lucia' }, pending: true });
    pull(messageChange('m1', 'Conecta me dejó sin internet otra vez', 8));
    pull(messageChange('m1', 'Conecta me dejó sin internet otra vez', 8));
    expect(likeOf('m1')).toMatchObject({ by: { username: 'lucia' }, pending: true });
    expect(store.outbox.list().filter((m) => m.name === 'react')).toHaveLength(1);
  });

  it('shows the server’s like, another’s, as given and not waiting, while this console’s own waits', () => {
    commands.likeMessage('m1');
    pull(messageChange('m1', 'Conecta me dejó sin internet otra vez', 9, null, { by: 'mateo', at: '2026-11-20T11:00:00Z' }));
    expect(likeOf('m1')).toEqual({ by: { username: 'mateo', name: null, you: false }, at: '2026-11-20T11:00:00Z', pending: false });
  });

  it('follows the like the server sends, with who gave it, and keeps the message’s judgement', () => {
    const judged = triageOf('m1');
    pull(messageChange('m1', 'Conecta me dejó sin internet otra vez', 9, null, { by: 'mateo', at: '2026-11-20T11:00:00Z' }));
    expect(likeOf('m1')).toEqual({ by: { username: 'mateo', name: null, you: false }, at: '2026-11-20T11:00:00Z', pending: false });
    expect(triageOf('m1')).toEqual(judged);
    // Liked already: a second like is refused before anything is queued.
    expect(() => commands.likeMessage('m1')).toThrow(expect.objectContaining({ code: 'already_reacted' }));
  });

  it('refuses, queueing nothing, a reply, an unknown message, a private case and another agent’s case', () => {
    const { messageId } = commands.sendReply('c1', 'Hola Ana');
    const queued = store.outbox.counts().pending;
    expect(() => commands.likeMessage(messageId)).toThrow(expect.objectContaining({ code: 'not_customer_message' }));
    expect(() => commands.likeMessage('nope')).toThrow(expect.objectContaining({ code: 'message_not_found' }));
    applyChange(store, caseChange(9, 'open', 'whatsapp'));
    expect(() => commands.likeMessage('m1')).toThrow(expect.objectContaining({ code: 'not_public' }));
    applyChange(store, caseChange(10, 'open', 'x_mention', 'mateo'));
    expect(() => commands.likeMessage('m1')).toThrow(expect.objectContaining({ code: 'not_assigned' }));
    expect(store.outbox.counts().pending).toBe(queued);
    expect(likeOf('m1')).toBeNull();
  });
});

describe('commands', () => {
  it('refuses a reply over the channel’s limit, counting emoji as one character', () => {
    expect(() => commands.sendReply('c1', 'a'.repeat(281))).toThrow(CommandError);
    expect(() => commands.sendReply('c1', 'a'.repeat(281))).toThrow(/281 characters; x_mention accepts at most 280/);
    expect(() => commands.sendReply('c1', '👍'.repeat(280))).not.toThrow();
    expect(store.outbox.counts().pending).toBe(1);
  });

  it('commits the optimistic reply and its outbox row together, or neither', () => {
    // The process dies (here: the disk refuses the write) between the effect and the outbox row.
    const append = store.outbox.append.bind(store.outbox);
    store.outbox.append = () => {
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    expect(() => commands.sendReply('c1', 'Se pierde entera o queda entera')).toThrow(/disk is full/);
    store.outbox.append = append;
    expect(store.messages.thread('c1')).toEqual([]);
    expect(store.cases.get('c1')?.waitingSince).toBe('2026-11-20T10:00:00Z');
    expect(store.outbox.counts().pending).toBe(0);
  });

  it('refuses an empty reply and an unknown case, queuing nothing', () => {
    expect(() => commands.sendReply('c1', '  \n ')).toThrow(/empty/);
    expect(() => commands.sendReply('#9999', 'Hola')).toThrow(/No case #9999/);
    expect(store.outbox.counts().pending).toBe(0);
    expect(store.messages.thread('c1')).toEqual([]);
  });
});
