// The product and "call avoided" at resolution, and "Respondió otro cliente" on a public case,
// against the real sandbox: shown at once offline, applied once, seen by the agent holding the
// customer's history, and each refusal undone on screen at once with its reason.
import { describe, expect, it } from 'vitest';
import { withTwoAgents } from '../../../tests/fixtures/services.ts';

const world = withTwoAgents();
// Ana Gómez writes on lucia's case-001 (x_mention, public); mateo holds her case-004, so he has case-001 as history.
const PUBLIC = 'case-001';
const PRIVATE = 'case-014'; // whatsapp, lucia's

const serverCase = (id: string) => world.sandbox.server.db.prepare('SELECT status, product, call_avoided, peer_answered FROM cases WHERE id = ?').get(id);
const logged = (mutationId: string) => world.sandbox.server.db.prepare('SELECT status, reason FROM mutation_log WHERE mutation_id = ?').all(mutationId);
const summaryOf = (caseId: string, profile = world.lucia) => profile.services.store.cases.summary(caseId);

describe('the product and the call avoided at resolution', () => {
  it('show at once offline, are applied once, and reach the agent holding the history', async () => {
    await world.sandbox.goOffline();
    const { mutationId } = world.lucia.services.commands.setStatus(PUBLIC, 'resolved', {
      reason: 'query', resolution: 'favour', product: 'fibra_300', callAvoided: true,
    });
    expect(summaryOf(PUBLIC)).toMatchObject({ status: 'resolved', product: 'fibra_300', callAvoided: true });
    await expect(world.lucia.services.syncOnce()).rejects.toThrow(/Cannot reach/);
    // Still shown over what the next pull brings while pending.
    await world.sandbox.restart();
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(serverCase(PUBLIC)).toEqual({ status: 'resolved', product: 'fibra_300', call_avoided: 1, peer_answered: 0 });
    expect(summaryOf(PUBLIC)).toMatchObject({ product: 'fibra_300', callAvoided: true });
    await world.mateo.services.syncOnce();
    expect(summaryOf(PUBLIC, world.mateo)).toMatchObject({ product: 'fibra_300', callAvoided: true });
  });

  it('refuses a retired or unknown product before queueing, and lists the active ones', () => {
    expect(() => world.lucia.services.commands.setStatus(PUBLIC, 'resolved', { reason: 'query', resolution: 'favour', product: 'telefonia_fija' }))
      .toThrow(expect.objectContaining({ code: 'unknown_product', message: expect.stringContaining('fibra_300') }));
    expect(() => world.lucia.services.commands.setStatus(PUBLIC, 'open', { product: 'nada' })).toThrow(expect.objectContaining({ code: 'unknown_product' }));
    expect(world.lucia.services.store.outbox.list()).toEqual([]);
    expect(world.lucia.services.commands.products().filter((p) => p.active).map((p) => p.key)).toContain('pack_hogar');
  });

  it('is undone on screen with its reason when the server retired the product meanwhile', async () => {
    const { mutationId } = world.lucia.services.commands.setStatus(PUBLIC, 'resolved', { reason: 'query', resolution: 'favour', product: 'tv_hd' });
    expect(summaryOf(PUBLIC)).toMatchObject({ status: 'resolved', product: 'tv_hd' });
    const label = { es: 'TV HD', en: 'HD TV', pt: 'TV HD' };
    await world.sandbox.control('POST', '/v1/sandbox/settings', { id: 'products', value: { version: 1, products: [{ key: 'tv_hd', label, active: false }] } });
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'rejected', reason: 'unknown_product' }]);
    expect(world.lucia.services.store.outbox.list('rejected')).toMatchObject([{ name: 'set_status', reason: 'unknown_product' }]);
    expect(summaryOf(PUBLIC)).toMatchObject({ status: 'open', product: null, callAvoided: false });
    expect(serverCase(PUBLIC)).toEqual({ status: 'open', product: null, call_avoided: 0, peer_answered: 0 });
  });

  it('clears the product with null and keeps it when a later state change names none', async () => {
    world.lucia.services.commands.setStatus(PUBLIC, 'pending_company', { product: 'movil_abono' });
    world.lucia.services.commands.setStatus(PUBLIC, 'open');
    await world.lucia.services.syncOnce();
    expect(serverCase(PUBLIC)).toMatchObject({ status: 'open', product: 'movil_abono' });
    world.lucia.services.commands.setStatus(PUBLIC, 'open', { product: null });
    await world.lucia.services.syncOnce();
    expect(serverCase(PUBLIC)).toMatchObject({ product: null });
    expect(summaryOf(PUBLIC)).toMatchObject({ product: null });
  });
});

describe('"Respondió otro cliente" on a public case', () => {
  it('shows at once, is applied once, taken back, and reaches the agent holding the history', async () => {
    const { mutationId } = world.lucia.services.commands.markPeerAnswered(PUBLIC, true);
    expect(summaryOf(PUBLIC)).toMatchObject({ peerAnswered: true });
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(serverCase(PUBLIC)).toMatchObject({ peer_answered: 1 });
    await world.mateo.services.syncOnce();
    expect(summaryOf(PUBLIC, world.mateo)).toMatchObject({ peerAnswered: true });

    world.lucia.services.commands.markPeerAnswered(PUBLIC, false);
    await world.lucia.services.syncOnce();
    expect(serverCase(PUBLIC)).toMatchObject({ peer_answered: 0 });
    expect(summaryOf(PUBLIC)).toMatchObject({ peerAnswered: false });
  });

  it('is refused before queueing on a private case and on another agent’s case', () => {
    expect(() => world.lucia.services.commands.markPeerAnswered(PRIVATE, true)).toThrow(expect.objectContaining({ code: 'not_public' }));
    expect(() => world.mateo.services.commands.markPeerAnswered(PUBLIC, true)).toThrow(expect.objectContaining({ code: 'not_assigned' }));
    expect(world.lucia.services.store.outbox.list()).toEqual([]);
    expect(world.mateo.services.store.outbox.list()).toEqual([]);
  });

  it('is undone with its reason when the case was reassigned meanwhile', async () => {
    const { mutationId } = world.lucia.services.commands.markPeerAnswered(PUBLIC, true);
    world.sandbox.server.db.prepare("UPDATE cases SET assigned_to = 'mateo' WHERE id = ?").run(PUBLIC);
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'conflict', reason: 'not_assigned' }]);
    expect(serverCase(PUBLIC)).toMatchObject({ peer_answered: 0 });
  });
});
