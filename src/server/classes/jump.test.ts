import { describe, expect, it } from 'vitest';
import { jumpStop } from './jump.ts';
import { loadClassScript } from './load-script.ts';

const MINUTE = 60_000;
const lunes = loadClassScript('lunes-fuera-de-horario');

describe('a jump on lunes-fuera-de-horario', () => {
  it('stops at the last customer before the service opens (minute 9)', () => {
    expect(jumpStop(lunes, 0, 40 * MINUTE)).toEqual({ ms: 5 * MINUTE, clockStep: 'abre-la-atencion', clockStepMinute: 9 });
  });

  it('passes a clock step with nothing due before it, and stops again before the next one', () => {
    expect(jumpStop(lunes, 5 * MINUTE, 4 * MINUTE)).toBeNull();
    // Past the opening, the customers of the morning come before the closing at minute 27.
    expect(jumpStop(lunes, 5 * MINUTE, 30 * MINUTE)).toEqual({ ms: 10 * MINUTE, clockStep: 'cierra-la-atencion', clockStepMinute: 27 });
    expect(jumpStop(lunes, 15 * MINUTE, 20 * MINUTE)).toBeNull();
  });

  it('goes all the way when it crosses no clock step', () => {
    expect(jumpStop(lunes, 10 * MINUTE, 3 * MINUTE)).toBeNull();
  });
});
