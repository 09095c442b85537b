import { describe, expect, it } from 'vitest';
import { replyLength } from './replyLength.ts';

describe('replyLength', () => {
  it('counts code points, so an emoji is one character', () => {
    expect(replyLength('')).toBe(0);
    expect(replyLength('hola')).toBe(4);
    expect(replyLength('ñandú')).toBe(5);
    expect(replyLength('👍🏽')).toBe(2); // thumbs up + skin tone modifier
    expect(replyLength('a😀b')).toBe(3);
  });
});
