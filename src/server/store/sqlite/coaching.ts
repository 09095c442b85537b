// The coaching plan on SQLite: one row per objective and per weekly note, the wire's data as JSON.
import { WireCoachingNote, WireCoachingObjective } from '../../../protocol/entities.ts';
import { jsonColumn } from '../../columns.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import type { Coaching } from '../repositories.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

export const sqliteCoaching = (db: SandboxDb): Sync<Coaching> => ({
  objective: (objectiveId) => {
    const found = row<{ data: string }>(db, 'SELECT data FROM coaching_objectives WHERE id = ?', objectiveId);
    return found && jsonColumn(WireCoachingObjective, found.data, 'coaching_objectives.data');
  },
  saveObjective: (objectiveId, o) => void run(db, `INSERT INTO coaching_objectives (id, agent, data, version) VALUES (?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET data = excluded.data, version = excluded.version`, objectiveId, o.agent, JSON.stringify(o), nextVersion(db)),
  removeObjective: (objectiveId) => void run(db, 'DELETE FROM coaching_objectives WHERE id = ?', objectiveId),
  note: (noteId) => {
    const found = row<{ data: string }>(db, 'SELECT data FROM coaching_notes WHERE id = ?', noteId);
    return found && jsonColumn(WireCoachingNote, found.data, 'coaching_notes.data');
  },
  saveNote: (noteId, n) => void run(db, `INSERT INTO coaching_notes (id, agent, week, data, version) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET data = excluded.data, version = excluded.version`, noteId, n.agent, n.week, JSON.stringify(n), nextVersion(db)),
});
