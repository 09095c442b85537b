// Last contacts on an organisation's server, where a console may call any node: each node knows
// only the calls it heard, so a console back on a node after talking to another must not be
// taken for one that was silent all along (a false away spell in the supervisors' occupancy).
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../tests/fixtures/engines.ts';
import { LastContacts } from './contacts.ts';
import type { Sql } from './store/sql.ts';
import { team } from './store/shared/team.ts';

const T0 = Date.parse('2030-03-04T13:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

/** Two nodes on one database and one clock the test moves. */
async function twoNodes(sql: Sql) {
  let seconds = 0;
  const clock = { now: () => new Date(T0 + seconds * 1000) };
  await sql.run("INSERT INTO presence (username, state, at) VALUES ('lucia', 'available', ?)", at(0));
  return {
    a: new LastContacts(team(sql), clock),
    b: new LastContacts(team(sql), clock),
    to: (s: number) => void (seconds = s),
    presence: () => sql.rows<{ state: string; at: string }>("SELECT state, at FROM presence WHERE username = 'lucia' ORDER BY at, id"),
  };
}

describe.each(ENGINES)('on $engine', (engine) => {
  it('a console that calls another node for a while and comes back was never away', async () => {
    const nodes = await twoNodes(await engine.open());
    await nodes.a.seen('lucia');
    for (let s = 20; s <= 200; s += 20) {
      nodes.to(s);
      await nodes.b.seen('lucia');
    }
    nodes.to(210);
    await nodes.a.seen('lucia');
    expect(await nodes.presence()).toEqual([{ state: 'available', at: at(0) }]);
  });

  it('a console silent on every node is away from the last call any node stored', async () => {
    const nodes = await twoNodes(await engine.open());
    await nodes.a.seen('lucia');
    nodes.to(20);
    await nodes.b.seen('lucia');
    nodes.to(300);
    await nodes.a.seen('lucia');
    expect(await nodes.presence()).toEqual([
      { state: 'available', at: at(0) },
      { state: 'away', at: at(20) },
      { state: 'available', at: at(300) },
    ]);
  });
});
