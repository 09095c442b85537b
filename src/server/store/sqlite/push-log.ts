import { z } from 'zod';
import { MUTATION_RESULTS } from '../../../protocol/sync.ts';
import { columnValue } from '../../columns.ts';
import type { LoggedMutation, PushLog } from '../repositories.ts';
import type { SandboxDb } from '../../schema.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

const LoggedStatus = z.enum(MUTATION_RESULTS);

export const sqlitePushLog = (db: SandboxDb): Sync<PushLog> => ({
  client: (clientId) => row(db, 'SELECT username, last_seq AS lastSeq FROM clients WHERE client_id = ?', clientId),
  addClient: (clientId, username) => void run(db, 'INSERT INTO clients VALUES (?, ?, 0)', clientId, username),
  advance: (clientId, lastSeq) => void run(db, 'UPDATE clients SET last_seq = ? WHERE client_id = ?', lastSeq, clientId),
  logged: (clientId, seq) => {
    const found = row<Omit<LoggedMutation, 'status'> & { status: unknown }>(db,
      'SELECT mutation_id AS mutationId, status, reason, message FROM mutation_log WHERE client_id = ? AND seq = ?', clientId, seq);
    return found && { ...found, status: columnValue(LoggedStatus, found.status, 'mutation_log.status') };
  },
  log: (e) => void run(db, 'INSERT INTO mutation_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    e.clientId, e.seq, e.mutationId, e.name, e.status, e.reason, e.message, e.at),
  device: (clientId) => row(db, 'SELECT device_id AS deviceId, revoked_at AS revokedAt FROM client_devices WHERE client_id = ?', clientId),
  bindDevice: (clientId, deviceId) => void run(db, 'INSERT INTO client_devices (client_id, device_id) VALUES (?, ?)', clientId, deviceId),
});
