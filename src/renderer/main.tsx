// The renderer's entry, kept small so that it runs at once: it asks main which profile is open and
// for the inbox's first rows, fetches the strings and React with the console's code, all at the
// same time, and renders once they are here. The first render can then be the console with its
// rows (one pass), not a loading line followed by a round trip per pane.
import { readSessionEarly } from './app/earlySession.ts';
import { readInboxEarly } from './features/inbox/index.ts';
import { startI18n } from './i18n/index.ts';
import { hasBridge } from './lib/bridge.ts';
import './ui/theme.css';
import './ui/base.css';
import './ui/layout.css';
import './ui/components.css';
import './ui/hours.css';
import './ui/qa-review.css';

/** How long the first render waits for the session once the rest is here; later, it shows the loading line. */
const SESSION_WAIT_MS = 250;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const session = hasBridge ? readSessionEarly() : Promise.resolve();
if (hasBridge) readInboxEarly();
const code = import('./app/mount.tsx');

Promise.all([code, startI18n()]).then(
  ([{ mount }]) => Promise.race([session, new Promise((resolve) => setTimeout(resolve, SESSION_WAIT_MS))]).then(() => mount(container)),
  // Without its strings (or its code) the console cannot speak: say so in both languages, as plain text.
  (error: unknown) => {
    container.textContent = `Atiende no pudo cargar sus textos / could not load its texts: ${String(error)}`;
  },
);
