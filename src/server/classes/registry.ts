// The classes as the main store keeps them (schema.ts, `classes` and `class_*`): so a server
// restarted on the same dataDir finds its classes, their clocks, who joined and what fired.
import { prepared } from '../prepared.ts';
import type { SandboxDb } from '../schema.ts';
import type { ClockState } from './class-clock.ts';

export interface ClassRow extends ClockState {
  id: string;
  scenario: string;
  /** The script as it was when the class started (JSON): a file edited later changes no running class. */
  script: string;
  createdAt: string;
}

export interface TraineeRow {
  username: string;
  classId: string;
  name: string;
  position: number;
  /** null once used. */
  passwordHash: string | null;
  joinedAt: string | null;
}

/** A step fired for one trainee (username) or the whole class (''); `kind` step, follow_up, clock or message (ad hoc). */
export interface FiredRow {
  classId: string;
  username: string;
  stepId: string;
  kind: 'step' | 'follow_up' | 'clock' | 'message';
  caseId: string | null;
  at: string;
}

const CLASS_COLUMNS = `id, scenario, script, state, speed, elapsed_ms AS elapsedMs, shift_ms AS shiftMs, created_at AS createdAt`;
const TRAINEE_COLUMNS = `username, class_id AS classId, name, position, password_hash AS passwordHash, joined_at AS joinedAt`;

export class ClassRegistry {
  private readonly db: SandboxDb;

  constructor(db: SandboxDb) {
    this.db = db;
  }

  classes(): ClassRow[] {
    return prepared<[], ClassRow>(this.db, `SELECT ${CLASS_COLUMNS} FROM classes ORDER BY created_at DESC, rowid DESC`).all();
  }

  trainees(classId: string): TraineeRow[] {
    return prepared<[string], TraineeRow>(this.db, `SELECT ${TRAINEE_COLUMNS} FROM class_trainees WHERE class_id = ? ORDER BY position`).all(classId);
  }

  trainee(username: string): TraineeRow | undefined {
    return prepared<[string], TraineeRow>(this.db, `SELECT ${TRAINEE_COLUMNS} FROM class_trainees WHERE username = ?`).get(username);
  }

  traineeByPassword(hash: string): TraineeRow | undefined {
    return prepared<[string], TraineeRow>(this.db, `SELECT ${TRAINEE_COLUMNS} FROM class_trainees WHERE password_hash = ?`).get(hash);
  }

  /** Whether a username is taken by a trainee of any class. */
  takenUsername(username: string): boolean {
    return prepared(this.db, 'SELECT 1 FROM class_trainees WHERE username = ? UNION SELECT 1 FROM users WHERE username = ?').get(username, username) !== undefined;
  }

  addClass(row: ClassRow, trainees: Omit<TraineeRow, 'joinedAt'>[]): void {
    this.db.transaction(() => {
      prepared(this.db, `INSERT INTO classes (id, scenario, script, state, speed, elapsed_ms, shift_ms, created_at)
        VALUES (@id, @scenario, @script, @state, @speed, @elapsedMs, @shiftMs, @createdAt)`).run(row);
      const insert = prepared(this.db, `INSERT INTO class_trainees (username, class_id, name, position, password_hash)
        VALUES (@username, @classId, @name, @position, @passwordHash)`);
      for (const t of trainees) insert.run(t);
    })();
  }

  saveClock(id: string, clock: ClockState): void {
    prepared(this.db, 'UPDATE classes SET state = ?, speed = ?, elapsed_ms = ?, shift_ms = ? WHERE id = ?')
      .run(clock.state, clock.speed, clock.elapsedMs, clock.shiftMs, id);
  }

  /** Uses the password up: true when it was still there to use. */
  consume(username: string, hash: string, at: string): boolean {
    return prepared(this.db, 'UPDATE class_trainees SET password_hash = NULL, joined_at = ? WHERE username = ? AND password_hash = ?')
      .run(at, username, hash).changes === 1;
  }

  fired(classId: string): FiredRow[] {
    return prepared<[string], FiredRow>(this.db,
      'SELECT class_id AS classId, username, step_id AS stepId, kind, case_id AS caseId, at FROM class_events WHERE class_id = ? ORDER BY at, rowid').all(classId);
  }

  /** Records a firing; false when it was recorded already (it must not fire twice). */
  recordFired(row: FiredRow): boolean {
    return prepared(this.db, `INSERT OR IGNORE INTO class_events (class_id, username, step_id, kind, case_id, at)
      VALUES (@classId, @username, @stepId, @kind, @caseId, @at)`).run(row).changes === 1;
  }

  setFiredCase(row: Pick<FiredRow, 'classId' | 'username' | 'stepId' | 'kind' | 'caseId'>): void {
    prepared(this.db, 'UPDATE class_events SET case_id = @caseId WHERE class_id = @classId AND username = @username AND step_id = @stepId AND kind = @kind').run(row);
  }
}
