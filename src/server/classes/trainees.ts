// A trainee's way in and their copy of the scenario: a username made from their name and the
// class, a one-time password a person can read aloud, and a seed holding only the trainee and
// the script's colleague (the seed's resolved cases become the colleague's history).
import { createHash, randomInt } from 'node:crypto';
import type { Scenario } from '../scenario.ts';
import type { ClassScript } from './script.ts';

/** No 0/O, 1/I/L: a password read off a sheet of paper is typed right the first time. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newPassword(): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** Passwords are kept only as this hash; the code is matched case-blind and with or without its dash. */
export const hashPassword = (password: string): string =>
  createHash('sha256').update(normalizePassword(password)).digest('hex');

const normalizePassword = (password: string): string => {
  const bare = password.trim().toUpperCase().replace(/[\s-]/g, '');
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : password;
};

/** `Ana Pérez` in class `k7p2…` → `ana-perez-k7p2`; `taken` says when to add a number. */
export function traineeUsername(name: string, classId: string, taken: (username: string) => boolean): string {
  const slug = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 20) || 'alumno';
  const base = `${slug}-${classId.slice(0, 4)}`;
  let username = base;
  for (let n = 2; taken(username); n++) username = `${base}-${n}`;
  return username;
}

/** The trainee's copy of the seed: customers, templates, articles and settings; no open cases; the resolved ones held by the colleague. */
export function traineeScenario(seed: Scenario, script: ClassScript, trainee: { username: string; name: string }): Scenario {
  const team = seed.users.find((u) => u.role === 'agent' && u.team)?.team ?? null;
  const colleague = script.colleague.username;
  return {
    ...seed,
    users: [
      { username: trainee.username, name: trainee.name, role: 'agent', team, supervises: [], routed: true },
      { username: colleague, name: script.colleague.name, role: 'agent', team, supervises: [], routed: false },
    ],
    cases: seed.cases
      .filter((c) => c.status === 'resolved')
      .map((c) => ({ ...c, assignedTo: colleague, messages: c.messages.map((m) => (m.from === 'agent' ? { ...m, author: colleague } : m)) })),
  };
}
