import { describe, expect, it } from 'vitest';
import { deltaText, durationText, figureText, overallServiceLevel } from './figures.ts';

describe('report figures as text', () => {
  it('reads durations in seconds, minutes, then hours and minutes', () => {
    expect(durationText(45)).toBe('45 s');
    expect(durationText(750)).toBe('13 min');
    expect(durationText(3900)).toBe('1 h 05 min');
  });

  it('writes each kind of figure in the reader’s locale, and a dash for nothing to count', () => {
    expect(figureText('count', 1234, 'es-AR')).toBe('1.234');
    expect(figureText('count', 12345, 'en-US')).toBe('12,345');
    expect(figureText('ratio', 0.5, 'en-US')).toBe('50%');
    expect(figureText('decimal', 4.256, 'es-AR')).toBe('4,26');
    expect(figureText('seconds', null, 'es-AR')).toBe('—');
  });

  it('signs each change, in percentage points for shares', () => {
    expect(deltaText('ratio', 0.25, 'es-AR')).toBe('+25 pp');
    expect(deltaText('count', -3, 'es-AR')).toBe('−3');
    expect(deltaText('seconds', 120, 'es-AR')).toBe('+2 min');
    expect(deltaText('count', 0, 'es-AR')).toBe('=');
    expect(deltaText('decimal', null, 'es-AR')).toBe('—');
  });

  it('counts the service level over every channel’s first responses', () => {
    const serviceLevel = {
      whatsapp: { targetSeconds: 900, within: 1, total: 2, ratio: 0.5 },
      email: { targetSeconds: 14400, within: 2, total: 2, ratio: 1 },
    };
    expect(overallServiceLevel({ serviceLevel } as never)).toBe(0.75);
    expect(overallServiceLevel({ serviceLevel: {} } as never)).toBeNull();
  });
});
