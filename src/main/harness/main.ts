// `npm run web -- [--port P] [--sandbox [--user U] | --server URL --user U [--password-stdin]]
//                 [--profile DIR | --home] [--stop-with-stdin]`
// The password comes from ATIENDE_PASSWORD or standard input, never the command line (ps shows it).
// Runs the console's services in Node and serves the built renderer to any browser.
// Profiles go to DIR, or with --home to $ATIENDE_HOME/profiles (the desktop app's, see home.ts),
// else to a fresh temporary folder. Without --sandbox or --server, the last profile reopens.
// With --home it keeps the port of its last run when free, so the page's origin, and with it the
// language, theme and dismissed notices the browser stores, stay the same from one start to the
// next. --stop-with-stdin (npm start) ends it when its launcher is gone, even killed outright.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { atiendeHome, profilesRootOf } from '../home.ts';
import { readStdin } from '../read-stdin.ts';
import { Harness } from './server.ts';

function profilesRoot(values: { profile?: string | undefined; home: boolean }): string {
  if (values.profile !== undefined && values.home) throw new Error('choose --profile DIR or --home, not both');
  if (values.profile !== undefined) return values.profile;
  // A throwaway run gets a throwaway home: its profiles, and key files where no keychain answers.
  return profilesRootOf(values.home ? atiendeHome() : mkdtempSync(join(tmpdir(), 'atiende-web-')));
}

/** Listens on the port of the last run under this profiles folder when it is free, else on any. */
async function listenOnLastPort(harness: Harness, root: string): Promise<string> {
  const file = join(root, 'browser-port');
  const last = Number(existsSync(file) ? readFileSync(file, 'utf8').trim() : '0');
  const url = await (Number.isInteger(last) && last > 0 ? harness.listen(last).catch(() => harness.listen(0)) : harness.listen(0));
  writeFileSync(file, new URL(url).port, { mode: 0o600 });
  return url;
}

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      sandbox: { type: 'boolean', default: false },
      server: { type: 'string' },
      user: { type: 'string' },
      // Accepted only to refuse it in words rather than as an unknown option.
      password: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      profile: { type: 'string' },
      home: { type: 'boolean', default: false },
      'stop-with-stdin': { type: 'boolean', default: false },
    },
  });
  if (values.user !== undefined && !values.sandbox && !values.server) throw new Error('--user goes with --sandbox or --server');
  if (values.password !== undefined) {
    throw new Error('--password is not accepted: a password on the command line shows in the process list. Set ATIENDE_PASSWORD or pipe it with --password-stdin');
  }
  if (values['password-stdin'] && values['stop-with-stdin']) throw new Error('choose --password-stdin or --stop-with-stdin: both read standard input');
  const root = profilesRoot(values);
  const harness = new Harness({
    profilesRoot: root,
    rendererDir: fileURLToPath(new URL('../../../out/renderer', import.meta.url)),
  });
  const url = values.home && values.port === '0' ? await listenOnLastPort(harness, root) : await harness.listen(Number(values.port));
  // A signal may arrive twice (from the terminal and from a launcher): close once.
  let closing: Promise<void> | null = null;
  const stop = () => {
    closing ??= harness.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (values['stop-with-stdin']) {
    process.stdin.on('end', stop);
    process.stdin.resume();
  }
  try {
    if (values.server) {
      const password = values['password-stdin'] ? await readStdin() : process.env.ATIENDE_PASSWORD;
      if (!values.user || !password) throw new Error('--server needs --user and a password: ATIENDE_PASSWORD or --password-stdin');
      await harness.controller.connect({ server: values.server, username: values.user, password });
    } else if (values.sandbox) {
      await harness.controller.openSandbox(values.user);
    } else {
      await harness.controller.resume();
    }
  } catch (error) {
    await harness.close();
    throw error;
  }
  process.stdout.write(`Atiende harness ready (profiles in ${root}). Open:\n${url}\n`);
} catch (error) {
  process.stderr.write(`web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
