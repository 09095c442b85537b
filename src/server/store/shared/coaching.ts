// The coaching plan: one row per objective and per weekly note, the wire's data as JSON.
import { WireCoachingNote, WireCoachingObjective } from '../../../protocol/entities.ts';
import { jsonColumn } from '../../columns.ts';
import type { Coaching } from '../repositories.ts';
import type { Sql } from '../sql.ts';

export const coaching = (sql: Sql): Coaching => ({
  objective: async (objectiveId) => {
    const found = await sql.row<{ data: string }>('SELECT data FROM coaching_objectives WHERE id = ?', objectiveId);
    return found && jsonColumn(WireCoachingObjective, found.data, 'coaching_objectives.data');
  },
  saveObjective: async (objectiveId, o) => {
    await sql.run(`INSERT INTO coaching_objectives (id, agent, data, version) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET data = excluded.data, version = excluded.version`, objectiveId, o.agent, JSON.stringify(o), await sql.nextVersion());
  },
  removeObjective: async (objectiveId) => {
    await sql.run('DELETE FROM coaching_objectives WHERE id = ?', objectiveId);
  },
  note: async (noteId) => {
    const found = await sql.row<{ data: string }>('SELECT data FROM coaching_notes WHERE id = ?', noteId);
    return found && jsonColumn(WireCoachingNote, found.data, 'coaching_notes.data');
  },
  saveNote: async (noteId, n) => {
    await sql.run(`INSERT INTO coaching_notes (id, agent, week, data, version) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET data = excluded.data, version = excluded.version`, noteId, n.agent, n.week, JSON.stringify(n), await sql.nextVersion());
  },
});
