// CSAT surveys, written once, on both engines: one per case, its facts read as 0/1 on either.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { csatSurveys } from './csat.ts';

describe.each(ENGINES)('CSAT surveys on $engine', (engine) => {
  it('sends one survey per case: its facts say so once it is sent', async () => {
    const sql = await engine.open();
    await sql.run(`INSERT INTO customers (id, name, segment, followers, public_figure, language, version)
      VALUES ('cu1', 'Ana', 'standard', 0, 0, 'es', 1)`);
    await sql.run("INSERT INTO users (username, name, role, team, password, version) VALUES ('lucia', 'Lucía', 'agent', 'sales', 'x', 1)");
    await sql.run(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, message_type,
      created_at, updated_at, version) VALUES ('c1', 1, 'cu1', 'email', 'Hi', 'resolved', 'lucia', 'normal', 'es', 'question', 'x', 'x', 1)`);
    const surveys = csatSurveys(sql);
    expect(await surveys.facts('c1')).toEqual({ language: 'es', messageType: 'question', team: 'sales', surveyed: false });
    expect(await surveys.facts('nope')).toBeUndefined();
    await surveys.send({ caseId: 'c1', messageId: 'ms', author: 'system', text: 'How did we do?', agent: 'lucia', team: 'sales', channel: 'email', language: 'es', sentAt: '2026-01-02' });
    expect(await surveys.facts('c1')).toMatchObject({ surveyed: true });
    expect(await sql.row('SELECT kind, state FROM messages WHERE id = ?', 'ms')).toEqual({ kind: 'survey', state: 'sent' });
  });
});
