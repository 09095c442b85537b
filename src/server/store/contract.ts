// What any ServerStore must do, whatever its engine: SQLite runs it in sqlite-store.test.ts,
// PostgreSQL in postgres-store.test.ts, each on a database of its own.
import { describe, expect, it } from 'vitest';
import type { ServerStore } from './store.ts';

export function storeContract(engine: string, open: () => ServerStore | Promise<ServerStore>): void {
  describe(`${engine} store contract`, () => {
    it('keeps what a transaction wrote, and nothing of one that threw', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        await tx.pushLog.addClient('client-a', 'lucia');
        await tx.pushLog.advance('client-a', 2);
        await tx.pushLog.log({ clientId: 'client-a', seq: 2, mutationId: 'm-2', name: 'send_reply', status: 'conflict', reason: 'not_assigned', message: null, at: '2026-03-10T10:00:00.000Z' });
      });
      await expect(store.transaction(async (tx) => {
        await tx.pushLog.advance('client-a', 9);
        throw new Error('refused');
      })).rejects.toThrow('refused');
      await store.transaction(async (tx) => {
        expect(await tx.pushLog.client('client-a')).toEqual({ username: 'lucia', lastSeq: 2 });
        expect(await tx.pushLog.logged('client-a', 2)).toEqual({ mutationId: 'm-2', status: 'conflict', reason: 'not_assigned', message: null });
        expect(await tx.pushLog.logged('client-a', 1)).toBeUndefined();
      });
    });

    it('gives every write a newer version', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        expect(await tx.settings.value('business_hours')).toBeUndefined();
        const first = await tx.settings.put('business_hours', { alwaysOpen: true });
        const block = await tx.blocks.add({ id: 'b-1', channel: 'whatsapp', handle: '+54 9 11', reason: 'spam', by: 'lucia', at: '2026-03-10T10:00:00.000Z' });
        const second = await tx.settings.put('business_hours', { alwaysOpen: false });
        expect(block).toBeGreaterThan(first);
        expect(second).toBeGreaterThan(block);
        expect(await tx.settings.version('business_hours')).toBe(second);
        expect(await tx.settings.value('business_hours')).toEqual({ alwaysOpen: false });
      });
    });

    it('finds an active block by sender, whatever the case of the handle, until it is lifted', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        await tx.blocks.add({ id: 'b-1', channel: 'x_dm', handle: '@Ofertas', reason: 'spam', by: 'lucia', at: '2026-03-10T10:00:00.000Z' });
        expect(await tx.blocks.active('x_dm', '@ofertas')).toEqual({ id: 'b-1' });
        await tx.blocks.lift('b-1', '2026-03-10T11:00:00.000Z');
        expect(await tx.blocks.active('x_dm', '@Ofertas')).toBeUndefined();
        expect(await tx.blocks.get('b-1')).toEqual({ id: 'b-1', unblockedAt: '2026-03-10T11:00:00.000Z' });
      });
    });

    it('binds client ids to devices, and takes one of a user’s client ids for its device', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        for (const clientId of ['client-a', 'client-a2']) {
          await tx.pushLog.addClient(clientId, 'lucia');
          await tx.pushLog.bindDevice(clientId, 'device-a');
        }
        expect(await tx.pushLog.device('client-a2')).toEqual({ deviceId: 'device-a', revokedAt: null });
        expect(await tx.pushLog.device('client-z')).toBeUndefined();
      });
      // Signed in with its current client id, the console's token joins its device; another user's cannot.
      await store.sessions.issue({ token: 't-1', username: 'lucia', deviceId: 'client-a2', at: '2026-03-10T10:00:00.000Z' });
      await store.sessions.issue({ token: 't-2', username: 'lucia', deviceId: 'device-b', at: '2026-03-10T10:00:00.000Z' });
      await store.sessions.issue({ token: 't-3', username: 'mateo', deviceId: 'client-a', at: '2026-03-10T10:00:00.000Z' });
      expect(await store.sessions.end('lucia', 'client-a', 'revoked')).toBe(1);
      expect(await store.sessions.revokeClients('lucia', 'client-a', '2026-03-10T11:00:00.000Z')).toBe(2);
      expect(await store.sessions.end('lucia', 'device-b', 'expired')).toBe(1);
      expect(await store.sessions.end('mateo', 'client-a', 'expired')).toBe(1);
      await store.transaction(async (tx) => {
        expect(await tx.pushLog.device('client-a')).toEqual({ deviceId: 'device-a', revokedAt: '2026-03-10T11:00:00.000Z' });
      });
    });

    it('keeps personal templates with their author until removed', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        await tx.templates.savePersonal({
          id: 'tpl-1', title: 'Saludo', shortcut: 'hola', language: 'es', channels: null, body: 'Hola', owner: 'lucia', at: '2026-03-10T10:00:00.000Z',
        });
        expect(await tx.templates.owner('tpl-1')).toEqual({ owner: 'lucia' });
        expect(await tx.templates.remove('tpl-1')).toBe(true);
        expect(await tx.templates.remove('tpl-1')).toBe(false);
        expect(await tx.templates.owner('tpl-1')).toBeUndefined();
      });
    });

    it('serves what a transaction published as pull pages, in seq order, what everyone sees with the agent\'s own', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        const setting = await tx.settings.put('business_hours', { alwaysOpen: true });
        await tx.feed.publishGlobal('setting', 'business_hours', setting);
        const own = await tx.templates.savePersonal({
          id: 'tpl-1', title: 'Saludo', shortcut: null, language: 'es', channels: null, body: 'Hola', owner: 'lucia', at: '2026-03-10T10:00:00.000Z',
        });
        await tx.feed.publishGlobal('template', 'tpl-1', own, 'lucia');
      });
      const first = await store.feed.page('lucia', 0, 1);
      expect(first.changes).toMatchObject([{ entity: 'setting', id: 'business_hours', op: 'put', data: { value: { alwaysOpen: true } } }]);
      expect(first.remaining).toBe(1);
      const rest = await store.feed.page('lucia', first.last, 10);
      expect(rest.changes).toMatchObject([{ entity: 'template', id: 'tpl-1', op: 'put', data: { title: 'Saludo', owner: 'lucia' } }]);
      expect(rest.remaining).toBe(0);
      expect(await store.feed.lastSeq()).toBe(rest.last);
      const mateos = await store.feed.page('mateo', 0, 10);
      expect(mateos.changes.map((c) => c.id)).toEqual(['business_hours']);
      // At the end of his scope, his cursor moves past lucia's rows too: it stays as young as the feed.
      expect(mateos.last).toBe(rest.last);
      expect(await store.feed.page('lucia', rest.last, 10)).toEqual({ changes: [], last: rest.last, remaining: 0 });
    });

    it('leaves out of a pull from the start the dels it began after, and prunes old dels behind a horizon', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        const own = await tx.templates.savePersonal({
          id: 'tpl-1', title: 'Saludo', shortcut: null, language: 'es', channels: null, body: 'Hola', owner: 'lucia', at: '2026-03-10T10:00:00.000Z',
        });
        await tx.feed.publishGlobal('template', 'tpl-1', own, 'lucia');
        await tx.feed.retract('template', 'tpl-1', 'lucia', 'removed');
        const setting = await tx.settings.put('business_hours', { alwaysOpen: true });
        await tx.feed.publishGlobal('setting', 'business_hours', setting);
      });
      const began = await store.feed.lastSeq();
      expect((await store.feed.page('lucia', 0, 10)).changes.map((c) => [c.op, c.id])).toEqual([['del', 'tpl-1'], ['put', 'business_hours']]);
      const fresh = await store.feed.page('lucia', 0, 10, began);
      expect(fresh.changes.map((c) => [c.op, c.id])).toEqual([['put', 'business_hours']]);
      expect(fresh).toMatchObject({ last: began, remaining: 0 });
      // A del written after the pull began is one the console may need.
      await store.transaction(async (tx) => tx.feed.retract('setting', 'business_hours', 'lucia', 'removed'));
      expect((await store.feed.page('lucia', 0, 10, began)).changes.map((c) => [c.op, c.id])).toEqual([['put', 'business_hours'], ['del', 'business_hours']]);

      expect(await store.feed.horizon()).toBe(0);
      expect(await store.transaction(async (tx) => tx.feed.compact('2000-01-01T00:00:00.000Z'))).toEqual({ pruned: 0, horizon: 0 });
      const later = await store.transaction(async (tx) => tx.feed.compact('2999-01-01T00:00:00.000Z'));
      expect(later).toEqual({ pruned: 2, horizon: await store.feed.lastSeq() });
      expect(await store.feed.horizon()).toBe(later.horizon);
      // The dels are gone; the lastSeq stays where it was, so no cursor of this store is refused as foreign.
      expect((await store.feed.page('lucia', 0, 10)).changes.map((c) => [c.op, c.id])).toEqual([['put', 'business_hours']]);
    });

    it('keeps company templates the administrators\' and numbers each article\'s revisions', async () => {
      const store = await open();
      const article = { id: 'kb-1', title: 'Facturas', summary: 'Dónde verlas', body: 'En la app', tags: ['facturación'], language: 'es', url: null };
      await store.transaction(async (tx) => {
        const template = await tx.templates.saveCompany({
          id: 'tpl-c', title: 'Demora', shortcut: 'demora', language: 'es', channels: ['whatsapp'], team: null, body: 'Perdón', at: '2026-03-10T10:00:00.000Z',
        });
        expect(await tx.templates.owner('tpl-c')).toEqual({ owner: null });
        await tx.feed.publishGlobal('template', 'tpl-c', template);
        await tx.articles.save({ ...article, at: '2026-03-10T10:00:00.000Z' });
        await tx.feed.publishGlobal('article', 'kb-1', await tx.articles.save({ ...article, title: 'Tus facturas', at: '2026-03-10T11:00:00.000Z' }));
      });
      const { changes } = await store.feed.page('lucia', 0, 10);
      expect(changes).toMatchObject([
        { entity: 'template', id: 'tpl-c', data: { title: 'Demora', channels: ['whatsapp'], owner: null } },
        { entity: 'article', id: 'kb-1', data: { title: 'Tus facturas', tags: ['facturación'], revision: 2 } },
      ]);
    });

    it('forgets who saved a setting once an administrator replaces it', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        const version = await tx.settings.put('auto_replies', { version: 1, channels: {} });
        await tx.settings.recordAuthor('auto_replies', { version, clientId: 'client-a', baseVersion: null });
        expect(await tx.settings.author('auto_replies')).toEqual({ version, clientId: 'client-a', baseVersion: null });
        await tx.settings.forgetAuthor('auto_replies');
        expect(await tx.settings.author('auto_replies')).toBeUndefined();
      });
    });

    it('keeps a QA pack with its reviewers and publishes it to them alone', async () => {
      const store = await open();
      const data = {
        createdBy: 'sofia', createdAt: '2026-03-10T10:00:00.000Z', title: 'soporte', seed: 'abc', perAgent: 1, by: ['channel' as const],
        period: { from: '2026-02-10T10:00:00.000Z', to: '2026-03-10T10:00:00.000Z' }, agents: ['lucia'], team: 'soporte',
        strata: [{ key: 'channel=email', count: 1 }],
        cases: [{
          caseId: 'case-x', number: 7, agent: 'lucia', channel: 'email' as const, stratum: 'channel=email', seniority: '0-6m' as const,
          reason: 'query' as const, resolution: 'favour' as const, firstResponseSeconds: 60, handleSeconds: 3600, messages: 3,
        }],
        calibration: { reviewers: ['sofia', 'valeria'], benchmark: 'sofia' },
      };
      await store.transaction(async (tx) => {
        expect(await tx.qaPacks.get('pack-1')).toBeUndefined();
        const version = await tx.qaPacks.create({ id: 'pack-1', data, reviewers: ['sofia', 'valeria', 'sofia'] });
        expect(version).toBeGreaterThan(0);
        expect(await tx.qaPacks.get('pack-1')).toEqual({ id: 'pack-1', data, reviewers: ['sofia', 'valeria'], version });
        // No review exists yet, so nothing in the period counts as reviewed.
        expect(await tx.qaPacks.reviewedIn('2026-02-10T10:00:00.000Z', '2026-03-10T10:00:00.000Z')).toEqual([]);
        await tx.feed.publishPack('pack-1');
      });
      for (const reviewer of ['sofia', 'valeria']) {
        expect((await store.feed.page(reviewer, 0, 10)).changes).toMatchObject([{ entity: 'qa_pack', id: 'pack-1', op: 'put', data }]);
      }
      expect((await store.feed.page('lucia', 0, 10)).changes).toEqual([]);
      expect(await store.qaPacks.member('nobody')).toBeUndefined();
      expect(await store.qaPacks.resolvedCases(['lucia'], '2026-02-10T10:00:00.000Z', '2026-03-10T10:00:00.000Z')).toEqual([]);
    });

    it('keeps an agent\'s coaching objectives and one note per week, publishing them to the agent and retracting a removed one', async () => {
      const store = await open();
      const objective = {
        agent: 'lucia', metric: 'csat' as const, target: 4.5, comparison: 'at_least' as const, due: null, note: 'Encuestas', createdBy: 'sofia',
        updatedAt: '2026-03-10T10:00:00.000Z',
      };
      const note = { agent: 'lucia', week: '2026-03-09', text: 'Primera reunión', by: 'sofia', updatedAt: '2026-03-10T10:00:00.000Z' };
      await store.transaction(async (tx) => {
        expect(await tx.coaching.objective('obj-1')).toBeUndefined();
        await tx.coaching.saveObjective('obj-1', objective);
        await tx.coaching.saveObjective('obj-1', { ...objective, target: 4.7 });
        expect(await tx.coaching.objective('obj-1')).toEqual({ ...objective, target: 4.7 });
        await tx.coaching.saveNote('lucia/2026-03-09', note);
        await tx.coaching.saveNote('lucia/2026-03-09', { ...note, text: 'Reescrita' });
        expect(await tx.coaching.note('lucia/2026-03-09')).toEqual({ ...note, text: 'Reescrita' });
        await tx.feed.publishCoaching('coaching_objective', 'obj-1');
        await tx.feed.publishCoaching('coaching_note', 'lucia/2026-03-09');
      });
      expect((await store.feed.page('lucia', 0, 10)).changes).toMatchObject([
        { entity: 'coaching_objective', id: 'obj-1', op: 'put', data: { target: 4.7 } },
        { entity: 'coaching_note', id: 'lucia/2026-03-09', op: 'put', data: { text: 'Reescrita' } },
      ]);
      expect((await store.feed.page('mateo', 0, 10)).changes).toEqual([]);
      await store.transaction(async (tx) => {
        await tx.feed.retractCoaching('coaching_objective', 'obj-1');
        await tx.coaching.removeObjective('obj-1');
        expect(await tx.coaching.objective('obj-1')).toBeUndefined();
      });
      expect((await store.feed.page('lucia', 0, 10)).changes).toMatchObject([
        { entity: 'coaching_note', op: 'put' }, { entity: 'coaching_objective', id: 'obj-1', op: 'del', reason: 'removed' },
      ]);
    });

    it('keeps listening posts for everyone, one like per post (and per message), and opens a case from a post on its channel for its opener', async () => {
      const store = await open();
      const post = {
        channel: 'x_mention' as const, author: 'Vecina', handle: '@vecina', text: 'konecta sin servicio', followers: 12, influence: 'low' as const,
        matched: { keyword: 'Conecta', form: 'konecta' }, state: 'new' as const, by: null, caseId: null, reactions: 0, postedAt: '2026-03-10T10:00:00.000Z',
      };
      let opened = { caseId: '', messageId: '' };
      await store.transaction(async (tx) => {
        expect(await tx.listening.post('post-1')).toBeUndefined();
        const first = await tx.listening.save('post-1', post);
        const second = await tx.listening.save('post-1', { ...post, state: 'reacted', reactions: 1 });
        expect(second).toBeGreaterThan(first);
        expect(await tx.listening.post('post-1')).toEqual({ ...post, state: 'reacted', reactions: 1 });
        await tx.feed.publishGlobal('listening_post', 'post-1', second);
        const like = { postId: 'post-1', reaction: 'like', username: 'lucia', at: '2026-03-10T10:05:00.000Z' };
        expect(await tx.listening.react(like)).toBe(true);
        expect(await tx.listening.react({ ...like, username: 'mateo' })).toBe(false);
        opened = await tx.listening.openCase('post-1', post, 'lucia', '2026-03-10T10:10:00.000Z');
        expect(await tx.cases.facts(opened.caseId)).toMatchObject({ channel: 'x_mention', assignedTo: 'lucia' });
        expect(await tx.messages.customerSentAt(opened.messageId, opened.caseId)).toBe(post.postedAt);
        expect(await tx.messages.openedFrom(opened.messageId)).toBe('post-1');
        expect(await tx.listening.openedMessage('post-1')).toBe(opened.messageId);
        // The case's first message is the post: the post's like is its like, so a second one is no like at all.
        const liked = { messageId: opened.messageId, caseId: opened.caseId, reaction: 'like', username: 'lucia', at: '2026-03-10T10:12:00.000Z' };
        expect(await tx.messages.like(liked)).toBe(false);
        expect(await tx.messages.like({ ...liked, username: 'mateo' })).toBe(false);
        // The same author again: the same customer, through the identity the first case made.
        const again = await tx.listening.openCase('post-2', { ...post, text: 'sigo sin servicio' }, 'mateo', '2026-03-10T10:20:00.000Z');
        expect(await tx.cases.customerOf(again.caseId)).toBe(await tx.cases.customerOf(opened.caseId));
        // Liked first as a message, the post has its like: liking the post then changes nothing.
        expect(await tx.messages.like({ ...liked, messageId: again.messageId, caseId: again.caseId })).toBe(true);
        expect(await tx.listening.react({ ...like, postId: 'post-2' })).toBe(false);
      });
      for (const who of ['lucia', 'sofia']) {
        expect((await store.feed.page(who, 0, 10)).changes).toMatchObject([{ entity: 'listening_post', id: 'post-1', op: 'put', data: { state: 'reacted' } }]);
      }
    });

    it('keeps each presence and the last contact, and reads nobody\'s team for a non-supervisor', async () => {
      const store = await open();
      await store.team.touch('lucia', '2026-03-10T10:00:00.000Z');
      await store.team.recordPresence('lucia', 'busy', '2026-03-10T10:01:00.000Z');
      await store.team.recordPresence('lucia', 'available', '2026-03-10T10:05:00.000Z');
      await store.team.touch('lucia', '2026-03-10T10:06:00.000Z');
      // No users in an empty store: nobody supervises anything, and no team has members.
      expect(await store.team.supervised('lucia')).toEqual([]);
      expect(await store.team.members(['soporte'])).toEqual([]);
      expect(await store.team.openCases(['lucia'], 10)).toEqual([]);
      expect(await store.team.load(['lucia'])).toEqual([]);
    });

    it('names itself with one epoch and keeps the clock\'s offset', async () => {
      const store = await open();
      const epoch = await store.instance.epoch();
      expect(epoch).toMatch(/^[0-9a-f]+$/);
      expect(await store.instance.epoch()).toBe(epoch);
      expect(await store.instance.clockOffset()).toBe(0);
      await store.instance.setClockOffset(-3_600_000);
      expect(await store.instance.clockOffset()).toBe(-3_600_000);
    });

    it('keeps one QA review per reviewer, case and pack, with every version, and reads a pack\'s reviews as stored', async () => {
      const store = await open();
      const at = '2026-03-10T10:00:00.000Z';
      const version = { version: 1, answers: { tone: 'yes' as const }, score: 100, at, by: 'sofia', note: null };
      const review = {
        packId: 'pack-1', caseId: 'case-1', agent: 'lucia', reviewer: 'sofia', scorecardId: 'default', scorecardVersion: 1,
        answers: { tone: 'yes' as const }, score: 100, comments: [], state: 'submitted' as const, disputes: [], versions: [version], createdAt: at, updatedAt: at,
      };
      await store.transaction(async (tx) => {
        expect(await tx.qaReviews.pack('pack-1')).toBeUndefined();
        expect(await tx.qaReviews.isReviewer('pack-1', 'sofia')).toBe(false);
        expect(await tx.qaReviews.caseAgent('pack-1', 'case-1')).toBeUndefined();
        await tx.qaReviews.add('r-1', review);
        expect(await tx.qaReviews.idOf('pack-1', 'case-1', 'sofia')).toBe('r-1');
        expect(await tx.qaReviews.idOf('pack-1', 'case-1', 'valeria')).toBeUndefined();
      });
      // A second review of the case by the same reviewer is refused (PostgreSQL then ends its transaction).
      await expect(store.transaction((tx) => tx.qaReviews.add('r-2', review))).rejects.toThrow();
      await store.transaction(async (tx) => {
        const amended = { ...review, score: 50, versions: [version, { ...version, version: 2, score: 50, note: 'corregido' }] };
        await tx.qaReviews.update('r-1', amended);
        expect(await tx.qaReviews.get('r-1')).toEqual(amended);
        // A draw leaves out what was reviewed in its period, by when the review was first stored.
        expect(await tx.qaPacks.reviewedIn('2026-03-01T00:00:00.000Z', '2026-03-11T00:00:00.000Z')).toEqual(['case-1']);
        expect(await tx.qaPacks.reviewedIn('2026-03-10T10:00:00.001Z', '2026-03-11T00:00:00.000Z')).toEqual([]);
      });
      expect(await store.qaReviews.ofPack('pack-1')).toEqual([
        { id: 'r-1', packId: 'pack-1', caseId: 'case-1', reviewer: 'sofia', score: 50, answers: { tone: 'yes' }, createdAt: at },
      ]);
      expect(await store.qaReviews.ofPack('pack-2')).toEqual([]);
    });

    it('takes a new epoch when renewed, as after a restore, and keeps it', async () => {
      const store = await open();
      const epoch = await store.instance.epoch();
      const renewed = await store.instance.renewEpoch();
      expect(renewed.from).toBe(epoch);
      expect(renewed.to).toMatch(/^[0-9a-f]+$/);
      expect(renewed.to).not.toBe(epoch);
      expect(await store.instance.epoch()).toBe(renewed.to);
    });
  });
}
