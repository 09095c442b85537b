// The test bridge belongs to tests and the harness only: the Electron build must not carry it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('the built console has no trace of the test bridge', () => {
  const built = files('out').filter((f) => /\.(js|cjs|html)$/.test(f));
  expect(built.some((f) => f.endsWith('renderer/index.html'))).toBe(true);
  for (const file of built) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(/installAtiendeBridge|__atiende_bridge|x-atiende-token/);
  }
});
