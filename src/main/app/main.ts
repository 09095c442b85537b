// Electron glue, kept thin: the window, the app:// protocol, IPC, tray and notifications.
// Everything it drives (ConsoleController, handlers, dispatch) runs and is tested without it.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, nativeImage, Notification, protocol, safeStorage, screen, session, shell, Tray } from 'electron';
import { IPC_EVENT } from '../../shared/ipc.ts';
import type { AppEvent } from '../../shared/events.ts';
import { ConsoleController } from '../console/controller.ts';
import type { CaseNotice } from '../console/notifier.ts';
import { notificationText, trayText } from '../console/shell-text.ts';
import type { MainLanguage } from '../../shared/i18n/main.ts';
import { atiendeHome, profilesRootOf } from '../home.ts';
import { createHandlers } from '../ipc/handlers.ts';
import { registerIpc } from './ipc.ts';
import { APP_ORIGIN, APP_SCHEME, isAppUrl, serveApp } from './protocol.ts';
import { installKeyProtection } from '../secrets/cache-keys.ts';
import { safeStorageProtection } from './key-protection.ts';
import { harden } from './security.ts';
import { startUpdates } from './updater.ts';
import { loadWindowState, saveWindowState } from './window-state.ts';

const rendererDir = join(import.meta.dirname, '../renderer');
const preload = join(import.meta.dirname, '../preload/index.cjs');
const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
const stateFile = () => join(app.getPath('userData'), 'window-state.json');

// codeCache: V8 keeps the renderer's compiled code between launches, as it does for http(s), so a
// window after the first does not compile its scripts again (Electron ≥ 28; needs standard).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);

let window: BrowserWindow | null = null;
let quitting = false;

function send(event: AppEvent): void {
  window?.webContents.send(IPC_EVENT, event);
}

function notify(notice: CaseNotice): void {
  if (!Notification.isSupported() || window?.isFocused()) return;
  const shown = new Notification(notificationText(notice, controller.language));
  shown.on('click', () => {
    showWindow();
    send({ type: 'open-case', caseId: notice.caseId });
  });
  shown.show();
}

function showWindow(): void {
  if (!window) window = createWindow();
  window.show();
  window.focus();
}

function createWindow(): BrowserWindow {
  const state = loadWindowState(stateFile(), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...state, minWidth: 960, minHeight: 600, title: 'Atiende', show: false,
    webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    saveWindowState(stateFile(), { ...win.getNormalBounds(), maximized: win.isMaximized() });
    // Closing hides to the tray: the console keeps syncing until the agent quits.
    if (!quitting) {
      event.preventDefault();
      win.hide();
    }
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function createTray(): Tray {
  const created = new Tray(nativeImage.createFromPath(join(resources, 'icons', 'tray.png')));
  labelTray(created, controller.language);
  created.on('click', showWindow);
  return created;
}

// The tray speaks the window's language, and follows it when the agent switches.
function labelTray(tray: Tray, language: MainLanguage): void {
  const text = trayText(language);
  tray.setToolTip(text.tooltip);
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: text.open, click: showWindow },
      { label: text.syncNow, click: () => controller.syncNow() },
      { type: 'separator' },
      { label: text.quit, click: () => app.quit() },
    ]),
  );
}

// A second instance would open the same profile's database: it hands over and exits at once.
if (!app.requestSingleInstanceLock()) app.exit(0);
app.on('second-instance', showWindow);
app.on('web-contents-created', (_event, contents) => harden(contents, isAppUrl));
app.on('before-quit', () => {
  quitting = true;
});

await app.whenReady();
// Every permission is denied except writing to the clipboard ("Copy text" of a refused reply).
const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowed(permission)));
session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed(permission));
protocol.handle(APP_SCHEME, (request) => serveApp(request, rendererDir));
// Where no keychain answers, cache keys are sealed by safeStorage (usable once the app is ready).
installKeyProtection(await safeStorageProtection(safeStorage));

let tray: Tray | null = null;
const controller = new ConsoleController({
  // $ATIENDE_HOME when set, as the CLI and the browser console of `npm start` read it.
  profilesRoot: profilesRootOf(atiendeHome(process.env, () => app.getPath('userData'))),
  scenarioDir: join(resources, 'scenarios'),
  emit: send,
  notify,
  osLocale: app.getLocale(),
  onLanguage: (language) => {
    if (tray) labelTray(tray, language);
  },
});
registerIpc(ipcMain, createHandlers(controller, { openUrl: (url) => void shell.openExternal(url) }), isAppUrl);
// A profile that cannot open (damaged, keychain locked) must not keep the window from showing:
// the first-run screen lets the agent pick another way in.
await controller.resume().catch((error: unknown) => process.stderr.write(`could not reopen the last profile: ${String(error)}\n`));
tray = createTray();
showWindow();
// An unreachable update feed (offline laptop) is not the agent's problem: it is only logged.
startUpdates((message) => process.stderr.write(`update check failed: ${message}\n`));
app.on('activate', showWindow);
app.on('will-quit', () => void controller.close());
