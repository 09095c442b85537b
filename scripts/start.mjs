// @ts-check
// `npm start [-- --no-open]`: the console in one command, on any Node ≥ 20 and any system.
//  1. Finds Node 24: the system's when new enough, else tools/node24's (installed from the npm
//     registry on first use).
//  2. Builds the console when out/ is missing or older than a source (electron-vite build, a few
//     seconds), so a fresh clone or a pull needs nothing else.
//  3. Makes sure Electron's binary is there, running Electron's own installer when it is not.
//  4. Opens the desktop console (electron-vite preview). Where the binary cannot be had (no
//     internet), it says why in one line and serves the same console to the browser instead
//     (the browser harness), printing its address on a line of its own and opening the system
//     browser where there is a display; --no-open or BROWSER=none leave that to you.
// Profiles live in $ATIENDE_HOME/profiles in both cases. ATIENDE_HOME is by default the desktop
// app's own folder: ~/.config/Atiende on Linux ($XDG_CONFIG_HOME/Atiende when set),
// ~/Library/Application Support/Atiende on macOS, %APPDATA%\Atiende on Windows.
// Ctrl+C (SIGINT), SIGTERM or closing the terminal stop everything it started.
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openBrowser, shouldOpenBrowser } from './launcher/browser.mjs';
import { buildIsStale } from './launcher/build.mjs';
import { start, stopChildrenOnSignals, stopping } from './launcher/children.mjs';
import { electronBinary, installElectron } from './launcher/electron.mjs';
import { LauncherError } from './launcher/launcher-error.mjs';
import { ensureNode24 } from './launcher/node24.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);

function options() {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--no-open');
  if (unknown.length > 0) throw new LauncherError(`unknown option ${unknown.join(' ')} (npm start takes only --no-open)`);
  return { noOpen: args.includes('--no-open') };
}

/**
 * The browser harness on this computer's profiles; answers its exit code.
 * @param {string} node
 * @param {boolean} noOpen
 */
async function serveToBrowser(node, noOpen) {
  // Its input is a pipe from here: when the launcher is gone, even killed, the console closes too.
  const harness = start(node, [join(root, 'src', 'main', 'harness', 'main.ts'), '--home', '--stop-with-stdin'], {
    cwd: root, stdio: ['pipe', 'pipe', 'inherit'], ownGroup: true,
  });
  if (harness.child.stdout) {
    createInterface({ input: harness.child.stdout }).on('line', (line) => {
      if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(line)) return say(line);
      say(line);
      say('Keep this running while you work; Ctrl+C stops it.');
      if (shouldOpenBrowser({ noOpen, env: process.env, platform: process.platform })) openBrowser(line);
    });
  }
  return harness.exited;
}

async function main() {
  const { noOpen } = options();
  stopChildrenOnSignals();
  const node = ensureNode24(root, say);
  if (buildIsStale(root)) {
    say('Building the console…');
    const build = await start(node, [electronVite, 'build', '--logLevel', 'warn'], { cwd: root, ownGroup: true }).exited;
    if (stopping()) return build;
    if (build !== 0) throw new LauncherError('the console did not build (see above)');
  }
  if (electronBinary(root) === null) say('Downloading Electron for this computer (first start only, up to 5 minutes)…');
  const missing = await installElectron(root, node);
  if (stopping()) return 130;
  if (missing === null) return start(node, [electronVite, 'preview', '--skipBuild'], { cwd: root, ownGroup: true }).exited;
  say(`Electron could not be downloaded (${missing}), so the console opens in your browser instead.`);
  return serveToBrowser(node, noOpen);
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof LauncherError)) throw error;
  process.stderr.write(`atiende: ${error.message}\n`);
  process.exitCode = 1;
}
