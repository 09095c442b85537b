import { describe, expect, it } from 'vitest';
import { insertionRange } from './insertionPoint.ts';

const text = 'Hola Ana. Tu pedido [order] sale hoy. Saludos';
const hole = { start: text.indexOf('[order]'), end: text.indexOf('[order]') + '[order]'.length };
const last = { text, selection: hole, end: text.indexOf(' Saludos') };

describe('insertionRange', () => {
  it('goes after the previous insertion while its field is still the selection the composer made', () => {
    expect(insertionRange(text, hole, last)).toEqual({ start: last.end, end: last.end });
  });

  it('replaces a selection the agent made, and uses the cursor otherwise', () => {
    expect(insertionRange(text, { start: 0, end: 4 }, last)).toEqual({ start: 0, end: 4 });
    expect(insertionRange(text, { start: 3, end: 3 }, last)).toEqual({ start: 3, end: 3 });
    expect(insertionRange(text, hole, null)).toEqual(hole);
  });

  it('follows the cursor once the agent has changed the text', () => {
    const typed = text.replace('[order]', '[order');
    expect(insertionRange(typed, hole, last)).toEqual(hole);
  });
});
