import { describe, expect, it } from 'vitest';
import { MAX_TRAINEES, parseTrainees } from './trainees.ts';

describe('the trainee names typed for a class', () => {
  it('takes one per line or separated by commas, trimmed', () => {
    expect(parseTrainees('Ana Pérez\n  Beto ,Carla\n\n, ')).toEqual({ names: ['Ana Pérez', 'Beto', 'Carla'], problem: null });
  });

  it('asks for at least one name', () => {
    expect(parseTrainees(' \n, ').problem).toEqual({ kind: 'none' });
  });

  it(`refuses more than ${MAX_TRAINEES}`, () => {
    const names = Array.from({ length: MAX_TRAINEES + 1 }, (_, i) => `Alumno ${i}`).join('\n');
    expect(parseTrainees(names).problem).toEqual({ kind: 'tooMany', count: MAX_TRAINEES + 1 });
    expect(parseTrainees(names.split('\n').slice(1).join('\n')).problem).toBeNull();
  });

  it('names the same trainee typed twice, whatever the case or accents', () => {
    expect(parseTrainees('Ana, Beto, ANA').problem).toEqual({ kind: 'duplicate', name: 'ANA' });
    expect(parseTrainees('José\njose').problem).toEqual({ kind: 'duplicate', name: 'jose' });
  });

  it('names a name too long for the server', () => {
    const long = 'x'.repeat(61);
    expect(parseTrainees(`Ana, ${long}`).problem).toEqual({ kind: 'tooLong', name: long });
  });
});
