import { describe, expect, it } from 'vitest';
import type { TemplateSuggestion } from '../../../shared/contract.ts';
import { byOwner, chosen, step } from './templateList.ts';

const template = (id: string, personal: boolean): TemplateSuggestion => ({
  id, version: 1, title: id, shortcut: null, body: 'Hola', tooLong: false, otherChannel: false, personal, language: 'es', channels: null,
});
const items = [template('a', false), template('mine-1', true), template('b', false), template('mine-2', true)];
const ids = (list: TemplateSuggestion[]) => list.map((t) => t.id);

describe('byOwner', () => {
  it('keeps the ranked order and splits the agent’s own from the company’s', () => {
    expect(ids(byOwner(items, 'all'))).toEqual(['a', 'mine-1', 'b', 'mine-2']);
    expect(ids(byOwner(items, 'mine'))).toEqual(['mine-1', 'mine-2']);
    expect(ids(byOwner(items, 'company'))).toEqual(['a', 'b']);
  });
});

describe('chosen', () => {
  it('is the picked template while it is listed, else the best match', () => {
    expect(chosen(items, 'b')?.id).toBe('b');
    expect(chosen(items, 'gone')?.id).toBe('a');
    expect(chosen(items, null)?.id).toBe('a');
    expect(chosen([], 'b')).toBeNull();
  });
});

describe('step', () => {
  it('moves down and up, stopping at the ends', () => {
    expect(step(items, null, 1)).toBe('mine-1');
    expect(step(items, 'mine-1', 1)).toBe('b');
    expect(step(items, 'mine-2', 1)).toBe('mine-2');
    expect(step(items, 'mine-1', -1)).toBe('a');
    expect(step(items, 'a', -1)).toBe('a');
    expect(step([], 'a', 1)).toBeNull();
  });

  it('starts from the first when the picked one left the list', () => {
    expect(step(items, 'gone', 1)).toBe('mine-1');
  });
});
