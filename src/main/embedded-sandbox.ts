// The training sandbox inside the console: the sandbox server on a random loopback port with
// its own profile, signed in as a seeded agent. Nothing here can reach a real customer.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppEvent } from '../shared/events.ts';
import { SandboxServer } from './sandbox/server.ts';
import { SANDBOX_PASSWORD } from './sandbox/seed.ts';
import { Services, signIn } from './services.ts';

export interface EmbeddedSandboxOptions {
  /** Folder holding every profile; the sandbox gets `sandbox-<scenario>` inside it. */
  profilesRoot: string;
  scenario?: string;
  scenarioDir?: string;
  agent?: string;
  emit?: (event: AppEvent) => void;
}

export interface EmbeddedSandbox {
  server: SandboxServer;
  services: Services;
  close(): Promise<void>;
}

export async function openEmbeddedSandbox(options: EmbeddedSandboxOptions): Promise<EmbeddedSandbox> {
  const scenario = options.scenario ?? 'default';
  const profileDir = join(options.profilesRoot, `sandbox-${scenario}`);
  const dataDir = join(profileDir, 'server');
  mkdirSync(dataDir, { recursive: true });
  const server = new SandboxServer({ dataDir, scenario, ...(options.scenarioDir ? { scenarioDir: options.scenarioDir } : {}) });
  const url = await server.listen(0);
  // The port changes every start, so the profile is signed in afresh; its cache and outbox stay.
  await signIn({ server: url, username: options.agent ?? 'lucia', password: SANDBOX_PASSWORD, profileDir, sandbox: true, keepCache: true });
  const services = await Services.open({ profileDir, ...(options.emit ? { emit: options.emit } : {}) });
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
