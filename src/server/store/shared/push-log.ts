import { z } from 'zod';
import { MUTATION_RESULTS } from '../../../protocol/sync.ts';
import { columnValue } from '../../columns.ts';
import type { LoggedMutation, PushLog } from '../repositories.ts';
import { type Sql, write } from '../sql.ts';

const LoggedStatus = z.enum(MUTATION_RESULTS);

export const pushLog = (sql: Sql): PushLog => ({
  // Read first in every push: on PostgreSQL the row stays locked until the push commits, so two
  // nodes never apply one client's seq twice or out of order.
  client: (clientId) => sql.row(`SELECT username, last_seq AS "lastSeq" FROM clients WHERE client_id = ?${sql.forUpdate}`, clientId),
  addClient: (clientId, username) => write(sql, 'INSERT INTO clients VALUES (?, ?, 0)', clientId, username),
  advance: (clientId, lastSeq) => write(sql, 'UPDATE clients SET last_seq = ? WHERE client_id = ?', lastSeq, clientId),
  logged: async (clientId, seq) => {
    const found = await sql.row<Omit<LoggedMutation, 'status'> & { status: unknown }>(
      'SELECT mutation_id AS "mutationId", status, reason, message FROM mutation_log WHERE client_id = ? AND seq = ?', clientId, seq);
    return found && { ...found, status: columnValue(LoggedStatus, found.status, 'mutation_log.status') };
  },
  log: (e) => write(sql, 'INSERT INTO mutation_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    e.clientId, e.seq, e.mutationId, e.name, e.status, e.reason, e.message, e.at),
  device: (clientId) => sql.row('SELECT device_id AS "deviceId", revoked_at AS "revokedAt" FROM client_devices WHERE client_id = ?', clientId),
  bindDevice: (clientId, deviceId) => write(sql, 'INSERT INTO client_devices (client_id, device_id) VALUES (?, ?)', clientId, deviceId),
});
