// Reading ahead: what a first sync classifies while its pages travel is what triage would have
// found at the end, and a reading made from other words, another version or another channel is
// never used.
import { describe, expect, it, vi } from 'vitest';
import { withLucia } from '../../../tests/fixtures/services.ts';
import type { Change } from '../../protocol/sync.ts';
import { classifyMessage } from '../../shared/triage/index.ts';
import type { TriageThreadRow } from '../db/repositories/triage.ts';
import { Prejudge, SLICE_MS } from './prejudge.ts';
import { ensureTriage } from './triage.ts';

const world = withLucia({ pageSize: 40 });
const store = () => world.profile.services.store;

/** Every triage row the cache holds, in a stable order. */
function triaged(): unknown {
  const { db } = store();
  return {
    cases: db.prepare('SELECT * FROM case_triage ORDER BY case_id').all(),
    messages: db.prepare('SELECT * FROM message_triage ORDER BY message_id').all(),
    ranks: db.prepare('SELECT id, triage_rank, triage_filtered FROM cases ORDER BY id').all(),
  };
}

const caseChange = (id: string, channel: string): Change => ({
  entity: 'case', op: 'put', id, version: 1,
  data: { channel } as never,
});
const messageChange = (id: string, caseId: string, text: string, version = 1, kind = 'customer'): Change => ({
  entity: 'message', op: 'put', id, version,
  data: { caseId, kind, text } as never,
});
const row = (id: string, text: string, version = 1): TriageThreadRow => ({
  id, kind: 'customer', text, version, promo: null, classified_version: null, noise: null, restored: 0,
});

describe('a first sync reads its messages between pages', () => {
  it('triages every case as a triage from scratch at the end would, and used readings made between pages', async () => {
    // The world's profile synced at start; sync a fresh one again with the readings counted.
    const take = vi.spyOn(Prejudge.prototype, 'take');
    store().syncState.set('cursor', '');
    store().syncState.set('initial_sync_done', '0');
    store().syncState.set('initial_sync_count', '0');
    store().db.exec("DELETE FROM message_triage; DELETE FROM case_triage; UPDATE cases SET triage_rank = NULL, triage_filtered = 0; DELETE FROM sync_state WHERE key = 'triage_revision'");
    const used = await world.profile.services.syncOnce()
      .then(() => take.mock.results.filter((r) => r.value !== undefined).length)
      .finally(() => take.mockRestore());
    expect(used).toBeGreaterThan(0);
    const afterSync = triaged();
    expect((afterSync as { messages: unknown[] }).messages.length).toBeGreaterThan(0);

    // The same cache triaged again from nothing, by the server's clock the sync left.
    store().db.exec("DELETE FROM message_triage; DELETE FROM case_triage; UPDATE cases SET triage_rank = NULL, triage_filtered = 0; DELETE FROM sync_state WHERE key = 'triage_revision'");
    expect(ensureTriage(store())).toBe(true);
    expect(triaged()).toEqual(afterSync);
  });

  it('gives a reading only for the version, words and channel it was made from', () => {
    const ahead = new Prejudge(store());
    ahead.note([caseChange('c-1', 'whatsapp'), messageChange('m-1', 'c-1', 'Mi DNI es 30.123.456')]);
    ahead.workAll();
    const reading = ahead.take(row('m-1', 'Mi DNI es 30.123.456'), 'whatsapp');
    expect(reading?.classification).toEqual(classifyMessage({ text: 'Mi DNI es 30.123.456', channel: 'whatsapp' }));
    expect(ahead.take(row('m-1', 'Mi DNI es 30.123.456', 2), 'whatsapp')).toBeUndefined();
    expect(ahead.take(row('m-1', 'Ya no, gracias'), 'whatsapp')).toBeUndefined();
    // On a public channel the same words add a reason: a reading for another channel is not it.
    expect(ahead.take(row('m-1', 'Mi DNI es 30.123.456'), 'x_mention')).toBeUndefined();
    // A deleted message's reading goes with it.
    ahead.note([{ entity: 'message', op: 'del', id: 'm-1', version: 2 }]);
    expect(ahead.take(row('m-1', 'Mi DNI es 30.123.456'), 'whatsapp')).toBeUndefined();
  });

  it('reads a message whose case comes on a later page once the case is here, and never what the company wrote', () => {
    const ahead = new Prejudge(store());
    ahead.note([messageChange('m-2', 'c-2', 'Sin internet desde ayer'), messageChange('m-3', 'c-2', 'Hola, ¿me ayudan?', 1, 'reply')]);
    ahead.workAll();
    expect(ahead.take(row('m-2', 'Sin internet desde ayer'), 'whatsapp')).toBeUndefined();
    ahead.note([caseChange('c-2', 'whatsapp')]);
    ahead.workAll();
    expect(ahead.take(row('m-2', 'Sin internet desde ayer'), 'whatsapp')).toBeDefined();
    expect(ahead.take(row('m-3', 'Hola, ¿me ayudan?'), 'whatsapp')).toBeUndefined();
  });

  it('stops between slices once the next page is here', async () => {
    // A clock where each look at it takes a millisecond: one slice reads a few messages, whatever the machine.
    let ms = 0;
    const ahead = new Prejudge(store(), () => ms++);
    const page: Change[] = [caseChange('c-4', 'whatsapp')];
    for (let i = 0; i < 2000; i++) page.push(messageChange(`m-4-${i}`, 'c-4', `No tengo internet desde hace ${i} días, ¿qué pasa?`));
    ahead.note(page);
    let slices = 0;
    await ahead.work(() => ++slices > 1);
    const read = page.filter((c) => c.entity === 'message' && ahead.take(row(c.id, `No tengo internet desde hace ${c.id.slice(4)} días, ¿qué pasa?`), 'whatsapp'));
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(SLICE_MS);
    // What was left is read in the next wait.
    ahead.note([]);
    await ahead.work(() => false);
    expect(page.filter((c) => c.entity === 'message' && ahead.take(row(c.id, `No tengo internet desde hace ${c.id.slice(4)} días, ¿qué pasa?`), 'whatsapp'))).toHaveLength(2000);
  });
});
