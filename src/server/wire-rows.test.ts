// A damaged column of the server's store fails naming its table and column, and never reaches
// a console as if it were valid.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSandboxDb, type SandboxDb } from './schema.ts';
import { SqliteStore } from './store/sqlite-store.ts';
import { sqliteSql } from './store/sqlite/sqlite-sql.ts';
import { toWire as toWireOn } from './wire-rows.ts';

let db: SandboxDb;
const toWire = (entity: Parameters<typeof toWireOn>[1], id: string) => toWireOn(sqliteSql(db), entity, id);

beforeEach(() => {
  db = openSandboxDb(':memory:');
  db.prepare(`INSERT INTO templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
    VALUES ('tpl-1', 'Saludo', NULL, 'es', '["whatsapp"]', NULL, 'Hola', '2026-03-10T10:00:00.000Z', 1, NULL)`).run();
});
afterEach(() => db.close());

describe('reading the server store’s rows', () => {
  it('reads a sound row as the wire has it', async () => {
    expect(await toWire('template', 'tpl-1')).toMatchObject({ title: 'Saludo', channels: ['whatsapp'], language: 'es' });
  });

  it('names the table and column of JSON that is not JSON', async () => {
    db.prepare("UPDATE templates SET channels = '[\"whatsapp\"' WHERE id = 'tpl-1'").run();
    await expect(toWire('template', 'tpl-1')).rejects.toThrow(/templates\.channels.*not JSON/);
  });

  it('names the table and column of JSON that is not what the protocol allows', async () => {
    db.prepare("UPDATE templates SET channels = '[\"carrier_pigeon\"]' WHERE id = 'tpl-1'").run();
    await expect(toWire('template', 'tpl-1')).rejects.toThrow(/templates\.channels/);
  });

  it('names the table and column of an enumerated value outside its list', async () => {
    db.prepare("UPDATE templates SET language = 'klingon' WHERE id = 'tpl-1'").run();
    await expect(toWire('template', 'tpl-1')).rejects.toThrow(/"klingon" in templates\.language/);
  });

  it('sends an agent’s hire date, the teams a supervisor supervises and whether the rules route to them', async () => {
    db.prepare(`INSERT INTO users (username, name, role, team, password, version, hired_at, supervises)
      VALUES ('valeria', 'Valeria Quiroga', 'supervisor', NULL, 'x', 2, '2022-10-28', '["soporte"]')`).run();
    expect(await toWire('agent', 'valeria')).toEqual({
      username: 'valeria', name: 'Valeria Quiroga', role: 'supervisor', team: null, hiredAt: '2022-10-28', supervises: ['soporte'], routed: true,
    });
    db.prepare("UPDATE users SET routed = 0 WHERE username = 'valeria'").run();
    expect(await toWire('agent', 'valeria')).toMatchObject({ routed: false });
    db.prepare("UPDATE users SET hired_at = '28/10/2022' WHERE username = 'valeria'").run();
    await expect(toWire('agent', 'valeria')).rejects.toThrow(/users\.hired_at/);
  });

  it('refuses a damaged record of what a merge moved, naming its column', async () => {
    db.prepare(`INSERT INTO customer_merges VALUES ('m-1', 'merge', 'cus-a', 'cus-b', '[{"id":"cus-b.1"}]', '[]', '[]', 'lucia',
      '2026-03-10T10:00:00.000Z', NULL)`).run();
    const store = new SqliteStore(db);
    await expect(store.transaction((tx) => tx.links.get('m-1'))).rejects.toThrow(/customer_merges\.identities/);
  });
});
