import { z } from 'zod';
import { ROLES } from '../../../shared/domain.ts';
import type { TeamMember } from '../../../shared/models.ts';
import type { Db } from '../connection.ts';
import { fromJson, oneOf } from './columns.ts';
import { versionedUpsert } from './versioned.ts';

export interface AgentRow {
  id: string;
  username: string;
  name: string;
  role: string;
  team: string | null;
  hired_at: string | null;
  /** JSON array of team names. */
  supervises: string;
  /** 1: the routing rules may give them new cases. */
  routed: number;
  version: number;
}

export interface SettingRow {
  id: string;
  value: string;
  version: number;
}

const TEAMS = z.array(z.string());

/** Reference data the central API defines: the team's agents and settings documents. */
export class ReferenceRepository {
  private readonly upsertAgentStmt;
  private readonly upsertSettingStmt;
  private readonly removeAgentStmt;
  private readonly removeSettingStmt;
  private readonly teamStmt;
  private readonly roleStmt;
  private readonly nameStmt;
  private readonly settingRowStmt;
  private readonly agentsStmt;

  constructor(db: Db) {
    this.upsertAgentStmt = versionedUpsert(db, 'agents', ['username', 'name', 'role', 'team', 'hired_at', 'supervises', 'routed']);
    this.upsertSettingStmt = versionedUpsert(db, 'settings', ['value']);
    this.removeAgentStmt = db.prepare('DELETE FROM agents WHERE id = ?');
    this.removeSettingStmt = db.prepare('DELETE FROM settings WHERE id = ?');
    this.teamStmt = db.prepare<[string], { team: string | null }>('SELECT team FROM agents WHERE username = ?');
    this.roleStmt = db.prepare<[string], { role: string }>('SELECT role FROM agents WHERE username = ?');
    // An agent's id is their username (docs/openapi.yaml, WireAgent).
    this.nameStmt = db.prepare<[string], { name: string }>('SELECT name FROM agents WHERE id = ?');
    this.settingRowStmt = db.prepare<[string], SettingRow>('SELECT id, value, version FROM settings WHERE id = ?');
    this.agentsStmt = db.prepare<[], Omit<AgentRow, 'id' | 'version'>>(
      'SELECT username, name, role, team, hired_at, supervises, routed FROM agents ORDER BY role, team, name, username',
    );
  }

  /** The organisation's people, by role, team and name: the teams and seniority supervisors work with. */
  agents(): TeamMember[] {
    return this.agentsStmt.all().map((row) => ({
      username: row.username,
      name: row.name,
      role: oneOf(ROLES, row.role, 'agents.role'),
      team: row.team,
      hiredAt: row.hired_at,
      supervises: fromJson(TEAMS, row.supervises, 'agents.supervises'),
      routed: row.routed === 1,
    }));
  }

  /** A synced settings document, parsed; undefined when the server sent none. */
  setting(id: string): unknown {
    const row = this.settingRow(id);
    return row === undefined ? undefined : fromJson(z.json(), row.value, 'settings.value');
  }

  /** The agent's name as colleagues see it; null when the cache does not know them. */
  nameOf(username: string): string | null {
    return this.nameStmt.get(username)?.name ?? null;
  }

  /** A synced settings document as stored (its value is JSON text), if the server sent it. */
  settingRow(id: string): SettingRow | undefined {
    return this.settingRowStmt.get(id);
  }

  /** The agent's team, which scopes company templates; null when unknown. */
  /** The role the cache knows for `username`, if any. */
  roleOf(username: string): string | null {
    return this.roleStmt.get(username)?.role ?? null;
  }

  teamOf(username: string): string | null {
    return this.teamStmt.get(username)?.team ?? null;
  }

  upsertAgent(row: AgentRow): void {
    this.upsertAgentStmt.run(row);
  }

  upsertSetting(row: SettingRow): void {
    this.upsertSettingStmt.run(row);
  }

  removeAgent(id: string): void {
    this.removeAgentStmt.run(id);
  }

  removeSetting(id: string): void {
    this.removeSettingStmt.run(id);
  }
}
