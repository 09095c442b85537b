// `npm run sandbox -- --port 4010 [--host H] [--scenario NAME] [--cases N] [--data DIR]
//                    [--tls-cert FILE --tls-key FILE] [--access-hours N] [--refresh-days N]
//                    [--overflow-seconds N]`
// A standalone sandbox central API, e.g. one for a whole training class.
// `npm run sandbox -- new-epoch --data DIR`: after restoring DIR from a backup (sandbox stopped).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { keepOutOfGit } from '../node/data-dir.ts';
import { ROLES } from '../shared/domain.ts';
import { renewEpoch } from './epoch.ts';
import { loadScenario } from './scenario.ts';
import { SANDBOX_PASSWORD } from './sandbox/seed.ts';
import { SandboxServer } from './server.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      scenario: { type: 'string', default: 'default' },
      cases: { type: 'string' },
      data: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'access-hours': { type: 'string' },
      'refresh-days': { type: 'string' },
      /** How often overflow is applied by real time; 0 turns the timer off. */
      'overflow-seconds': { type: 'string' },
    },
  });
  if (positionals.length > 0) return admin(positionals, values.data);
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined)) throw new Error('--tls-cert and --tls-key go together');
  const tls = values['tls-cert'] && values['tls-key'] ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) } : undefined;
  const lifetime = (name: 'access-hours' | 'refresh-days', unitMs: number): number | undefined => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const amount = Number(raw);
    if (!(amount > 0)) throw new Error(`--${name} must be a positive number, not "${raw}"`);
    return amount * unitMs;
  };
  const accessMs = lifetime('access-hours', 3600_000);
  const refreshMs = lifetime('refresh-days', 24 * 3600_000);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, not "${values.port}"`);
  const cases = values.cases === undefined ? undefined : Number(values.cases);
  if (cases !== undefined && (!Number.isInteger(cases) || cases < 1)) throw new Error(`--cases must be a positive whole number`);
  const overflowSeconds = values['overflow-seconds'] === undefined ? undefined : Number(values['overflow-seconds']);
  if (overflowSeconds !== undefined && !(overflowSeconds >= 0)) throw new Error(`--overflow-seconds must be 0 (off) or more, not "${values['overflow-seconds']}"`);
  if (values.data) keepOutOfGit(values.data);
  const sandbox = await SandboxServer.open({
    scenario: values.scenario,
    ...(cases === undefined ? {} : { cases }),
    ...(values.data ? { dataDir: values.data } : {}),
    ...(tls ? { tls } : {}),
    ...(overflowSeconds === undefined ? {} : { overflow: { everyMs: overflowSeconds * 1000 } }),
    sessions: { ...(accessMs === undefined ? {} : { accessMs }), ...(refreshMs === undefined ? {} : { refreshMs }) },
  });
  const url = await sandbox.listen(port, values.host);
  process.stdout.write(`Atiende sandbox listening on ${url}\n`);
  process.stdout.write(`Users: ${usersOf(values.scenario)}; password "${SANDBOX_PASSWORD}"\n`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The scenario's users by role, e.g. "lucia, mateo (agent), sofia (supervisor)". */
function usersOf(scenario: string): string {
  const users = loadScenario(scenario).users;
  return ROLES.flatMap((role) => {
    const names = users.filter((u) => u.role === role).map((u) => u.username);
    return names.length === 0 ? [] : [`${names.join(', ')} (${role})`];
  }).join(', ');
}

/** Administrators' commands on a stopped sandbox's data folder. */
async function admin([command, ...rest]: string[], data: string | undefined): Promise<void> {
  if (command !== 'new-epoch' || rest.length > 0) throw new Error(`Unknown command "${[command, ...rest].join(' ')}": the only one is new-epoch`);
  if (!data) throw new Error('new-epoch needs --data DIR, the restored sandbox\'s data folder');
  const { from, to } = await renewEpoch(data);
  process.stdout.write(`New epoch ${to} (was ${from ?? 'none'}): consoles resync, and their pushes from before the restore are never applied twice\n`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
