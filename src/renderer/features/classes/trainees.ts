// The trainee names a trainer types for a new class: one per line or separated by commas. The
// server makes a username of each name, so two names that differ only in case or accents are one
// trainee typed twice. The limits are the wire's (ClassStartRequest).

export const MAX_TRAINEES = 40;
export const MAX_NAME = 60;

export type TraineeProblem =
  | { kind: 'none' }
  | { kind: 'tooMany'; count: number }
  | { kind: 'tooLong'; name: string }
  | { kind: 'duplicate'; name: string };

export type TraineeList = { names: string[]; problem: null } | { names: string[]; problem: TraineeProblem };

const sameName = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function parseTrainees(text: string): TraineeList {
  const names = text.split(/[\n,;]/).map((name) => name.replace(/\s+/g, ' ').trim()).filter((name) => name !== '');
  if (names.length === 0) return { names, problem: { kind: 'none' } };
  if (names.length > MAX_TRAINEES) return { names, problem: { kind: 'tooMany', count: names.length } };
  const long = names.find((name) => name.length > MAX_NAME);
  if (long !== undefined) return { names, problem: { kind: 'tooLong', name: long } };
  const seen = new Set<string>();
  for (const name of names) {
    const key = sameName(name);
    if (seen.has(key)) return { names, problem: { kind: 'duplicate', name } };
    seen.add(key);
  }
  return { names, problem: null };
}
