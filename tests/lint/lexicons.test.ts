// Every lexicon says, for each group of entries, its category, language and source, as listed in
// lexicons/README.md; entries are readable and none is listed twice in a file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../src/shared/triage/lexicon.ts';
import { tokenize } from '../../src/shared/triage/text.ts';

const readme = readFileSync(new URL('../../src/shared/triage/lexicons/README.md', import.meta.url), 'utf8');
const tableRows = (firstHeader: string): string[][] => {
  const start = readme.indexOf(`| ${firstHeader} |`);
  const rows: string[][] = [];
  for (const line of readme.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
};
const unquote = (cell: string) => cell.replaceAll('`', '');
const SOURCES = new Set(tableRows('source').map(([key = '']) => unquote(key)));
const CATEGORIES = new Map(tableRows('file').map(([file = '', categories = '']) => [unquote(file), categories.split(',').map(unquote).map((c) => c.trim())]));

describe('lexicons', () => {
  it('lists every file, category and source in the README', () => {
    expect([...CATEGORIES.keys()].sort()).toEqual(Object.keys(LEXICONS).map((name) => `${name}.json`).sort());
    for (const [name, lexicon] of Object.entries(LEXICONS)) {
      expect(lexicon.about.length, name).toBeGreaterThan(20);
      for (const group of lexicon.groups) {
        expect(CATEGORIES.get(`${name}.json`), `${name}: ${group.category}`).toContain(group.category);
        expect([...SOURCES], `${name} ${group.category}: ${group.source}`).toContain(group.source);
        expect(['es', 'en', 'any'], `${name} ${group.category}`).toContain(group.lang);
        expect(group.entries.length, `${name} ${group.category}`).toBeGreaterThan(0);
      }
    }
  });

  it('holds readable entries, each once per file', () => {
    for (const [name, lexicon] of Object.entries(LEXICONS)) {
      const seen = new Map<string, string>();
      for (const group of lexicon.groups) {
        for (const entry of group.entries) {
          expect(entry, name).toBe(entry.trim());
          if (group.lang !== 'any') expect(tokenize(entry).length, `${name}: "${entry}"`).toBeGreaterThan(0);
          const key = `${group.lang} ${group.category}: ${entry}`;
          expect(seen.has(key), `${name}: "${entry}" twice in ${group.lang} ${group.category}`).toBe(false);
          seen.set(key, name);
        }
      }
    }
  });
});
