// The contract's operations end to end in Node: a standalone sandbox, the console controller
// and its handlers, as the window (or the harness) would call them.
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, Operation, Output } from '../../shared/contract.ts';
import type { AppEvent } from '../../shared/events.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';
import { waitFor } from '../../../tests/fixtures/wait.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { createHandlers, type Handlers } from '../ipc/handlers.ts';
import { ConsoleController } from './controller.ts';
import type { CaseNotice } from './notifier.ts';
import { profileFiles } from '../profiles.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let controller: ConsoleController;
let handlers: Handlers;
let events: AppEvent[];
let notices: CaseNotice[];
const opened: string[] = [];

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  events = [];
  notices = [];
  controller = new ConsoleController({ profilesRoot: dir.path, emit: (e) => events.push(e), notify: (n) => notices.push(n) });
  handlers = createHandlers(controller, { openUrl: (url) => opened.push(url), externalHosts: ['conecta.example.com'] });
});
afterEach(async () => {
  await controller.close();
  await sandbox.stop();
  dir.remove();
});

// One operation through the dispatch the IPC and the harness use, typed by the contract:
// a changed operation, input or output breaks these tests when they are typechecked.
const call = async <O extends Operation>(op: O, input: Input<O>): Promise<Output<O>> => {
  const result = await dispatch(handlers, op, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as Output<O>;
};
const connect = () => call('connect', { server: sandbox.url, username: 'lucia', password: 'sandbox' });
const synced = () => waitFor(() => controller.current.engine.status.lastSyncedAt !== null && controller.current.engine.status.state === 'idle', 'a sync');

describe('dispatch', () => {
  it('refuses unknown operations and invalid input with serialisable errors', async () => {
    expect(await dispatch(handlers, 'dropTables', {})).toEqual({ ok: false, error: { code: 'unknown_operation', message: 'Unknown operation "dropTables"' } });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await dispatch(handlers, 'sendReply', { caseId: 'x', text: '', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(handlers, 'listInbox', {})).toEqual({ ok: false, error: { code: 'no_profile', message: 'No profile is open: choose one first' } });
  });
});

describe('the console controller', () => {
  it('starts with no profile, then connects, lists the inbox and opens a case', async () => {
    expect(await call('getSession', {})).toMatchObject({ profile: null, profiles: [] });
    const session = await connect();
    // A standalone sandbox says so at sign-in: the profile is a training one (the banner), not the embedded sandbox.
    expect(session).toMatchObject({ profile: { username: 'lucia', sandbox: false, training: true, classTitle: null } });
    await synced();
    const inbox = await call('listInbox', { status: 'open', sort: 'waiting' });
    expect(inbox.length).toBeGreaterThan(0);
    expect(inbox.every((c) => c.status === 'open')).toBe(true);
    const detail = await call('getCase', { caseId: inbox[0]!.id });
    expect(detail!.messages.length).toBeGreaterThan(0);
    expect(inbox[0]!.unread).toBe(true);
    events.length = 0;
    await call('markRead', { caseId: inbox[0]!.id });
    const again = await call('listInbox', { status: 'open', sort: 'waiting' });
    expect(again.find((c) => c.id === inbox[0]!.id)?.unread).toBe(false);
    // Only the inbox's mark moved: the open case and what hangs on it are not read again.
    const changed = events.flatMap((e) => (e.type === 'changed' ? [e.entities] : []));
    expect(changed).toContainEqual(['case_read']);
    expect(changed.flat()).not.toContain('case');
  });

  it('answers a window on the inbox: the whole list’s ids in order and only the rows asked for', async () => {
    await connect();
    await synced();
    const word = (await call('listInbox', {}))[0]!.subject.split(' ')[0]!;
    for (const query of [{}, { sort: 'recent' as const }, { status: 'open' as const, sort: 'waiting' as const }, { search: word }]) {
      const whole = await call('listInbox', query);
      expect(whole.length).toBeGreaterThan(5);
      const window = await call('inboxWindow', { ...query, offset: 2, limit: 3 });
      expect(window.ids).toEqual(whole.map((c) => c.id));
      expect(window.offset).toBe(2);
      expect(window.rows).toEqual(whole.slice(2, 5));
    }
    // Past the end: every id, no rows; and the marks ride with the rows.
    const all = await call('inboxWindow', {});
    expect((await call('inboxWindow', { offset: all.ids.length })).rows).toEqual([]);
    await call('saveDraft', { caseId: all.ids[0]!, text: 'Hola' });
    expect((await call('inboxWindow', { limit: 1 })).rows[0]).toMatchObject({ id: all.ids[0], hasDraft: true });
    expect(await dispatch(handlers, 'inboxWindow', { limit: 501 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('keeps a draft per case with what it was made from, cleared by sending', async () => {
    await connect();
    await synced();
    const [first, second] = await call('listInbox', {});
    const draft = { text: 'Tu pedido [order_number] sale hoy', templates: [{ id: 'tpl-x', version: 3 }], articles: [], holes: ['[order_number]'] };
    await call('saveDraft', { caseId: first!.id, ...draft });
    await call('saveDraft', { caseId: second!.id, text: 'Hola, estoy revis' });
    expect(await call('getDraft', { caseId: first!.id })).toEqual(draft);
    expect(await call('getDraft', { caseId: second!.id })).toEqual({ text: 'Hola, estoy revis', templates: [], articles: [], holes: [] });
    await call('sendReply', { caseId: second!.id, text: 'Hola, estoy revisando tu caso.' });
    expect(await call('getDraft', { caseId: second!.id })).toEqual({ text: '', templates: [], articles: [], holes: [] });
  });

  it('marks the inbox rows that hold a draft, announcing only when a draft appears or goes', async () => {
    await connect();
    await synced();
    const [first] = await call('listInbox', {});
    expect(first!.hasDraft).toBe(false);
    const drafts = () => events.filter((e) => e.type === 'changed' && e.entities.includes('draft')).length;
    await call('saveDraft', { caseId: first!.id, text: 'Hola' });
    await call('saveDraft', { caseId: first!.id, text: 'Hola, ya' });
    expect(drafts()).toBe(1);
    const marked = await call('listInbox', {});
    expect(marked.find((c) => c.id === first!.id)?.hasDraft).toBe(true);
    await call('sendReply', { caseId: first!.id, text: 'Hola, ya lo reviso.' });
    expect(drafts()).toBe(2);
    const sent = await call('listInbox', {});
    expect(sent.find((c) => c.id === first!.id)?.hasDraft).toBe(false);
  });

  it('never rewrites a draft when the company edits a template in it; the reply records the version inserted', async () => {
    await connect();
    await synced();
    const [first] = await call('listInbox', {});
    const [used] = await call('findTemplates', { caseId: first!.id, query: 'saludo' });
    const draft = { text: `${used!.body} (ya insertada)`, templates: [{ id: used!.id, version: used!.version }], articles: [], holes: [] };
    await call('saveDraft', { caseId: first!.id, ...draft });

    const edited = await sandbox.control<{ version: number }>('POST', '/v1/sandbox/templates', {
      id: used!.id, title: used!.title, shortcut: used!.shortcut, language: 'es', channels: null, team: null, body: 'Texto nuevo de la empresa',
    });
    await controller.current.syncOnce();
    const latest = await call('findTemplates', { caseId: first!.id, query: used!.shortcut! });
    expect(latest.find((t) => t.id === used!.id)).toMatchObject({ version: edited.version, body: 'Texto nuevo de la empresa' });
    expect(await call('getDraft', { caseId: first!.id })).toEqual(draft);

    await call('sendReply', { caseId: first!.id, text: draft.text, templates: draft.templates });
    await controller.current.syncOnce();
    const sent = (await sandbox.outbound()).find((m) => m.text === draft.text) as { templates?: unknown } | undefined;
    expect(sent?.templates).toEqual([{ id: used!.id, version: used!.version }]);
  });

  it('searches the knowledge base, shows an article whole and counts the articles a reply used', async () => {
    await connect();
    await synced();
    const hits = await call('searchArticles', { query: 'facturacion' });
    expect(hits.map((h) => h.id)).toContain('kb-ciclos-facturacion');
    // FTS syntax typed by the agent is words, not an error (its pieces may still match by trigrams).
    await expect(call('searchArticles', { query: '"unbalanced AND (' })).resolves.toBeInstanceOf(Array);
    const article = await call('getArticle', { id: 'kb-ciclos-facturacion' });
    expect(article).toMatchObject({ url: 'https://conecta.example.com/ayuda/ciclos-facturacion', uses: 0 });
    expect(await call('getArticle', { id: 'no-such-article' })).toBeNull();

    const [first] = await call('listInbox', {});
    await call('sendReply', { caseId: first!.id, text: 'Texto desde artículo', articles: [{ id: 'kb-ciclos-facturacion', version: article!.version }] });
    await controller.current.syncOnce();
    const sent = (await sandbox.outbound()).find((m) => m.text === 'Texto desde artículo') as { articles?: unknown } | undefined;
    expect(sent?.articles).toEqual([{ id: 'kb-ciclos-facturacion', version: article!.version }]);
    expect(await call('getArticle', { id: 'kb-ciclos-facturacion' })).toMatchObject({ uses: 1 });
  });

  it('creates, edits and deletes the agent’s own templates, refusing company ones', async () => {
    await connect();
    await synced();
    const [first] = await call('listInbox', {});
    events.length = 0;
    const { templateId } = await call('saveTemplate', {
      title: 'Mi despedida', body: 'Saludos, {{agent.name}}', shortcut: 'Chau', language: 'es', channels: null,
    });
    expect(events).toContainEqual({ type: 'changed', entities: expect.arrayContaining(['template', 'outbox']) as unknown });
    const mine = await call('findTemplates', { caseId: first!.id, query: 'chau' });
    expect(mine[0]).toMatchObject({ id: templateId, personal: true, shortcut: 'chau' });
    await call('saveTemplate', { templateId, title: 'Mi despedida', body: 'Hasta pronto', shortcut: 'chau', language: 'es', channels: null });
    expect((await call('findTemplates', { caseId: first!.id, query: 'chau' }))[0]?.body).toBe('Hasta pronto');

    const company = (await call('findTemplates', { caseId: first!.id, query: 'saludo' }))[0]!;
    expect(company.personal).toBe(false);
    await expect(call('deleteTemplate', { templateId: company.id })).rejects.toMatchObject({ code: 'not_owner' });
    await expect(call('saveTemplate', { title: ' ', body: 'x', shortcut: null, language: 'es', channels: null })).rejects.toMatchObject({ code: 'invalid_input' });

    await call('deleteTemplate', { templateId });
    await controller.current.syncOnce();
    expect((await call('findTemplates', { caseId: first!.id, query: 'chau' })).map((t) => t.id)).not.toContain(templateId);
  });

  it('offers retry and dismiss for a refused reply, each taking the refused copy out of the thread', async () => {
    await connect();
    await synced();
    const [first, second] = await call('listInbox', {});
    const refuse = async (caseId: string, text: string) => {
      const { mutationId } = await call('sendReply', { caseId, text });
      // The server rejects it (as it would an empty reply from an older console).
      controller.current.store.db.prepare("UPDATE outbox SET args = json_set(args, '$.text', '') WHERE id = ?").run(mutationId);
      await controller.current.syncOnce();
      return mutationId;
    };
    const texts = async (caseId: string) => (await call('getCase', { caseId }))!.messages
      .filter((m) => m.text.startsWith('Texto'))
      .map((m) => ({ text: m.text, state: m.state }));

    const dismissed = await refuse(first!.id, 'Texto descartado');
    expect((await call('getCase', { caseId: first!.id }))!.mutations)
      .toMatchObject([{ id: dismissed, status: 'rejected' }]);
    await call('dismissMutation', { id: dismissed });
    expect((await call('getCase', { caseId: first!.id }))!.mutations).toEqual([]);
    expect(await texts(first!.id)).toEqual([]);

    const retried = await refuse(second!.id, 'Texto reintentado');
    controller.current.store.db.prepare("UPDATE outbox SET args = json_set(args, '$.text', 'Texto reintentado') WHERE id = ?").run(retried);
    await call('retryMutation', { id: retried });
    await expect(call('retryMutation', { id: retried })).rejects.toMatchObject({ code: 'not_refused' });
    await controller.current.syncOnce();
    expect(await texts(second!.id)).toEqual([{ text: 'Texto reintentado', state: 'sent' }]);
    expect((await sandbox.outbound()).filter((m) => m.text === 'Texto reintentado')).toHaveLength(1);
    await expect(call('retryMutation', { id: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_refused' });
  });

  it('finds templates for the case by shortcut or words, and records which one a reply used', async () => {
    await connect();
    await synced();
    const [first] = await call('listInbox', {});
    const found = await call('findTemplates', { caseId: first!.id, query: 'baja' });
    expect(found[0]?.shortcut).toMatch(/^baja/);
    // "baja" itself belongs to the retention team; lucia is in support.
    expect(found.map((t) => t.shortcut)).not.toContain('baja');
    const accentless = await call('findTemplates', { caseId: first!.id, query: 'retencion' });
    expect(accentless.length).toBeGreaterThan(0);
    // No case open: every usable template, none flagged for a channel.
    const all = await call('findTemplates', { query: '', limit: 500 });
    expect(all.length).toBeGreaterThan(found.length);
    expect(all.filter((t) => t.tooLong || t.otherChannel)).toEqual([]);
    expect(all.map((t) => t.shortcut)).toContain('fuerahorario');
    expect(await call('findTemplates', { caseId: 'no-such-case', query: '' })).toEqual([]);

    const used = found[0]!;
    await call('sendReply', { caseId: first!.id, text: 'Texto desde plantilla', templates: [{ id: used.id, version: used.version }] });
    await controller.current.syncOnce();
    const sent = (await sandbox.outbound()).find((m) => m.text === 'Texto desde plantilla') as { templates?: unknown } | undefined;
    expect(sent?.templates).toEqual([{ id: used.id, version: used.version }]);
    const uses = controller.current.store.db.prepare('SELECT uses FROM template_uses WHERE template_id = ?').get(used.id);
    expect(uses).toEqual({ uses: 1 });
  });

  it('suggests articles and templates from what the customer wrote last', async () => {
    await connect();
    await synced();
    // A case of its own: the inbox's first case depends on triage, and its earlier words would weigh in.
    const first = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'X', handle: 'x' }, assignTo: 'lucia',
      text: 'Quiero darme de BAJA del servicio, ¿cuál es el proceso de baja?',
    });
    await controller.current.syncOnce();
    const suggested = await call('suggestForCase', { caseId: first.caseId });
    expect(suggested.topic).toContain('baja');
    expect(suggested.articles.map((a) => a.id)).toContain('kb-baja-proceso');
    expect(suggested.templates.length).toBeGreaterThan(0);
  });

  it('notifies a new customer message on an assigned case, not the initial sync', async () => {
    await connect();
    await synced();
    expect(notices).toEqual([]);
    const [first] = await call('listInbox', {});
    // Noise is not work: a new case that only says "hola" stays quiet.
    await sandbox.control('POST', '/v1/sandbox/inbound', { channel: 'webchat', customer: { name: 'Y', handle: 'y' }, text: 'hola', assignTo: 'lucia' });
    await sandbox.control('POST', '/v1/sandbox/inbound', { channel: first!.channel, customer: { name: 'X', handle: 'x' }, text: '¿Novedades?', caseId: first!.id });
    await waitFor(() => notices.length > 0, 'a notice');
    expect(notices).toMatchObject([{ caseId: first!.id, kind: 'new_message' }]);
    expect(events.some((e) => e.type === 'changed')).toBe(true);
  });

  it('shows a customer’s profile, all their cases newest first and the agents’ notes; another agent’s case opens read-only', async () => {
    await connect();
    await synced();
    const profile = await call('getCustomer', { customerId: 'cus-ana-gomez' });
    expect(profile).toMatchObject({
      name: 'Ana Gómez', segment: 'high_value', followers: 1250, publicFigure: false, location: 'Córdoba, AR',
      influence: { level: 'low', reasons: [] },
      identities: [
        { channel: 'x_mention', handle: '@anagomez_cba', validated: true },
        { channel: 'x_dm', handle: '@anagomez_cba', validated: true },
        { channel: 'whatsapp', handle: '+54 9 351 555-0101', validated: true },
        { channel: 'email', handle: 'ana.gomez@example.com', validated: true },
      ],
    });
    expect(await call('getCustomer', { customerId: 'cus-nobody' })).toBeNull();
    expect(await call('getCustomer', { caseId: 'case-004' })).toEqual(profile);
    expect(await call('getCustomer', { caseId: 'case-nobody' })).toBeNull();

    const history = await call('customerHistory', { customerId: 'cus-ana-gomez' });
    expect(history.map((c) => c.id).sort()).toEqual(['case-001', 'case-002', 'case-003', 'case-004']);
    expect(history.map((c) => c.createdAt)).toEqual(history.map((c) => c.createdAt).sort().reverse());
    expect(history.find((c) => c.id === 'case-004')).toMatchObject({ mine: false, assignedTo: 'mateo', assigneeName: 'Mateo Rossi', status: 'resolved', channel: 'email' });
    expect(history.filter((c) => c.mine).map((c) => c.id).sort()).toEqual(['case-001', 'case-002', 'case-003']);
    expect(history.every((c) => c.summary.length > 0 && !c.summary.includes('\n'))).toBe(true);

    expect(await call('getCase', { caseId: 'case-004' })).toMatchObject({ readOnly: true, assigneeName: 'Mateo Rossi', case: { assignedTo: 'mateo' } });
    expect(await call('getCase', { caseId: 'case-001' })).toMatchObject({ readOnly: false, assigneeName: 'Lucía Fernández' });
    await expect(call('sendReply', { caseId: 'case-004', text: 'No me corresponde' })).rejects.toMatchObject({ code: 'not_assigned' });
    await expect(call('setStatus', { caseId: 'case-004', status: 'open' })).rejects.toMatchObject({ code: 'not_assigned' });
    expect(await call('listInbox', {})).not.toContainEqual(expect.objectContaining({ id: 'case-004' }));

    const { noteId } = await call('addCustomerNote', { customerId: 'cus-ana-gomez', text: 'Cliente de la fibra 600' });
    expect(await call('customerNotes', { customerId: 'cus-ana-gomez' })).toMatchObject([{ id: noteId, authorName: 'Lucía Fernández', state: 'pending' }]);
    await controller.current.syncOnce();
    expect(await call('customerNotes', { customerId: 'cus-ana-gomez' })).toMatchObject([{ id: noteId, state: 'saved' }]);
    expect(events).toContainEqual({ type: 'changed', entities: expect.arrayContaining(['customer_note']) });
  });

  it('raises no notice for a message on another agent’s case of the customer', async () => {
    await connect();
    await synced();
    await sandbox.control('POST', '/v1/sandbox/inbound', { channel: 'email', customer: { name: 'Ana Gómez', handle: 'x' }, text: 'Otra cosa', caseId: 'case-004' });
    await controller.current.syncOnce();
    expect((await call('getCase', { caseId: 'case-004' }))!.messages.at(-1)?.text).toBe('Otra cosa');
    expect(notices).toEqual([]);
  });

  it('opens only allow-listed https links', async () => {
    await connect();
    expect(await call('openExternal', { url: 'https://conecta.example.com/ayuda' })).toBe(true);
    expect(await call('openExternal', { url: 'http://conecta.example.com/ayuda' })).toBe(false);
    expect(await call('openExternal', { url: 'https://evil.example.com/' })).toBe(false);
    expect(await call('openExternal', { url: 'javascript:alert(1)' })).toBe(false);
    expect(opened).toEqual(['https://conecta.example.com/ayuda']);
  });

  it('remembers the profile for the next start, and signing out removes its data', async () => {
    await connect();
    await synced();
    await controller.close();
    const next = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined });
    expect(await next.resume()).toMatchObject({ profile: { username: 'lucia' } });
    expect(await next.signOut()).toMatchObject({ profile: null, profiles: [] });
    await next.close();
  });
});

const write = async (caseId: string, text: string) => {
  const found = await call('getCase', { caseId });
  await sandbox.control('POST', '/v1/sandbox/inbound', { channel: found!.case.channel, customer: { name: 'X', handle: 'x' }, text, caseId });
};

/** case-008: Carolina Paz, a journalist marked as a public figure; case-001: Ana Gómez, who is not. */
const PUBLIC_FIGURE_CASE = 'case-008';
const PLAIN_CASE = 'case-001';

describe('notification privacy', () => {
  it('hides public figures’ names and text by default, and everyone’s when the agent asks', async () => {
    await connect();
    await synced();
    expect(await call('getNotificationPrivacy', {})).toEqual({ hideAll: false, hidePublicFigures: true });
    await write(PUBLIC_FIGURE_CASE, '¿Tienen novedades del corte? Lo publico esta tarde');
    await write(PLAIN_CASE, '¿Novedades del técnico?');
    await controller.current.syncOnce();
    expect(notices.find((n) => n.caseId === PUBLIC_FIGURE_CASE)).toMatchObject({ hidden: true, customerName: '', subject: '' });
    expect(notices.find((n) => n.caseId === PLAIN_CASE)).toMatchObject({ hidden: false, customerName: 'Ana Gómez' });

    expect(await call('setNotificationPrivacy', { hideAll: true, hidePublicFigures: true })).toEqual({ hideAll: true, hidePublicFigures: true });
    notices = [];
    await write(PLAIN_CASE, '¿Siguen ahí?');
    await controller.current.syncOnce();
    expect(notices).toMatchObject([{ caseId: PLAIN_CASE, hidden: true, customerName: '', subject: '' }]);
    // Kept with the profile: the next start reads it back.
    await controller.close();
    await connect();
    expect(await call('getNotificationPrivacy', {})).toEqual({ hideAll: true, hidePublicFigures: true });
  });
});

describe('the offline limit', () => {
  it('locks when the server’s clock says the last contact is 14 days old, keeps the outbox, and delivers it once after signing in again', async () => {
    await connect();
    await synced();
    // The laptop's clock agrees with nothing: only the server's says 15 days went by.
    await sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() + 15 * 86_400_000).toISOString() });
    // Queued before the console learns it: the push it sets off asks the server's clock first.
    const queued = await call('sendReply', { caseId: PLAIN_CASE, text: 'Te escribo después de las vacaciones' });
    await waitFor(() => controller.session().status?.state === 'locked', 'the lock');

    expect((await call('getSession', {})).status).toMatchObject({ state: 'locked', pending: 1 });
    await expect(call('listInbox', {})).rejects.toMatchObject({ code: 'cache_locked' });
    await expect(call('getCase', { caseId: PLAIN_CASE })).rejects.toMatchObject({ code: 'cache_locked' });
    expect((await sandbox.outbound()).filter((m) => m.mutationId === queued.mutationId)).toEqual([]);

    // Restarting does not open it either.
    await controller.close();
    await call('switchProfile', { id: (await call('getSession', {})).profiles[0]!.id });
    await expect(call('listInbox', {})).rejects.toMatchObject({ code: 'cache_locked' });

    await connect();
    await synced();
    expect((await call('listInbox', {})).length).toBeGreaterThan(0);
    await controller.current.syncOnce();
    expect((await sandbox.outbound()).filter((m) => m.mutationId === queued.mutationId)).toHaveLength(1);
  });
});

// A console whose device an administrator revoked: the next sync wipes the profile, and the
// console goes back to its first run, ready for a sign-in, instead of keeping closed services
// that answer every call with a closed database.
describe('a revoked device', () => {
  it('is wiped and the console is back at its first run; signing in again works', async () => {
    await connect();
    await synced();
    const profileDir = controller.current.profileDir;
    const keys = controller.current.keys;
    expect(await keys.find(profileDir)).toMatchObject({ found: true });
    const [first] = await call('listInbox', {});
    await call('saveDraft', { caseId: first!.id, text: 'A medio escribir' });

    await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia' });
    await call('syncNow', {});
    await waitFor(() => events.find((e) => e.type === 'session'), 'the session to end');

    expect(events.find((e) => e.type === 'session')).toEqual({ type: 'session', ended: 'revoked' });
    expect(events.some((e) => e.type === 'sync' && e.status.state === 'revoked')).toBe(true);
    expect(await call('getSession', {})).toEqual({ profile: null, status: null, profiles: [] });
    for (const file of Object.values(profileFiles(profileDir))) expect(existsSync(file)).toBe(false);
    // The cache key went with the data: a copy of the old file opens for no one.
    expect(await keys.find(profileDir)).toEqual({ found: false, unavailable: null });
    expect(existsSync(keys.fileOf(profileDir))).toBe(false);
    // A call now says there is no profile, in words the window has a sentence for.
    await expect(call('listInbox', {})).rejects.toMatchObject({ code: 'no_profile' });
    await expect(call('getDraft', { caseId: first!.id })).rejects.toMatchObject({ code: 'no_profile' });

    // The next start opens on the first run too.
    const next = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined });
    expect(await next.resume()).toMatchObject({ profile: null, profiles: [] });
    await next.close();

    // The agent signs in again from the first run: a new cache, synced from scratch.
    expect(await connect()).toMatchObject({ profile: { username: 'lucia' } });
    await synced();
    expect((await call('listInbox', {})).length).toBeGreaterThan(0);
    expect(await call('getDraft', { caseId: first!.id })).toEqual({ text: '', templates: [], articles: [], holes: [] });
  });

  it('leaves another console of the same agent signed in when only one device is revoked', async () => {
    await connect();
    await synced();
    const otherDir = tempDir();
    const other = new ConsoleController({ profilesRoot: otherDir.path, emit: () => undefined });
    try {
      await other.connect({ server: sandbox.url, username: 'lucia', password: 'sandbox' });
      await waitFor(() => other.current.engine.status.lastSyncedAt !== null, 'the other console’s sync');
      await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia', deviceId: controller.current.engine.clientId });
      await call('syncNow', {});
      await waitFor(() => events.find((e) => e.type === 'session'), 'the session to end');
      expect((await call('getSession', {})).profile).toBeNull();
      await other.current.syncOnce();
      expect(other.session().profile).toMatchObject({ username: 'lucia' });
    } finally {
      await other.close();
      otherDir.remove();
    }
  });
});
