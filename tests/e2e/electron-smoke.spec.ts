// Starts the real Electron app where an Electron binary exists. Electron 42+ downloads its
// binary at first launch, so on machines without internet this reports itself skipped.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

/** The binary if it is already on disk; requiring 'electron' would try to download it. */
function electronBinary(): string | null {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const path = join(root, 'dist', readFileSync(join(root, 'path.txt'), 'utf8').trim());
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const WHY = 'No Electron binary on this machine: Electron downloads it at first launch, which needs internet';

test('the Electron app opens its window on the console', async () => {
  if (binary === null) console.log(`electron smoke test skipped: ${WHY}`);
  test.skip(binary === null, WHY);
  // A fresh profile: the smoke test must not touch a developer's own console data.
  const userData = mkdtempSync(join(tmpdir(), 'atiende-electron-'));
  const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.', `--user-data-dir=${userData}`] });
  const window = await app.firstWindow();
  await expect(window).toHaveTitle(/Atiende/);
  expect(await window.evaluate(() => typeof (globalThis as unknown as { atiende?: unknown }).atiende)).toBe('object');
  await app.close();
});
