import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario.ts';
import { hashPassword, newPassword, traineeScenario, traineeUsername } from './trainees.ts';
import { ClassScript } from './script.ts';

describe('a trainee’s way in', () => {
  it('makes usernames from the name and the class, unique on the server', () => {
    const taken = new Set(['ana-perez-k7p2']);
    expect(traineeUsername('Ana Pérez', 'k7p2abcd', (u) => taken.has(u))).toBe('ana-perez-k7p2-2');
    expect(traineeUsername('José María Núñez', 'k7p2abcd', () => false)).toBe('jose-maria-nunez-k7p2');
    expect(traineeUsername('😀', 'k7p2abcd', () => false)).toBe('alumno-k7p2');
  });

  it('gives passwords a person reads aloud, matched with or without the dash and in any case', () => {
    const password = newPassword();
    expect(password).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(hashPassword(password.toLowerCase().replace('-', ''))).toBe(hashPassword(password));
    expect(hashPassword('AAAA-AAAB')).not.toBe(hashPassword('AAAA-AAAA'));
  });

  it('seeds only the trainee and the colleague, with the seed’s resolved cases as the colleague’s history', () => {
    const seed = loadScenario('default');
    const script = ClassScript.parse({
      name: 'x', title: 'X', description: '', language: 'es', startsAt: '2026-03-02T13:00:00.000Z', durationMinutes: 10,
      steps: [{ kind: 'clock', id: 'c', at: 1, to: '2026-03-02T23:00:00.000Z' }],
    });
    const copy = traineeScenario(seed, script, { username: 'ana-k7p2', name: 'Ana' });
    expect(copy.users.map((u) => [u.username, u.role, u.routed])).toEqual([['ana-k7p2', 'agent', true], ['companero', 'agent', false]]);
    expect(copy.cases.length).toBe(seed.cases.filter((c) => c.status === 'resolved').length);
    expect(new Set(copy.cases.map((c) => c.assignedTo))).toEqual(new Set(['companero']));
    expect(copy.cases.flatMap((c) => c.messages.filter((m) => m.from === 'agent').map((m) => m.author))).toEqual(expect.arrayContaining(['companero']));
    expect(copy.templates).toEqual(seed.templates);
    expect(copy.customers).toEqual(seed.customers);
  });
});
