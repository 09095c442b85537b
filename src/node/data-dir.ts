// Folders of customer data (a console's profiles, a standalone server's `--data`) may be made
// inside a working copy (`--profile ./p`, `--data ./class`): they never offer tokens or
// customer messages to a commit.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Creates `dir` if needed with a `.gitignore` of `*` inside (as Python's venv does). */
export function keepOutOfGit(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) writeFileSync(file, '# Atiende data: tokens and customer messages never belong in git.\n*\n');
}
