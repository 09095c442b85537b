// Checks the release feed (electron-builder.yml `publish`) once the console is up, downloads in
// the background and offers the update on the next quit. Only packaged builds update.
import { app } from 'electron';
import electronUpdater from 'electron-updater';

const SIX_HOURS = 6 * 60 * 60 * 1000;

export function startUpdates(onError: (message: string) => void): void {
  if (!app.isPackaged) return;
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoInstallOnAppQuit = true;
  const check = () => autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => onError(String(error)));
  void check();
  setInterval(() => void check(), SIX_HOURS).unref();
}
