// `npm run server -- admin <command>`: each command's options, checked, and what it prints.
import { readFileSync } from 'node:fs';
import { ROLES, type Role } from '../../shared/domain.ts';
import { PostgresStore } from '../store/postgres-store.ts';
import { addUser, listUsers, resetPassword, setDisabled, setRole, setSupervises, setTeam, userTable } from './admin.ts';
import { deviceTable, listDevices, revokeDevice } from './admin-devices.ts';

export interface AdminOptions { username?: string; role?: string; name?: string; team?: string; teams?: string; device?: string; 'password-stdin': boolean }

type Command = (store: PostgresStore, options: AdminOptions) => Promise<string>;

const COMMANDS: Record<string, Command> = {
  'add-user': async (store, options) => {
    const username = required(options, 'add-user');
    const role = roleOf(options, 'add-user');
    await addUser(store, { username, role, password: passwordOf(options, 'add-user'), ...(options.name ? { name: options.name } : {}), ...(options.team ? { team: options.team } : {}) });
    return `Added ${role} "${username}"`;
  },
  'set-role': async (store, options) => {
    const username = required(options, 'set-role');
    const role = roleOf(options, 'set-role');
    await setRole(store, username, role);
    return `"${username}" is now ${role === 'agent' ? 'an' : 'a'} ${role}: their consoles sign in again`;
  },
  'set-team': async (store, options) => {
    const username = required(options, 'set-team');
    if (options.team === undefined) throw new Error('set-team needs --team');
    await setTeam(store, username, options.team);
    return `"${username}" is now in team "${options.team.trim()}": their consoles pull again from the start`;
  },
  'set-supervises': async (store, options) => {
    const username = required(options, 'set-supervises');
    if (options.teams === undefined) throw new Error('set-supervises needs --teams (comma-separated; "" for none)');
    const teams = await setSupervises(store, username, options.teams.split(',').filter((t) => t.trim() !== ''));
    return `"${username}" supervises ${teams.length === 0 ? 'no team' : teams.map((t) => `"${t}"`).join(', ')}: their consoles pull again from the start`;
  },
  'reset-password': async (store, options) => {
    const username = required(options, 'reset-password');
    await resetPassword(store, username, passwordOf(options, 'reset-password'));
    return `New password for "${username}": their consoles sign in again`;
  },
  'disable-user': async (store, options) => {
    const username = required(options, 'disable-user');
    await setDisabled(store, username, true);
    return `Disabled "${username}": they cannot sign in and get no new cases; their history stays`;
  },
  'enable-user': async (store, options) => {
    const username = required(options, 'enable-user');
    await setDisabled(store, username, false);
    return `Enabled "${username}": they can sign in and get new cases`;
  },
  'list-users': async (store) => userTable(await listUsers(store)).trimEnd(),
  'list-devices': async (store, options) => deviceTable(await listDevices(store, required(options, 'list-devices'))).trimEnd(),
  'revoke-device': async (store, options) => {
    const username = required(options, 'revoke-device');
    if (!options.device) throw new Error('revoke-device needs --device (see admin list-devices)');
    const tokens = await revokeDevice(store, username, options.device);
    return `Revoked "${username}" on device "${options.device}" (${tokens} open session${tokens === 1 ? '' : 's'}): at its next contact the console wipes this profile's data`;
  },
  'new-epoch': async (store) => {
    const { from, to } = await store.instance.renewEpoch();
    return `New epoch ${to} (was ${from ?? 'none'}): consoles resync, and their pushes from before the restore are never applied twice`;
  },
};

/** Every command, for an unknown one's message. */
export const COMMAND_LIST = Object.keys(COMMANDS).map((c) => `"admin ${c}"`).join(', ');

export async function admin([command = '', ...rest]: string[], database: string, options: AdminOptions): Promise<void> {
  // Own keys only: "admin constructor" is no command.
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (rest.length > 0 || !run) throw new Error(`Unknown command "admin ${[command, ...rest].join(' ').trim()}": the commands are ${COMMAND_LIST}`);
  const store = await PostgresStore.open(database);
  try {
    process.stdout.write(`${await run(store, options)}\n`);
  } finally {
    await store.close();
  }
}

function required(options: AdminOptions, command: string): string {
  if (!options.username) throw new Error(`${command} needs --username`);
  return options.username;
}

function roleOf(options: AdminOptions, command: string): Role {
  if (!options.role || !ROLES.includes(options.role as Role)) throw new Error(`${command} needs --role ${ROLES.join('|')}`);
  return options.role as Role;
}

/** Never from the command line, where other users of the machine and the shell's history see it. */
function passwordOf(options: AdminOptions, command: string): string {
  if (!options['password-stdin']) throw new Error(`${command} reads the password from standard input: pass --password-stdin`);
  return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
}
