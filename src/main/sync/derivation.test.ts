// Derivation against the real sandbox: lucia derives her case to Facturación (mateo) offline,
// it is delivered once when she is back, mateo receives the case and answers internally, and the
// case comes back to lucia with his note; each refusal is undone on screen at once with its reason.
import { describe, expect, it, onTestFinished } from 'vitest';
import { openProfile, withTwoAgents } from '../../../tests/fixtures/services.ts';

const world = withTwoAgents();
// "Cuarto reclamo: mudanza demorada, cargos indebidos": lucia's; mateo holds nothing of that customer.
const BILLING = 'case-038';
const db = () => world.sandbox.server.db;
const derivations = (caseId: string) =>
  db().prepare('SELECT by_agent, to_ref, note, state, answer, answered_by FROM derivations WHERE case_id = ? ORDER BY seq').all(caseId);
const logged = (mutationId: string) => db().prepare('SELECT status, reason FROM mutation_log WHERE mutation_id = ?').all(mutationId);
const serverCase = (id: string) => db().prepare('SELECT assigned_to, status, waiting_since FROM cases WHERE id = ?').get(id);
const summaryOf = (caseId: string, profile = world.lucia) => profile.services.store.cases.summary(caseId);

describe('deriving a case to an area', () => {
  it('derives offline, delivers once when back, reaches the area, and comes back to its agent with the area’s note', async () => {
    const before = serverCase(BILLING);
    expect(summaryOf(BILLING, world.mateo)).toBeUndefined();
    await world.sandbox.goOffline();
    const { mutationId, to } = world.lucia.services.commands.deriveCase('#1038', 'area:facturación', '¿Corresponde el cargo de la mudanza?');
    expect(to).toBe('area:facturacion');
    expect(summaryOf(BILLING)).toMatchObject({ derivation: { to: 'area:facturacion', state: 'derived', note: '¿Corresponde el cargo de la mudanza?' } });
    await expect(world.lucia.services.syncOnce()).rejects.toThrow(/Cannot reach/);
    await world.sandbox.restart();
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(derivations(BILLING)).toEqual([
      { by_agent: 'lucia', to_ref: 'area:facturacion', note: '¿Corresponde el cargo de la mudanza?', state: 'derived', answer: null, answered_by: null },
    ]);
    // The case stays lucia's and keeps waiting: its service-level clock is not paused.
    expect(serverCase(BILLING)).toEqual(before);
    expect(summaryOf(BILLING)).toMatchObject({ assignedTo: 'lucia', derivation: { state: 'derived' } });

    // mateo, Facturación's member, receives it with its thread, read-only, among the cases derived to him.
    await world.mateo.services.syncOnce();
    expect(summaryOf(BILLING, world.mateo)).toMatchObject({ assignedTo: 'lucia', derivation: { to: 'area:facturacion', state: 'derived' } });
    expect(world.mateo.services.store.messages.thread(BILLING).length).toBeGreaterThan(0);
    expect(world.mateo.services.commands.derivedToMe().map((c) => c.id)).toEqual([BILLING]);
    expect(world.lucia.services.commands.derivedToMe()).toEqual([]);
    expect(world.mateo.services.store.cases.inbox('mateo').map((c) => c.id)).not.toContain(BILLING);

    const answer = world.mateo.services.commands.answerDerivation(BILLING, 'answered', 'Sí, corresponde: se bonifica en la próxima factura.');
    expect(summaryOf(BILLING, world.mateo)).toMatchObject({ derivation: { state: 'answered', note: 'Sí, corresponde: se bonifica en la próxima factura.' } });
    await world.mateo.services.syncOnce();
    expect(logged(answer.mutationId)).toEqual([{ status: 'applied', reason: null }]);
    await world.lucia.services.syncOnce();
    expect(summaryOf(BILLING)).toMatchObject({
      assignedTo: 'lucia', derivation: { to: 'area:facturacion', state: 'answered', note: 'Sí, corresponde: se bonifica en la próxima factura.' },
    });
    expect(serverCase(BILLING)).toEqual(before);
    expect(world.mateo.services.commands.derivedToMe()).toEqual([]);

    // Answered, it may be derived again.
    world.lucia.services.commands.deriveCase(BILLING, 'mateo', 'Otra consulta');
    await world.lucia.services.syncOnce();
    expect(derivations(BILLING)).toHaveLength(2);
  });

  it('lets the area take the case over: it is reassigned to the member who took it', async () => {
    world.lucia.services.commands.deriveCase(BILLING, 'area:Facturacion', 'Mejor que lo siga Facturación');
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    world.mateo.services.commands.answerDerivation(BILLING, 'taken', '');
    await world.mateo.services.syncOnce();
    await world.mateo.services.syncOnce();
    expect(serverCase(BILLING)).toMatchObject({ assigned_to: 'mateo' });
    expect(derivations(BILLING)).toMatchObject([{ state: 'taken', answer: null, answered_by: 'mateo' }]);
    expect(summaryOf(BILLING, world.mateo)).toMatchObject({ assignedTo: 'mateo', derivation: { state: 'taken', note: 'Mejor que lo siga Facturación' } });
    expect(world.mateo.services.store.cases.inbox('mateo').map((c) => c.id)).toContain(BILLING);
    await world.lucia.services.syncOnce();
    // lucia's console: the case left her inbox and her cache, nothing refused, nothing derived to her.
    expect(summaryOf(BILLING)).toBeUndefined();
    expect(world.lucia.services.store.cases.inbox('lucia').map((c) => c.id)).not.toContain(BILLING);
    expect(world.lucia.services.commands.derivationView(BILLING)).toBeNull();
    expect(world.lucia.services.commands.derivedToMe()).toEqual([]);
    expect(world.lucia.services.store.outbox.list('rejected')).toEqual([]);
    expect(world.lucia.services.store.outbox.list('pending')).toEqual([]);
  });

  it('lets the area return it without an answer: back with its agent', async () => {
    world.lucia.services.commands.deriveCase(BILLING, 'area:facturacion', 'Consulta');
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    world.mateo.services.commands.answerDerivation(BILLING, 'returned', '');
    await world.mateo.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(summaryOf(BILLING)).toMatchObject({ assignedTo: 'lucia', derivation: { state: 'returned', note: 'Consulta' } });
  });

  it('refuses before queueing what the console can tell', async () => {
    const { commands } = world.lucia.services;
    expect(() => commands.deriveCase(BILLING, 'area:cocina', 'nota')).toThrow(expect.objectContaining({ code: 'unknown_area', message: expect.stringContaining('Facturación') }));
    expect(() => commands.deriveCase(BILLING, 'area:facturacion', '  ')).toThrow(expect.objectContaining({ code: 'invalid_derivation' }));
    expect(() => commands.deriveCase(BILLING, 'lucia', 'a mí')).toThrow(expect.objectContaining({ code: 'no_recipient' }));
    // A person the directory does not have, or an area's name typed as a person: nothing queued.
    expect(() => commands.deriveCase(BILLING, 'mateoo', 'nota')).toThrow(expect.objectContaining({ code: 'unknown_agent', message: expect.stringContaining('mateoo') }));
    expect(() => commands.deriveCase(BILLING, 'Facturación', 'nota')).toThrow(expect.objectContaining({ code: 'unknown_agent', message: expect.stringContaining('area:facturacion') }));
    expect(() => commands.deriveCase(BILLING, 'agent:diego', 'nota')).toThrow(expect.objectContaining({ code: 'no_recipient' }));
    expect(world.lucia.services.store.outbox.list('pending')).toEqual([]);
    expect(() => world.mateo.services.commands.deriveCase('case-051', 'area:facturacion', 'nota')).toThrow(expect.objectContaining({ code: 'not_assigned' }));
    expect(() => commands.answerDerivation(BILLING, 'answered', 'nota')).toThrow(expect.objectContaining({ code: 'not_derived' }));
    commands.deriveCase(BILLING, 'area:tecnica', 'Revisar');
    expect(() => commands.deriveCase(BILLING, 'area:facturacion', 'otra')).toThrow(expect.objectContaining({ code: 'already_derived' }));
    expect(() => commands.answerDerivation(BILLING, 'answered', 'yo misma')).toThrow(expect.objectContaining({ code: 'not_in_area' }));
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    // Técnica is joaquin's: mateo never receives the case, and could not answer it.
    expect(summaryOf(BILLING, world.mateo)).toBeUndefined();
    expect(world.lucia.services.store.outbox.list('pending')).toEqual([]);
  });
});

/** Another console signed in to the same sandbox, closed after the test. */
async function another(username: string) {
  const profile = await openProfile(world.sandbox, `${world.dir.path}/${username}-2`, username);
  onTestFinished(() => profile.services.close());
  await profile.services.syncOnce();
  return profile;
}
const routingWith = (facturacion: string[]) => world.sandbox.control('POST', '/v1/sandbox/settings', {
  id: 'routing', value: { teams: [{ id: 'facturacion', name: 'Facturación', kind: 'area', members: facturacion }], rules: [{ kind: 'load' }] },
});

describe('the people fixed when it was derived', () => {
  it('stay the ones who answer it after the area’s members change', async () => {
    world.lucia.services.commands.deriveCase(BILLING, 'area:facturacion', 'Consulta');
    await world.lucia.services.syncOnce();
    await routingWith(['joaquin']);
    await world.mateo.services.syncOnce();
    expect(summaryOf(BILLING, world.mateo)).toMatchObject({ derivation: { by: 'lucia', recipients: ['mateo'] } });
    expect(world.mateo.services.commands.derivedToMe().map((c) => c.id)).toEqual([BILLING]);
    expect(world.mateo.services.commands.derivationView(BILLING)).toMatchObject({ canAnswer: true });
    const { mutationId } = world.mateo.services.commands.answerDerivation(BILLING, 'answered', 'Ya está');
    await world.mateo.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
  });

  it('a case reassigned to the person it was derived to: taken by them, who may derive it again', async () => {
    const sofia = await another('sofia');
    world.lucia.services.commands.deriveCase(BILLING, 'agent:mateo', 'Consulta');
    await world.lucia.services.syncOnce();
    await sofia.services.syncOnce();
    sofia.services.commands.reassignCase(BILLING, 'mateo', 'supervisor');
    await sofia.services.syncOnce();
    expect(derivations(BILLING)).toMatchObject([{ state: 'taken', answered_by: 'mateo' }]);
    await world.mateo.services.syncOnce();
    expect(summaryOf(BILLING, world.mateo)).toMatchObject({ assignedTo: 'mateo', derivation: { state: 'taken' } });
    expect(world.mateo.services.commands.derivedToMe()).toEqual([]);
    const { mutationId } = world.mateo.services.commands.deriveCase(BILLING, 'lucia', 'De vuelta a soporte');
    await world.mateo.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
  });

  it('a case reassigned to someone else: given back, and the new agent may derive it', async () => {
    const sofia = await another('sofia');
    world.lucia.services.commands.deriveCase(BILLING, 'area:facturacion', 'Consulta');
    await world.lucia.services.syncOnce();
    await sofia.services.syncOnce();
    sofia.services.commands.reassignCase(BILLING, 'camila', 'supervisor');
    await sofia.services.syncOnce();
    expect(derivations(BILLING)).toMatchObject([{ state: 'returned' }]);
    const camila = await another('camila');
    expect(summaryOf(BILLING, camila)).toMatchObject({ assignedTo: 'camila', derivation: { state: 'returned' } });
    const { mutationId } = camila.services.commands.deriveCase(BILLING, 'area:facturacion', 'Otra vez');
    await camila.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
  });

  it('lets the deriving agent withdraw it (returned), and only that', async () => {
    world.lucia.services.commands.deriveCase(BILLING, 'area:facturacion', 'Consulta');
    await world.lucia.services.syncOnce();
    expect(() => world.lucia.services.commands.answerDerivation(BILLING, 'answered', 'yo misma')).toThrow(expect.objectContaining({ code: 'not_in_area' }));
    expect(world.lucia.services.commands.derivationView(BILLING)).toMatchObject({ canAnswer: false, canWithdraw: true });
    const { mutationId } = world.lucia.services.commands.answerDerivation(BILLING, 'returned', '');
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(derivations(BILLING)).toMatchObject([{ state: 'returned', answered_by: 'lucia' }]);
    expect(summaryOf(BILLING)).toMatchObject({ derivation: { state: 'returned', note: 'Consulta' } });
  });
});

describe('refusals of the server, undone at once', () => {

  it('an area the server no longer has: unknown_area', async () => {
    const { mutationId } = world.lucia.services.commands.deriveCase(BILLING, 'area:tecnica', 'Consulta');
    expect(summaryOf(BILLING)).toMatchObject({ derivation: { state: 'derived' } });
    await routingWith(['mateo']);
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'rejected', reason: 'unknown_area' }]);
    expect(world.lucia.services.store.outbox.list('rejected')).toMatchObject([{ name: 'derive_case', reason: 'unknown_area' }]);
    expect(summaryOf(BILLING)).toMatchObject({ derivation: null });
    expect(derivations(BILLING)).toEqual([]);
  });

  it('an area left with no member but the agent: no_recipient, worded as a derivation’s', async () => {
    const { mutationId } = world.lucia.services.commands.deriveCase(BILLING, 'area:facturacion', 'Consulta');
    await routingWith(['lucia']);
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'rejected', reason: 'no_recipient' }]);
    expect(summaryOf(BILLING)).toMatchObject({ derivation: null });
    // Nor is it offered any more: its only member is lucia.
    expect(world.lucia.services.commands.derivationOptions().areas).toEqual([]);
    expect(() => world.lucia.services.commands.deriveCase(BILLING, 'area:facturacion', 'Consulta')).toThrow(expect.objectContaining({ code: 'no_recipient' }));
  });

  it('a case reassigned meanwhile: not_assigned', async () => {
    const { mutationId } = world.lucia.services.commands.deriveCase(BILLING, 'area:facturacion', 'Consulta');
    db().prepare("UPDATE cases SET assigned_to = 'camila' WHERE id = ?").run(BILLING);
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'conflict', reason: 'not_assigned' }]);
    expect(derivations(BILLING)).toEqual([]);
    expect(summaryOf(BILLING)?.derivation ?? null).toBeNull();
  });

  it('a derivation another console of the agent sent first: already_derived, and the first one shows', async () => {
    const laptop = await another('lucia');
    laptop.services.commands.deriveCase(BILLING, 'area:facturacion', 'Primera');
    const { mutationId } = world.lucia.services.commands.deriveCase(BILLING, 'agent:mateo', 'Segunda');
    await laptop.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'conflict', reason: 'already_derived' }]);
    expect(summaryOf(BILLING)).toMatchObject({ derivation: { to: 'area:facturacion', state: 'derived', note: 'Primera' } });
    expect(derivations(BILLING)).toHaveLength(1);
  });

  it('an answer after another member answered: not_derived, and the other answer shows', async () => {
    // case-051 (lucia's): mateo holds case-052 of the same customer, so he keeps it as history.
    const HISTORY = 'case-051';
    await routingWith(['mateo', 'joaquin']);
    const joaquin = await another('joaquin');
    await world.mateo.services.syncOnce();
    await world.lucia.services.syncOnce();
    world.lucia.services.commands.deriveCase(HISTORY, 'area:facturacion', 'Consulta');
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    await joaquin.services.syncOnce();
    joaquin.services.commands.answerDerivation(HISTORY, 'answered', 'Respondida por joaquin');
    const { mutationId } = world.mateo.services.commands.answerDerivation(HISTORY, 'taken', '');
    await joaquin.services.syncOnce();
    await world.mateo.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'conflict', reason: 'not_derived' }]);
    expect(summaryOf(HISTORY, world.mateo)).toMatchObject({ assignedTo: 'lucia', derivation: { state: 'answered', note: 'Respondida por joaquin' } });
    expect(serverCase(HISTORY)).toMatchObject({ assigned_to: 'lucia' });
  });

  it('a member who did not answer loses the case once another did; the one who answered keeps it', async () => {
    await routingWith(['mateo', 'joaquin']);
    const joaquin = await another('joaquin');
    world.lucia.services.commands.deriveCase(BILLING, 'area:facturacion', 'Consulta');
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    expect(summaryOf(BILLING, world.mateo)).toMatchObject({ derivation: { state: 'derived' } });
    await joaquin.services.syncOnce();
    joaquin.services.commands.answerDerivation(BILLING, 'answered', 'Respondida por joaquin');
    await joaquin.services.syncOnce();
    await joaquin.services.syncOnce();
    await world.mateo.services.syncOnce();
    // mateo's console gets a del for the case (and the customer he held only through it).
    expect(summaryOf(BILLING, world.mateo)).toBeUndefined();
    expect(world.mateo.services.store.messages.thread(BILLING)).toEqual([]);
    expect(summaryOf(BILLING, joaquin)).toMatchObject({ derivation: { state: 'answered' } });
    // Derived to him again, it comes back.
    await world.lucia.services.syncOnce();
    world.lucia.services.commands.deriveCase(BILLING, 'agent:mateo', 'Otra consulta');
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    expect(world.mateo.services.commands.derivedToMe().map((c) => c.id)).toEqual([BILLING]);
  });

  it('an answer by someone who joined the area after the case was derived: not_in_area', async () => {
    // case-051 (billing, lucia's): mateo holds case-052 of the same customer, so he sees it as history.
    const HISTORY = 'case-051';
    await routingWith(['joaquin']);
    await world.lucia.services.syncOnce();
    world.lucia.services.commands.deriveCase(HISTORY, 'area:facturacion', 'Consulta');
    await world.lucia.services.syncOnce();
    await routingWith(['joaquin', 'mateo']);
    await world.mateo.services.syncOnce();
    expect(summaryOf(HISTORY, world.mateo)).toMatchObject({ derivation: { state: 'derived', recipients: ['joaquin'] } });
    // The console knows whom it was derived to: refused before anything is queued.
    expect(() => world.mateo.services.commands.answerDerivation(HISTORY, 'taken', '')).toThrow(expect.objectContaining({ code: 'not_in_area' }));
    expect(world.mateo.services.store.outbox.list('pending')).toEqual([]);
    // A console whose copy says otherwise (edited here) is refused by the server, and undone on screen.
    world.mateo.services.store.db.prepare(`UPDATE cases SET derivation = json_set(derivation, '$.recipients', json('["joaquin","mateo"]')) WHERE id = ?`)
      .run(HISTORY);
    const { mutationId } = world.mateo.services.commands.answerDerivation(HISTORY, 'taken', '');
    expect(summaryOf(HISTORY, world.mateo)).toMatchObject({ derivation: { state: 'taken' } });
    await world.mateo.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'rejected', reason: 'not_in_area' }]);
    expect(summaryOf(HISTORY, world.mateo)).toMatchObject({ assignedTo: 'lucia', derivation: { state: 'derived' } });
    expect(serverCase(HISTORY)).toMatchObject({ assigned_to: 'lucia' });
  });
});
