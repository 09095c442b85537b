// A standalone server's data folder holds trainees' cases and tokens: it may be made inside a
// working copy (`--data ./class`), so it never offers them to a commit.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Creates `dir` if needed with a `.gitignore` of `*` inside. */
export function keepOutOfGit(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) writeFileSync(file, '# Atiende data: tokens and customer messages never belong in git.\n*\n');
}
