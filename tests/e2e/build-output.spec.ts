// The test bridge belongs to tests and the harness only: the Electron build must not carry it.
// Nor does the renderer carry the public-holiday calendars: business hours are computed in main.
// Its first paint needs only the shell and the inbox: the rest is split into chunks loaded later.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { firstPaintScripts } from '../fixtures/renderer-chunks.ts';

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

test('the window paints with under 500 KB of minified script; rarely opened pages load later', () => {
  for (const language of ['es', 'en'] as const) {
    const first = firstPaintScripts('out/renderer', language);
    expect(first.bytes, `${language}: ${first.files.join(', ')}`).toBeLessThan(500 * 1024);
    const code = first.files.map((f) => readFileSync(join('out/renderer', f), 'utf8')).join('\n');
    // Minified: no line of the entry indents its code.
    expect(code).not.toMatch(/\n(\t| {2})\S/);
    // Each rarely opened page, the Markdown renderer, the case view and its reply box, and zod come later.
    expect(code).not.toContain('uponSanitizeElement'); // DOMPurify, with the case view
    for (const later of ['quality-page', 'reports-page', 'class-page', 'team-page', 'my-reviews', 'listening-problem', 'hours-page',
      'kb-article-body', 'case-gone', 'reply-form', 'invalid_type']) {
      expect(code, later).not.toContain(`"${later}"`);
    }
  }
  // …and do load on first opening: each page is a chunk of its own.
  const chunks = readdirSync('out/renderer/assets');
  for (const page of ['QualityPage', 'ReportsPage', 'ClassPage', 'TeamPage', 'ListeningPage', 'MyReviewsPage', 'BusinessHoursPage', 'ArticleMarkdown', 'CaseView', 'ToolsPane']) {
    expect(chunks.some((f) => f.startsWith(`${page}-`) && f.endsWith('.js')), page).toBe(true);
  }
});
