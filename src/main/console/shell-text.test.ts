// What main shows outside the window speaks the console's language: the one the agent picked in
// the window (remembered for the next start), else the OS's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAIN_STRINGS } from '../../shared/i18n/main.ts';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { createHandlers } from '../ipc/handlers.ts';
import { ConsoleController } from './controller.ts';
import type { CaseNotice } from './notifier.ts';
import { notificationText, trayText } from './shell-text.ts';

const notice = (kind: CaseNotice['kind']): CaseNotice =>
  ({ caseId: 'c1', kind, caseNumber: 1042, customerName: 'Ana <b>Gómez</b>', subject: 'Sin internet & sin TV', hidden: false });

describe('tray and notification labels', () => {
  it('speak Spanish', () => {
    expect(trayText('es')).toEqual({ tooltip: 'Atiende', open: 'Abrir Atiende', syncNow: 'Sincronizar ahora', quit: 'Salir' });
    expect(notificationText(notice('new_case'), 'es').title).toBe('Caso nuevo #1042');
    expect(notificationText(notice('new_message'), 'es').title).toBe('Mensaje nuevo en #1042');
  });

  it('speak English', () => {
    expect(trayText('en')).toEqual({ tooltip: 'Atiende', open: 'Open Atiende', syncNow: 'Sync now', quit: 'Quit' });
    expect(notificationText(notice('new_case'), 'en').title).toBe('New case #1042');
    expect(notificationText(notice('new_message'), 'en').title).toBe('New message in #1042');
  });

  it('escape customer text for daemons that read markup', () => {
    expect(notificationText(notice('new_case'), 'en').body).toBe('\u2068Ana &lt;b>Gómez&lt;/b>\u2069: \u2068Sin internet &amp; sin TV\u2069');
  });

  it('isolate the customer’s name and subject for bidi, without their overrides', () => {
    const spoof = { ...notice('new_message'), customerName: 'مريم \u202e', subject: '\u202egnp.exe\u202c' };
    const { body } = notificationText(spoof, 'es');
    expect(body).toBe('\u2068مريم \u2069: \u2068gnp.exe\u2069');
    expect(body).not.toMatch(/[\u202a-\u202e]/);
  });

  it('show only the case number when the profile hides customers from notifications', () => {
    const hidden: CaseNotice = { caseId: 'c1', kind: 'new_message', caseNumber: 1042, customerName: '', subject: '', hidden: true };
    expect(notificationText(hidden, 'es')).toEqual({ title: 'Mensaje nuevo en #1042', body: 'Abrí Atiende para leerlo.' });
    expect(notificationText(hidden, 'en')).toEqual({ title: 'New message in #1042', body: 'Open Atiende to read it.' });
  });

  it('have every key in both languages', () => {
    const keys = (tree: object, prefix = ''): string[] => Object.entries(tree).flatMap(([k, v]) =>
      (typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
    expect(keys(MAIN_STRINGS.en).sort()).toEqual(keys(MAIN_STRINGS.es).sort());
  });
});

describe('main’s language', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('follows the OS until the agent picks one in the window, then keeps that choice across starts', async () => {
    const heard: string[] = [];
    const first = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined, osLocale: 'es-AR', onLanguage: (l) => heard.push(l) });
    expect(first.language).toBe('es');
    const handlers = createHandlers(first, { openUrl: () => undefined });
    expect(await dispatch(handlers, 'setLanguage', { language: 'en' })).toEqual({ ok: true, value: null });
    expect(first.language).toBe('en');
    expect(heard).toEqual(['en']);
    expect((await dispatch(handlers, 'setLanguage', { language: 'fr' })).ok).toBe(false);
    await first.close();

    const next = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined, osLocale: 'es-AR' });
    expect(next.language).toBe('en');
    expect(trayText(next.language).open).toBe('Open Atiende');
    await next.close();
  });

  it('is English on a non-Spanish OS with no choice saved', async () => {
    const controller = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined, osLocale: 'pt-BR' });
    expect(controller.language).toBe('en');
    await controller.close();
  });
});
