// Personal templates: created, edited and deleted offline, synced as ordinary outbox changes.
import { describe, expect, it } from 'vitest';
import { openProfile, reopenProfile, withTwoAgents } from '../../../tests/fixtures/services.ts';
import { keyOf, rawCache } from '../../../tests/fixtures/cache.ts';
import { m015ServerTemplates } from '../db/migrations/015-server-templates.ts';
import { CommandError } from '../commands/errors.ts';

const world = withTwoAgents();

const draft = { title: 'Demora de envío', body: 'Hola {{customer.firstName}}, tu pedido {{field:order_number}} sale mañana.', shortcut: 'demora', language: 'es' as const, channels: null };
const serverRow = (id: string) => world.sandbox.server.db.prepare('SELECT title, body, owner FROM templates WHERE id = ?').get(id);

describe('personal templates', () => {
  it('are usable offline at once, and reach the server and only their owner', async () => {
    await world.sandbox.goOffline();
    const { templateId } = world.lucia.services.commands.saveTemplate(draft);
    expect(world.lucia.services.store.knowledge.template(templateId)).toMatchObject({ title: 'Demora de envío', owner: 'lucia', version: 0 });
    await expect(world.lucia.services.syncOnce()).rejects.toThrow(/Cannot reach/);

    await world.sandbox.restart();
    world.lucia.events.length = 0;
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    // The push that settles it tells the window to read its template lists again.
    expect(world.lucia.events).toContainEqual({ type: 'changed', entities: ['outbox', 'message', 'template'] });
    expect(serverRow(templateId)).toEqual({ title: 'Demora de envío', body: draft.body, owner: 'lucia' });
    expect(world.lucia.services.store.knowledge.template(templateId)?.version).toBeGreaterThan(0);
    expect(world.mateo.services.store.knowledge.template(templateId)).toBeUndefined();
  });

  it('are edited and deleted by their owner, on every console of theirs', async () => {
    const { templateId } = world.lucia.services.commands.saveTemplate(draft);
    await world.lucia.services.syncOnce();
    world.lucia.services.commands.saveTemplate({ ...draft, templateId, body: 'Hola, tu pedido {{field:order_number}} sale hoy.' });
    await world.lucia.services.syncOnce();
    expect(serverRow(templateId)).toMatchObject({ body: 'Hola, tu pedido {{field:order_number}} sale hoy.' });

    const second = await openProfile(world.sandbox, `${world.dir.path}/lucia-laptop-2`, 'lucia');
    await second.services.syncOnce();
    expect(second.services.store.knowledge.template(templateId)?.body).toBe('Hola, tu pedido {{field:order_number}} sale hoy.');
    world.lucia.services.commands.deleteTemplate(templateId);
    expect(world.lucia.services.store.knowledge.template(templateId)).toBeUndefined();
    await world.lucia.services.syncOnce();
    await second.services.syncOnce();
    expect(serverRow(templateId)).toBeUndefined();
    expect(second.services.store.knowledge.template(templateId)).toBeUndefined();
    second.services.close();
  });

  it('show the server’s template again at once when an edit or a delete is refused', async () => {
    const lucia = world.lucia.services;
    const { templateId } = lucia.commands.saveTemplate(draft);
    await lucia.syncOnce();
    const confirmed = lucia.store.knowledge.template(templateId);
    expect(confirmed).toMatchObject({ title: 'Demora de envío', owner: 'lucia' });
    // The server now holds it for someone else, unannounced: Lucía's changes are refused
    // (not_owner). Every pull fails from here on, so only the push can put it back on screen.
    world.sandbox.server.db.prepare("UPDATE templates SET owner = 'mateo' WHERE id = ?").run(templateId);
    await world.sandbox.fault({ route: 'pull', status: 500, times: 1000 });

    lucia.commands.saveTemplate({ ...draft, templateId, title: 'Demora', body: 'Otro texto' });
    expect(lucia.store.knowledge.template(templateId)).toMatchObject({ title: 'Demora', body: 'Otro texto' });
    world.lucia.events.length = 0;
    await expect(lucia.syncOnce()).rejects.toThrow(/Server error 500/);
    expect(lucia.store.outbox.list('rejected')).toMatchObject([{ name: 'save_template', reason: 'not_owner' }]);
    expect(lucia.store.knowledge.template(templateId)).toEqual(confirmed);
    expect(world.lucia.events).toContainEqual({ type: 'changed', entities: ['outbox', 'message', 'template'] });

    lucia.commands.deleteTemplate(templateId);
    expect(lucia.store.knowledge.template(templateId)).toBeUndefined();
    await expect(lucia.syncOnce()).rejects.toThrow(/Server error 500/);
    expect(lucia.store.outbox.list('rejected')).toMatchObject([{ name: 'save_template' }, { name: 'delete_template', reason: 'not_owner' }]);
    expect(lucia.store.knowledge.template(templateId)).toEqual(confirmed);
    expect(lucia.store.knowledge.templateCandidates('lucia', null).map((t) => t.id)).toContain(templateId);
  });

  it('show the server’s template again when a change pending at the upgrade that added their copies is refused', async () => {
    const { templateId } = world.lucia.services.commands.saveTemplate(draft);
    await world.lucia.services.syncOnce();
    const confirmed = world.lucia.services.store.knowledge.template(templateId);
    world.lucia.services.commands.saveTemplate({ ...draft, templateId, title: 'Demora', body: 'Otro texto' });
    // The console is upgraded with the edit still pending, from a cache without the server's copies.
    world.lucia.services.close();
    const cache = rawCache(`${world.dir.path}/lucia`, await keyOf(`${world.dir.path}/lucia`));
    // A version-14 cache had neither 015's copies, 016's retention columns, 017's QA reviews, 018's message decisions, 019's agents' hire dates and teams, 020's QA packs, 021's typed comment, 024's reports snapshot, 025's case marks and coaching plan, 026's survey answers 027's routing, 028's derivation, 029's listening posts, 030's likes nor 032's marks of replies not yet indexed.
    cache.exec(`
      DROP TABLE server_templates; DROP INDEX outbox_settled; DROP TABLE qa_reviews; DROP TABLE qa_review_drafts;
      DROP TABLE qa_pack_cases; DROP TABLE qa_packs; DROP TABLE report_snapshots;
      ALTER TABLE cases DROP COLUMN purged_at; ALTER TABLE outbox DROP COLUMN settled_server_at; ALTER TABLE outbox DROP COLUMN args_purged_at;
      ALTER TABLE messages DROP COLUMN decision_type; ALTER TABLE messages DROP COLUMN decision_restored;
      ALTER TABLE messages DROP COLUMN decision_by; ALTER TABLE messages DROP COLUMN decision_at;
      ALTER TABLE agents DROP COLUMN hired_at; ALTER TABLE agents DROP COLUMN supervises;
      DROP TABLE coaching_objectives; DROP TABLE coaching_notes;
      ALTER TABLE cases DROP COLUMN product; ALTER TABLE cases DROP COLUMN server_product; ALTER TABLE cases DROP COLUMN peer_answered;
      ALTER TABLE cases DROP COLUMN server_peer_answered; ALTER TABLE cases DROP COLUMN call_avoided; ALTER TABLE cases DROP COLUMN server_call_avoided;
      ALTER TABLE cases DROP COLUMN recontact;
      ALTER TABLE messages DROP COLUMN csat_answer;
      -- nor 028's derivation
      ALTER TABLE cases DROP COLUMN derivation; ALTER TABLE cases DROP COLUMN server_derivation;
      ALTER TABLE cases DROP COLUMN routing_rule; ALTER TABLE cases DROP COLUMN routing_reason; ALTER TABLE agents DROP COLUMN routed;
      DROP TABLE listening_posts;
      -- nor 030's likes on messages
      ALTER TABLE messages DROP COLUMN liked; ALTER TABLE messages DROP COLUMN server_liked;
      -- nor 032's marks
      DROP TABLE messages_unindexed;
      PRAGMA user_version = ${m015ServerTemplates.version - 1}`);
    cache.close();
    world.lucia = await reopenProfile(`${world.dir.path}/lucia`);
    const lucia = world.lucia.services;
    expect(lucia.store.knowledge.template(templateId)).toMatchObject({ title: 'Demora', body: 'Otro texto' });

    // Refused (not_owner) while the server holds it for someone else, then Lucía's again.
    const owner = world.sandbox.server.db.prepare('UPDATE templates SET owner = ? WHERE id = ?');
    owner.run('mateo', templateId);
    await world.sandbox.fault({ route: 'pull', status: 500, times: 1000 });
    await expect(lucia.syncOnce()).rejects.toThrow(/Server error 500/);
    expect(lucia.store.outbox.list('rejected')).toMatchObject([{ name: 'save_template', reason: 'not_owner' }]);
    owner.run('lucia', templateId);
    await world.sandbox.control('DELETE', '/v1/sandbox/faults');

    await lucia.syncOnce();
    expect(lucia.store.knowledge.template(templateId)).toEqual(confirmed);
    expect(world.lucia.log.lines).toContainEqual({ level: 'warn', message: 'full resync' });
    // Rebuilt once: the next sync pulls from where this one stopped.
    world.lucia.log.lines.length = 0;
    await lucia.syncOnce();
    expect(world.lucia.log.lines).not.toContainEqual({ level: 'warn', message: 'full resync' });
  });

  it('leave company templates alone, locally and on the server', async () => {
    const company = world.sandbox.server.db.prepare<[], { id: string }>('SELECT id FROM templates WHERE owner IS NULL LIMIT 1').get()!;
    expect(() => world.lucia.services.commands.deleteTemplate(company.id)).toThrow(CommandError);
    expect(() => world.lucia.services.commands.saveTemplate({ ...draft, templateId: company.id })).toThrow(/administrator/);
    expect(() => world.lucia.services.commands.saveTemplate({ ...draft, shortcut: 'Con Espacios' })).toThrow(/shortcuts are 1–30 lowercase/);

    // An older console that did not check: the server refuses, and nothing is left behind.
    const mutation = { seq: 1, id: crypto.randomUUID(), name: 'delete_template', args: { templateId: company.id }, baseVersion: null };
    const answer = await world.lucia.services.api.push(world.lucia.services.engine.clientId, [mutation]);
    expect(answer.results[0]).toMatchObject({ status: 'rejected', reason: 'not_owner' });
    expect(world.sandbox.server.db.prepare('SELECT 1 AS ok FROM templates WHERE id = ?').get(company.id)).toEqual({ ok: 1 });
  });
});
