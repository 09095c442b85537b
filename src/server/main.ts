// `npm run sandbox -- --port 4010 [--scenario NAME] [--cases N] [--data DIR]`
// A standalone sandbox central API, e.g. one for a whole training class.
import { parseArgs } from 'node:util';
import { keepOutOfGit } from '../node/data-dir.ts';
import { SandboxServer } from './server.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      scenario: { type: 'string', default: 'default' },
      cases: { type: 'string' },
      data: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, not "${values.port}"`);
  const cases = values.cases === undefined ? undefined : Number(values.cases);
  if (cases !== undefined && (!Number.isInteger(cases) || cases < 1)) throw new Error(`--cases must be a positive whole number`);
  if (values.data) keepOutOfGit(values.data);
  const sandbox = await SandboxServer.open({
    scenario: values.scenario,
    ...(cases === undefined ? {} : { cases }),
    ...(values.data ? { dataDir: values.data } : {}),
  });
  const url = await sandbox.listen(port, values.host);
  process.stdout.write(`Atiende sandbox listening on ${url}\n`);
  process.stdout.write('Users: lucia, mateo (agents), sofia (supervisor), diego (trainer); password "sandbox"\n');
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
