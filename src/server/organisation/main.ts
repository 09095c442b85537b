// The central API for an organisation, on PostgreSQL (docs/server.md):
//   npm run server -- --database postgres://… [--port 4020] [--host 127.0.0.1]
//                     [--tls-cert FILE --tls-key FILE] [--scenario default]
//   npm run server -- admin add-user --database URL --username U --role agent|supervisor|trainer
//                     [--name "Full Name"] [--team T] --password-stdin
//   npm run server -- admin set-role --database URL --username U --role agent|supervisor|trainer
//   npm run server -- admin set-team --database URL --username U --team T
//   npm run server -- admin set-supervises --database URL --username U --teams T1,T2
//   npm run server -- admin reset-password --database URL --username U --password-stdin
//   npm run server -- admin disable-user|enable-user --database URL --username U
//   npm run server -- admin list-users --database URL
//   npm run server -- admin list-devices --database URL --username U
//   npm run server -- admin revoke-device --database URL --username U --device D   (a lost laptop)
//   npm run server -- admin new-epoch --database URL      (after restoring a backup, nodes stopped)
// A new role, a new password or disabling ends the user's sessions: their consoles sign in again.
// A new role, team or teams supervised makes their consoles pull again from the start.
// Every option may come from the environment instead: ATIENDE_DATABASE_URL, ATIENDE_PORT,
// ATIENDE_HOST, ATIENDE_TLS_CERT, ATIENDE_TLS_KEY; the ingest API's key only from
// ATIENDE_INGEST_KEY, and extra host names from ATIENDE_ALLOWED_HOSTS.
import { parseArgs } from 'node:util';
import { loadScenario } from '../scenario.ts';
import { SANDBOX_PASSWORD } from '../sandbox/seed.ts';
import { PostgresStore } from '../store/postgres-store.ts';
import { admin, COMMAND_LIST } from './admin-cli.ts';
import { seedDemo } from './demo.ts';
import { readTls } from './tls-files.ts';
import { jsonLines } from './log.ts';
import { OrganisationServer } from './server.ts';

const log = jsonLines();

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      database: { type: 'string', default: process.env.ATIENDE_DATABASE_URL },
      port: { type: 'string', default: process.env.ATIENDE_PORT ?? '4020' },
      host: { type: 'string', default: process.env.ATIENDE_HOST ?? '127.0.0.1' },
      'tls-cert': { type: 'string', default: process.env.ATIENDE_TLS_CERT },
      'tls-key': { type: 'string', default: process.env.ATIENDE_TLS_KEY },
      scenario: { type: 'string' },
      username: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      team: { type: 'string' },
      teams: { type: 'string' },
      device: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const database = values.database;
  if (!database) throw new Error('--database postgres://… (or ATIENDE_DATABASE_URL) names the organisation\'s database');
  if (positionals[0] === 'admin') return admin(positionals.slice(1), database, values);
  if (positionals.length > 0) throw new Error(`Unknown command "${positionals.join(' ')}": the commands are ${COMMAND_LIST}, or none to start the server`);
  const tls = readTls(values['tls-cert'], values['tls-key']);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, not "${values.port}"`);
  const testFaults = process.env.ATIENDE_TEST_FAULTS === '1';
  const server = await OrganisationServer.open({ database, ...(tls ? { tls } : {}), ingestKey: process.env.ATIENDE_INGEST_KEY || undefined, log, testFaults });
  if (values.scenario) await seedScenario(server.store, values.scenario);
  const url = await server.listen(port, values.host);
  log(testFaults ? 'warn' : 'info', 'listening', { url, ingest: Boolean(process.env.ATIENDE_INGEST_KEY), ...(testFaults ? { testFaults } : {}) });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', 'shutting down', { signal });
    void server.close().then(() => process.exit(0), (error: unknown) => {
      log('error', 'shutdown failed', { error: (error as Error).message });
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** A demo database, once, into a database with no users. */
async function seedScenario(store: PostgresStore, name: string): Promise<void> {
  const scenario = loadScenario(name);
  if (await seedDemo(store, scenario)) {
    log('info', 'seeded a demo database', { scenario: name, users: scenario.users.map((u) => u.username), password: SANDBOX_PASSWORD });
  } else {
    log('info', 'not seeding: the database holds users, customers or cases already', { scenario: name });
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
