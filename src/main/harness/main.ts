// `npm run web -- [--port P] [--sandbox | --server URL --user U --password P] [--profile DIR]`
// Runs the console's services in Node and serves the built renderer to any browser.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Harness } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    sandbox: { type: 'boolean', default: false },
    server: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    profile: { type: 'string' },
  },
});

try {
  const harness = new Harness({
    profilesRoot: values.profile ?? mkdtempSync(join(tmpdir(), 'atiende-web-')),
    rendererDir: fileURLToPath(new URL('../../../out/renderer', import.meta.url)),
  });
  const url = await harness.listen(Number(values.port));
  if (values.server) {
    const password = values.password ?? process.env.ATIENDE_PASSWORD;
    if (!values.user || !password) throw new Error('--server needs --user and --password (or ATIENDE_PASSWORD)');
    await harness.controller.connect({ server: values.server, username: values.user, password });
  } else if (values.sandbox) {
    await harness.controller.openSandbox();
  } else {
    await harness.controller.resume();
  }
  process.stdout.write(`Atiende harness ready. Open:\n${url}\n`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
