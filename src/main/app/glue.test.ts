// The Electron glue with Electron mocked: the only layer that needs the binary is its smoke test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc.ts';
import type { Handlers } from '../ipc/handlers.ts';
import { registerIpc } from './ipc.ts';
import { APP_ORIGIN, isAppUrl, serveApp } from './protocol.ts';
import { harden } from './security.ts';
import { safeStorageProtection } from './key-protection.ts';
import { cacheKeys } from '../secrets/cache-keys.ts';
import { fileSecretStore } from '../secrets/file-store.ts';
import { DEFAULT_STATE, loadWindowState, saveWindowState } from './window-state.ts';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(),
  on: vi.fn(),
  removeListener: vi.fn(),
  // safeStorage as the OS offers it: sealed with a secret of "the system", or not at all.
  safeStorage: { available: true, backend: 'gnome_libsecret', system: 0x5a },
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
  safeStorage: {
    isAsyncEncryptionAvailable: () => Promise.resolve(electron.safeStorage.available),
    getSelectedStorageBackend: () => electron.safeStorage.backend,
    encryptStringAsync: (plain: string) => Promise.resolve(Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ electron.safeStorage.system))),
    decryptStringAsync: (sealed: Buffer) =>
      Promise.resolve({ shouldReEncrypt: false, result: Buffer.from(sealed.map((b) => b ^ electron.safeStorage.system)).toString('utf8') }),
  },
}));

describe('the preload', () => {
  it('exposes one function per operation and events, never ipcRenderer', async () => {
    await import('../../preload/index.ts');
    const api = electron.exposed.get('atiende') as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(api)).toContain('sendReply');
    expect(Object.keys(api)).toContain('onEvent');
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|invoke|send\b/);

    electron.invoke.mockResolvedValueOnce({ ok: true, value: ['case'] });
    await expect(api.listInbox!({})).resolves.toEqual({ ok: true, value: ['case'] });
    expect(electron.invoke).toHaveBeenCalledWith(IPC_INVOKE, 'listInbox', {});
    // Errors travel as data, so their code survives the context bridge.
    electron.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'no_profile', message: 'Choose a profile' } });
    await expect(api.getSession!({})).resolves.toEqual({ ok: false, error: { code: 'no_profile', message: 'Choose a profile' } });

    const unsubscribe = (api.onEvent as unknown as (l: () => void) => () => void)(() => undefined);
    expect(electron.on).toHaveBeenCalledWith(IPC_EVENT, expect.any(Function));
    unsubscribe();
    expect(electron.removeListener).toHaveBeenCalledWith(IPC_EVENT, electron.on.mock.calls[0]?.[1]);
  });
});

describe('IPC registration', () => {
  const handlers = { getSession: () => ({ profile: null, status: null, profiles: [] }) } as unknown as Handlers;
  const register = () => {
    let handler: ((event: unknown, op: unknown, input: unknown) => unknown) | undefined;
    registerIpc({ handle: (_channel: string, h: never) => (handler = h) }, handlers, isAppUrl);
    return handler!;
  };

  it('answers the console’s own page through dispatch', async () => {
    const handler = register();
    expect(await handler({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, 'getSession', {})).toEqual({
      ok: true, value: { profile: null, status: null, profiles: [] },
    });
  });

  it('refuses any other frame, whatever it asks', async () => {
    const handler = register();
    for (const url of ['https://evil.example.com/', 'file:///etc/passwd', 'app://atiende.evil/', '']) {
      expect(await handler({ senderFrame: { url } }, 'getSession', {})).toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
    }
    expect(await handler({ senderFrame: null }, 'getSession', {})).toMatchObject({ ok: false });
  });
});

describe('the app:// protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atiende-renderer-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Atiende</title>');

  it('serves the renderer with a CSP header', async () => {
    const response = await serveApp(new Request(`${APP_ORIGIN}/`), dir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await response.text()).toContain('Atiende');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/missing.js']) {
      expect((await serveApp(new Request(`${APP_ORIGIN}${path}`), dir)).status).toBe(404);
    }
  });
});

describe('hardening', () => {
  it('denies new windows and navigation away from the console', () => {
    const listeners: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
    let openHandler: (() => { action: string }) | undefined;
    harden({ setWindowOpenHandler: (h: never) => (openHandler = h), on: (name: string, l: never) => (listeners[name] = l) }, isAppUrl);
    expect(openHandler!()).toEqual({ action: 'deny' });
    const prevented = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners[name]!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://evil.example.com/')).toBe(true);
    expect(prevented('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(prevented('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-attach-webview', '')).toBe(true);
  });
});

describe('window state', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atiende-window-'));
  const display = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('restores the saved bounds, and falls back when damaged or off-screen', () => {
    const file = join(dir, 'state.json');
    saveWindowState(file, { x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(loadWindowState(file, display)).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: true });
    saveWindowState(file, { x: 5000, y: 50, width: 1400, height: 900, maximized: false });
    expect(loadWindowState(file, display)).toEqual(DEFAULT_STATE);
    writeFileSync(file, '{broken');
    expect(loadWindowState(file, display)).toEqual(DEFAULT_STATE);
  });
});

describe('safeStorage for cache keys', () => {
  const home = mkdtempSync(join(tmpdir(), 'atiende-keys-'));
  const profile = join(home, 'profiles', 'sandbox-default');
  const noKeychain = fileSecretStore(join(home, 'secrets.json'), 'test');

  it('seals the key file where no keychain answers, and opens it again', async () => {
    const { safeStorage } = await import('electron');
    const protection = await safeStorageProtection(safeStorage, 'linux');
    expect(protection).not.toBeNull();
    const keys = cacheKeys({ secrets: noKeychain, home, protection });
    expect(keys.place).toBe('safe_storage');
    const created = await keys.create(profile);
    expect(readFileSync(created.file!, 'utf8')).not.toContain(created.key.toString('hex'));
    expect(await keys.find(profile)).toEqual({ found: true, ...created });
  });

  it('is not used where it protects nothing: unavailable, or Linux’s basic_text', async () => {
    const { safeStorage } = await import('electron');
    electron.safeStorage.backend = 'basic_text';
    expect(await safeStorageProtection(safeStorage, 'linux')).toBeNull();
    expect(await safeStorageProtection(safeStorage, 'win32')).not.toBeNull();
    electron.safeStorage.available = false;
    expect(await safeStorageProtection(safeStorage, 'darwin')).toBeNull();
    expect(cacheKeys({ secrets: noKeychain, home, protection: await safeStorageProtection(safeStorage, 'darwin') }).place).toBe('file');
  });
});
