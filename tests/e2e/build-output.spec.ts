// The test bridge belongs to tests and the harness only: the Electron build must not carry it.
// Nor does the renderer carry the public-holiday calendars: business hours are computed in main.
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

test('the built renderer carries no holiday calendars', () => {
  const renderer = files('out/renderer').filter((f) => f.endsWith('.js'));
  expect(renderer.length).toBeGreaterThan(0);
  for (const file of renderer) {
    // A name only date-holidays' data holds; the console never writes it itself.
    expect(readFileSync(file, 'utf8'), file).not.toContain('Inmaculada Concepción');
  }
});
