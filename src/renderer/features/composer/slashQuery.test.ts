import { describe, expect, it } from 'vitest';
import { insertTemplate, nextHole, slashQueryAt, unfilled } from './slashQuery.ts';

describe('slashQueryAt', () => {
  it('finds a slash at the start of a word up to the cursor', () => {
    expect(slashQueryAt('/dem', 4)).toEqual({ start: 0, query: 'dem' });
    expect(slashQueryAt('Hola, /baja', 11)).toEqual({ start: 6, query: 'baja' });
    expect(slashQueryAt('Hola /', 6)).toEqual({ start: 5, query: '' });
  });

  it('ignores slashes inside words, urls and dates', () => {
    expect(slashQueryAt('y/o', 3)).toBeNull();
    expect(slashQueryAt('ver conecta.example.com/estado', 30)).toBeNull();
    expect(slashQueryAt('el 23/11', 8)).toBeNull();
    expect(slashQueryAt('/demora ya', 10)).toBeNull();
  });
});

describe('insertTemplate', () => {
  const body = 'Hola {{customer.firstName}}, la visita es el {{field:visit_date}} ({{field:slot}}).';

  it('replaces the slash words with the rendered template and selects the first hole', () => {
    const inserted = insertTemplate('Buen día. /tec', 10, 14, body, { 'customer.firstName': 'Ana' });
    expect(inserted.text).toBe('Buen día. Hola Ana, la visita es el [visit_date] ([slot]).');
    expect(inserted.text.slice(inserted.selection.start, inserted.selection.end)).toBe('[visit_date]');
    expect(inserted.holes).toEqual(['[visit_date]', '[slot]']);
  });

  it('puts the cursor after the text when nothing is left to fill', () => {
    const inserted = insertTemplate('/hola', 0, 5, 'Hola {{customer.firstName}}', { 'customer.firstName': 'Ana' });
    expect(inserted).toEqual({ text: 'Hola Ana', selection: { start: 8, end: 8 }, holes: [] });
  });
});

describe('holes', () => {
  it('moves to the next hole and wraps around; filled ones no longer block', () => {
    const text = 'el [visit_date] ([slot])';
    const holes = ['[visit_date]', '[slot]'];
    expect(nextHole(text, holes, 4)).toEqual({ start: 17, end: 23 });
    expect(nextHole(text, holes, 20)).toEqual({ start: 3, end: 15 });
    expect(unfilled(text, holes)).toEqual(holes);
    expect(unfilled('el lunes ([slot])', holes)).toEqual(['[slot]']);
    expect(nextHole('el lunes (mañana)', holes, 0)).toBeNull();
  });
});
