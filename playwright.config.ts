import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './tests/fixtures/chromium.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  // Not tsconfig.json: its `paths` entry exists only to find a package's types, and Playwright
  // would load that .d.ts in place of the package itself.
  tsconfig: './tsconfig.base.json',
  fullyParallel: false,
  workers: 2,
  // A whole test starts its own sandbox and console and may run axe several times, on a
  // two-core machine shared by two workers: under that load a 30 s test has taken over 60 s.
  // Speed is the bench's to judge; what a user waits on is bounded by `expect`'s 10 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    headless: true,
    locale: 'es-AR',
    timezoneId: 'America/Argentina/Buenos_Aires',
    viewport: { width: 1280, height: 800 },
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
  },
});
