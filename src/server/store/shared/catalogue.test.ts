// The organisation's shared repositories, written once, on both engines.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { articles, autoReplies, blocks, organisation, settings, templates } from './catalogue.ts';

const template = { id: 't1', title: 'Hello', shortcut: 'hi', language: 'es', channels: ['email'], body: 'Hola', at: '2026-01-01T00:00:00Z' };

describe.each(ENGINES)('the catalogue on $engine', (engine) => {
  it('saves templates with growing versions, keeps a company template\'s team, and removes once', async () => {
    const sql = await engine.open();
    const repo = templates(sql);
    const first = await repo.savePersonal({ ...template, owner: 'lucia' });
    const second = await repo.savePersonal({ ...template, title: 'Hi', owner: 'lucia' });
    expect(second).toBeGreaterThan(first);
    expect(await repo.owner('t1')).toEqual({ owner: 'lucia' });
    expect(await sql.row('SELECT title, channels FROM templates WHERE id = ?', 't1')).toEqual({ title: 'Hi', channels: '["email"]' });
    await repo.saveCompany({ ...template, id: 't2', channels: null, team: 'billing' });
    await repo.saveCompany({ ...template, id: 't2', channels: null, team: null });
    expect(await sql.row('SELECT team, owner, channels FROM templates WHERE id = ?', 't2')).toEqual({ team: null, owner: null, channels: null });
    expect(await repo.remove('t1')).toBe(true);
    expect(await repo.remove('t1')).toBe(false);
    expect(await repo.owner('t1')).toBeUndefined();
  });

  it('counts an article\'s revisions', async () => {
    const sql = await engine.open();
    const article = { id: 'a1', title: 'Refunds', summary: 's', body: 'b', tags: ['money'], language: 'en', url: null, at: '2026-01-01' };
    await articles(sql).save(article);
    await articles(sql).save({ ...article, tags: ['money', 'returns'] });
    expect(await sql.row('SELECT tags, revision FROM articles WHERE id = ?', 'a1')).toEqual({ tags: '["money","returns"]', revision: 2 });
  });

  it('finds an active block whatever the handle\'s case, and not once lifted', async () => {
    const sql = await engine.open();
    const repo = blocks(sql);
    await repo.add({ id: 'b1', channel: 'email', handle: 'Spam@Example.com', reason: 'spam', by: 'ana', at: '2026-01-01' });
    expect(await repo.active('email', 'spam@example.COM')).toEqual({ id: 'b1' });
    expect(await repo.active('sms', 'spam@example.com')).toBeUndefined();
    expect(await repo.get('b1')).toEqual({ id: 'b1', unblockedAt: null });
    await repo.lift('b1', '2026-01-02');
    expect(await repo.get('b1')).toEqual({ id: 'b1', unblockedAt: '2026-01-02' });
    expect(await repo.active('email', 'spam@example.com')).toBeUndefined();
  });

  it('stores settings as JSON and their last author', async () => {
    const sql = await engine.open();
    const repo = settings(sql);
    expect(await repo.value('hours')).toBeUndefined();
    expect(await repo.version('hours')).toBeNull();
    const version = await repo.put('hours', { open: '09:00', days: [1, 2] });
    expect(await repo.value('hours')).toEqual({ open: '09:00', days: [1, 2] });
    expect(await repo.version('hours')).toBe(version);
    await repo.recordAuthor('hours', { version, clientId: 'c1', baseVersion: null });
    await repo.recordAuthor('hours', { version, clientId: 'c2', baseVersion: 3 });
    expect(await repo.author('hours')).toEqual({ version, clientId: 'c2', baseVersion: 3 });
    await repo.forgetAuthor('hours');
    expect(await repo.author('hours')).toBeUndefined();
  });

  it('knows who supervises whom from the supervisor\'s JSON list of teams', async () => {
    const sql = await engine.open();
    const user = 'INSERT INTO users (username, name, role, team, password, version, supervises) VALUES (?, ?, ?, ?, ?, 1, ?)';
    await sql.run(user, 'sara', 'Sara', 'supervisor', null, 'x', '["billing","sales"]');
    await sql.run(user, 'lucia', 'Lucía', 'agent', 'sales', 'x', '[]');
    await sql.run(user, 'pablo', 'Pablo', 'agent', 'support', 'x', '[]');
    await sql.run(user, 'nadie', 'Nadie', 'agent', null, 'x', '[]');
    await sql.run("INSERT INTO meta (key, value) VALUES ('company', 'Acme')");
    const repo = organisation(sql);
    expect(await repo.supervisesAgent('sara', 'lucia')).toBe(true);
    expect(await repo.supervisesAgent('sara', 'pablo')).toBe(false);
    expect(await repo.supervisesAgent('sara', 'nadie')).toBe(false);
    expect(await repo.supervisesAgent('lucia', 'lucia')).toBe(false);
    expect(await repo.agentName('lucia')).toBe('Lucía');
    expect(await repo.role('sara')).toBe('supervisor');
    expect(await repo.role('ghost')).toBeUndefined();
    await sql.run("UPDATE users SET disabled = 1 WHERE username IN ('pablo', 'nadie')");
    expect(await repo.disabled(['lucia', 'pablo', 'ghost', 'nadie'])).toEqual(['nadie', 'pablo']);
    expect(await repo.companyName()).toBe('Acme');
  });

  it('remembers whose console sent an auto-reply', async () => {
    const sql = await engine.open();
    await autoReplies(sql).record({ dedupeKey: 'k1', caseId: 'c1', messageId: 'm1', clientId: 'cl', username: 'lucia', at: '2026-01-01' });
    expect(await autoReplies(sql).sentBy('k1')).toBe('lucia');
    expect(await autoReplies(sql).sentBy('k2')).toBeUndefined();
  });
});
