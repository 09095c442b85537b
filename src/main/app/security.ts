// The Electron security checklist for every web contents: no new windows, no navigation away
// from the console, no webviews. External links go through the contract's openExternal.
import type { WebContents } from 'electron';

export function harden(contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
