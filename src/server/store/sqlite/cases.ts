// The sandbox's own synchronous writes of a case (trainer controls, seed, inbound), with the
// store's statements (shared/cases.ts), so each is written once.
import type { CaseEvent } from '../repositories.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import { caseEventValues, INSERT_CASE_EVENT, INSERT_OPEN_CASE, NEXT_CASE_NUMBER, openCaseValues, type OpenCaseRow } from '../shared/cases.ts';
import { row, run } from './sql.ts';
import { drawn } from './sqlite-sql.ts';

/** Also used by the sandbox's trainer controls, which write the same events outside the store. */
export function recordCaseEvent(db: SandboxDb, caseId: string, event: CaseEvent, at: string, by: string | null): void {
  run(db, INSERT_CASE_EVENT, ...caseEventValues(caseId, event, at, by));
}

export function insertOpenCase(db: SandboxDb, c: OpenCaseRow): { caseId: string; number: number } {
  const number = drawn(row<{ n: number }>(db, NEXT_CASE_NUMBER), NEXT_CASE_NUMBER);
  const caseId = `case-${number}`;
  run(db, INSERT_OPEN_CASE, ...openCaseValues(caseId, number, c, nextVersion(db)));
  return { caseId, number };
}
