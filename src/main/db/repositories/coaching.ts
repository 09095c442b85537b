// The coaching plans in the cache: objectives and weekly one-on-one notes. `data` is what the
// screen shows (the server's copy with this console's pending changes over it); `server_data`
// what the server last said, so a refused change goes back to it at once. Version 0 marks a row
// written here and not yet confirmed; `removed` an objective whose removal is pending.
import { WireCoachingNote, WireCoachingObjective, type WireData } from '../../../protocol/entities.ts';
import type { CoachingNote, CoachingObjective } from '../../../shared/coaching/plan.ts';
import type { Db } from '../connection.ts';
import { fromJson } from './columns.ts';

type ObjectiveData = WireData<'coaching_objective'>;
type NoteData = WireData<'coaching_note'>;

interface Row {
  id: string;
  data: string;
  /** Written here and not yet confirmed as it is: new, or edited since the server's copy. */
  pending: number;
}

const COLUMNS = 'id, data, (server_data IS NULL OR data <> server_data) AS pending';

export class CoachingRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** The server's copy replaces both: pending changes are replayed over it after the page. */
  upsertObjective(id: string, version: number, objective: ObjectiveData): void {
    this.db.prepare(`INSERT INTO coaching_objectives (id, agent, data, server_data, removed, version) VALUES (?, ?, ?, ?, 0, ?)
      ON CONFLICT(id) DO UPDATE SET agent = excluded.agent, data = excluded.data, server_data = excluded.data, removed = 0, version = excluded.version
      WHERE excluded.version > coaching_objectives.version`).run(id, objective.agent, JSON.stringify(objective), JSON.stringify(objective), version);
  }

  removeObjective(id: string): void {
    this.db.prepare('DELETE FROM coaching_objectives WHERE id = ?').run(id);
  }

  /** The optimistic objective (new or edited); safe to apply twice. */
  putObjectiveLocally(id: string, objective: ObjectiveData): void {
    this.db.prepare(`INSERT INTO coaching_objectives (id, agent, data, server_data, removed, version) VALUES (?, ?, ?, NULL, 0, 0)
      ON CONFLICT(id) DO UPDATE SET data = excluded.data, removed = 0`).run(id, objective.agent, JSON.stringify(objective));
  }

  removeObjectiveLocally(id: string): void {
    this.db.prepare('UPDATE coaching_objectives SET removed = 1 WHERE id = ?').run(id);
  }

  /** A refused change: back to the server's copy; an objective the server never had leaves the cache. */
  revertObjective(id: string): void {
    this.db.prepare('DELETE FROM coaching_objectives WHERE id = ? AND server_data IS NULL').run(id);
    this.db.prepare('UPDATE coaching_objectives SET data = server_data, removed = 0 WHERE id = ?').run(id);
  }

  objective(id: string): CoachingObjective | null {
    const row = this.db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM coaching_objectives WHERE id = ? AND removed = 0`).get(id);
    return row ? toObjective(row) : null;
  }

  /** The agent's objectives, soonest due first (those without a date last). */
  objectives(agent: string): CoachingObjective[] {
    return this.db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM coaching_objectives WHERE agent = ? AND removed = 0
      ORDER BY json_extract(data, '$.due') IS NULL, json_extract(data, '$.due'), json_extract(data, '$.updatedAt'), id`).all(agent).map(toObjective);
  }

  upsertNote(id: string, version: number, note: NoteData): void {
    this.db.prepare(`INSERT INTO coaching_notes (id, agent, week, data, server_data, version) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET data = excluded.data, server_data = excluded.data, version = excluded.version
      WHERE excluded.version > coaching_notes.version`).run(id, note.agent, note.week, JSON.stringify(note), JSON.stringify(note), version);
  }

  removeNote(id: string): void {
    this.db.prepare('DELETE FROM coaching_notes WHERE id = ?').run(id);
  }

  putNoteLocally(id: string, note: NoteData): void {
    this.db.prepare(`INSERT INTO coaching_notes (id, agent, week, data, server_data, version) VALUES (?, ?, ?, ?, NULL, 0)
      ON CONFLICT(id) DO UPDATE SET data = excluded.data`).run(id, note.agent, note.week, JSON.stringify(note));
  }

  revertNote(id: string): void {
    this.db.prepare('DELETE FROM coaching_notes WHERE id = ? AND server_data IS NULL').run(id);
    this.db.prepare('UPDATE coaching_notes SET data = server_data WHERE id = ?').run(id);
  }

  /** The agent's weekly notes, newest week first. */
  notes(agent: string): CoachingNote[] {
    return this.db.prepare<[string], Row & { by_name: string | null }>(`SELECT ${COLUMNS},
      (SELECT a.name FROM agents a WHERE a.username = json_extract(coaching_notes.data, '$.by')) AS by_name
      FROM coaching_notes WHERE agent = ? ORDER BY week DESC`)
      .all(agent).map(toNote);
  }
}

function toObjective(row: Row): CoachingObjective {
  const data = fromJson(WireCoachingObjective, row.data, 'coaching_objectives.data');
  return { id: row.id, ...data, pending: row.pending === 1 };
}

function toNote(row: Row & { by_name: string | null }): CoachingNote {
  const data = fromJson(WireCoachingNote, row.data, 'coaching_notes.data');
  return { id: row.id, ...data, byName: row.by_name ?? data.by, pending: row.pending === 1 };
}
