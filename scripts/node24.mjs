// @ts-check
// `node scripts/node24.mjs [--electron] <entry> [args…]`: runs a TypeScript entry (or a tool's
// JavaScript bin) under Node 24 on any Node ≥ 20, bringing Node 24 from the npm registry when
// the system's is older (see launcher/node24.mjs). With --electron, it first checks that the
// Electron binary is on disk and otherwise points at `npm start`, which downloads it.
import { fileURLToPath } from 'node:url';
import { stopChildrenOnSignals, start } from './launcher/children.mjs';
import { electronBinary } from './launcher/electron.mjs';
import { LauncherError } from './launcher/launcher-error.mjs';
import { ensureNode24 } from './launcher/node24.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
  const args = process.argv.slice(2);
  const needsElectron = args[0] === '--electron';
  if (needsElectron) args.shift();
  if (args.length === 0) throw new LauncherError('usage: node scripts/node24.mjs [--electron] <entry> [args…]');
  const script = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : args[0];
  if (needsElectron && electronBinary(root) === null) {
    throw new LauncherError(
      `${script} needs the Electron binary, which is not on this computer yet: run npm start once (it downloads Electron, or opens the console in the browser where it cannot)`,
    );
  }
  const node = ensureNode24(root, (line) => process.stderr.write(`${line}\n`));
  stopChildrenOnSignals();
  const { exited } = start(node, args, { stdio: 'inherit' });
  process.exitCode = await exited;
} catch (error) {
  if (!(error instanceof LauncherError)) throw error;
  process.stderr.write(`atiende: ${error.message}\n`);
  process.exitCode = 1;
}
