// The training sandbox inside the console: the sandbox server on a random loopback port with
// its own profile, signed in as a seeded agent. Nothing here can reach a real customer.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppEvent } from '../shared/events.ts';
import { loadScenario } from '../server/scenario.ts';
import { SandboxServer } from '../server/server.ts';
import { SANDBOX_PASSWORD } from '../server/sandbox/seed.ts';
import { Services, signIn } from './services.ts';

export interface EmbeddedSandboxOptions {
  /** Folder holding every profile; the sandbox gets `sandbox-<scenario>[--<agent>]` inside it. */
  profilesRoot: string;
  scenario?: string;
  scenarioDir?: string;
  /** A user of the scenario; lucia by default. */
  agent?: string;
  emit?: (event: AppEvent) => void;
  /** A trainer revoked this console: its profile is being wiped (see ServicesOptions). */
  onRevoked?: (wiped: Promise<void>) => void;
}

export interface EmbeddedSandbox {
  server: SandboxServer;
  services: Services;
  close(): Promise<void>;
}

const DEFAULT_AGENT = 'lucia';

/**
 * The profile of the default scenario's sandbox as `agent`. Each user has a world of their own
 * (server data, cache, outbox): a cache synced as one user is never reused as another.
 * The default agent keeps the plain `sandbox-default` of earlier versions.
 */
export const sandboxProfileId = (agent: string, scenario = 'default'): string =>
  agent === DEFAULT_AGENT ? `sandbox-${scenario}` : `sandbox-${scenario}--${agent}`;

/** The sandbox user a profile id stands for, or null for a profile of a real server. */
export function sandboxAgentOf(id: string, scenario = 'default'): string | null {
  const prefix = `sandbox-${scenario}`;
  if (id === prefix) return DEFAULT_AGENT;
  const agent = id.startsWith(`${prefix}--`) ? id.slice(prefix.length + 2) : '';
  return /^[\w.-]+$/.test(agent) ? agent : null;
}

export async function openEmbeddedSandbox(options: EmbeddedSandboxOptions): Promise<EmbeddedSandbox> {
  const scenario = options.scenario ?? 'default';
  const agent = options.agent ?? DEFAULT_AGENT;
  const users = loadScenario(scenario, options.scenarioDir).users.map((user) => user.username);
  if (!users.includes(agent)) throw new Error(`The sandbox has no user "${agent}": choose one of ${users.join(', ')}`);
  const profileDir = join(options.profilesRoot, sandboxProfileId(agent, scenario));
  const dataDir = join(profileDir, 'server');
  mkdirSync(dataDir, { recursive: true });
  const server = await SandboxServer.open({ dataDir, scenario, ...(options.scenarioDir ? { scenarioDir: options.scenarioDir } : {}) });
  const url = await server.listen(0);
  // The port changes every start, so the profile is signed in afresh; its cache and outbox stay.
  await signIn({ server: url, username: agent, password: SANDBOX_PASSWORD, profileDir, sandbox: true, keepCache: true });
  const services = await Services.open({
    profileDir, ...(options.emit ? { emit: options.emit } : {}), ...(options.onRevoked ? { onRevoked: options.onRevoked } : {}),
  });
  services.startBackgroundSync();
  return {
    server,
    services,
    close: async () => {
      services.close();
      await server.close();
    },
  };
}
