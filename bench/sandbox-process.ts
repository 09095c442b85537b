// A sandbox server in a process of its own, as a console meets the central API: what the server
// does to answer a page runs beside the console's work, not in its thread.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface SandboxProcess {
  url: string;
  close: () => Promise<void>;
}

const MAIN = fileURLToPath(new URL('../src/server/main.ts', import.meta.url));

/** Starts `npm run sandbox` with `cases` cases (null: the scenario's own) on a free loopback port; resolves once it listens. */
export async function startSandboxProcess(cases: number | null): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [MAIN, '--port', '0', ...(cases === null ? [] : ['--cases', String(cases)])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const listening = /listening on (\S+)/.exec(output);
        if (listening?.[1]) resolve(listening[1]);
      });
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`The sandbox process exited (${code ?? 'signal'}) before listening: ${output.trim()}`)));
    });
    return { url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
