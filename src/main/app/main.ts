// Electron glue: one hardened window showing the renderer, and the embedded training sandbox
// syncing in the background. The IPC contract and the profile chooser arrive with the console UI.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session, type WebContents } from 'electron';
import { openEmbeddedSandbox } from '../embedded-sandbox.ts';

const preload = join(import.meta.dirname, '../preload/index.cjs');
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
// electron-vite dev sets ELECTRON_RENDERER_URL; a packaged app never trusts it.
const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const entry = new URL(devUrl ?? pathToFileURL(rendererFile).href);

/** The renderer may only ever show itself: same origin in dev, the same file when built. */
function isAppUrl(target: string): boolean {
  try {
    const url = new URL(target);
    return entry.protocol === 'file:' ? url.protocol === 'file:' && url.pathname === entry.pathname : url.origin === entry.origin;
  } catch {
    return false;
  }
}

function harden(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Atiende',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(rendererFile);
  return win;
}

app.on('web-contents-created', (_event, contents) => harden(contents));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

await app.whenReady();
const sandbox = await openEmbeddedSandbox({
  profilesRoot: join(app.getPath('userData'), 'profiles'),
  scenarioDir: app.isPackaged ? join(process.resourcesPath, 'scenarios') : join(app.getAppPath(), 'resources', 'scenarios'),
});
app.on('will-quit', () => void sandbox.close());
session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
session.defaultSession.setPermissionCheckHandler(() => false);
createWindow();
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) createWindow();
});
