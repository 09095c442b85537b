import { describe, expect, it } from 'vitest';
import type { QaReviewData } from '../repositories.ts';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { qaReviews } from './qa-reviews.ts';

const at = '2026-03-02T10:00:00.000Z';
const review = (caseId: string, reviewer: string, createdAt: string): QaReviewData => ({
  packId: 'p1', caseId, agent: 'ana', reviewer, scorecardId: 'sc', scorecardVersion: 1, answers: { c1: 'yes' }, score: 100,
  comments: [], state: 'submitted', disputes: [], versions: [{ version: 1, answers: { c1: 'yes' }, score: 100, at: createdAt, by: reviewer, note: null }],
  createdAt, updatedAt: createdAt,
});

describe.each(ENGINES)('QA reviews on $engine', (engine) => {
  it('stores reviews with growing versions and reads a pack’s oldest first', async () => {
    const sql = await engine.open();
    const reviews = qaReviews(sql);
    await reviews.add('r2', review('k2', 'sue', '2026-03-02T11:00:00.000Z'));
    await reviews.add('r1', review('k1', 'sue', at));
    const first = await sql.row<{ version: number }>('SELECT version FROM qa_reviews WHERE id = ?', 'r2');
    await reviews.update('r2', { ...review('k2', 'sue', '2026-03-02T11:00:00.000Z'), state: 'acknowledged' });
    const after = await sql.row<{ version: number }>('SELECT version FROM qa_reviews WHERE id = ?', 'r2');
    expect(after!.version).toBeGreaterThan(first!.version);
    expect((await reviews.get('r2'))?.state).toBe('acknowledged');
    expect(await reviews.idOf('p1', 'k1', 'sue')).toBe('r1');
    expect(await reviews.idOf('p1', 'k1', 'bob')).toBeUndefined();
    expect((await reviews.ofPack('p1')).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('tells a calibration from a sample, and who reviews which case', async () => {
    const sql = await engine.open();
    const reviews = qaReviews(sql);
    const pack = 'INSERT INTO qa_packs (id, created_by, created_at, data, version) VALUES (?, ?, ?, ?, 1)';
    await sql.run(pack, 'cal', 'sue', at, JSON.stringify({ calibration: { reviewers: ['sue'], benchmark: 'sue' } }));
    await sql.run(pack, 'sample', 'sue', at, JSON.stringify({ calibration: null }));
    await sql.run("INSERT INTO qa_pack_cases VALUES ('cal', 'k1', 'ana', 'any')");
    await sql.run("INSERT INTO qa_pack_reviewers VALUES ('cal', 'bob')");
    expect(await reviews.pack('cal')).toEqual({ id: 'cal', createdBy: 'sue', calibration: true });
    expect(await reviews.pack('sample')).toEqual({ id: 'sample', createdBy: 'sue', calibration: false });
    expect(await reviews.pack('none')).toBeUndefined();
    expect(await reviews.isReviewer('cal', 'bob')).toBe(true);
    expect(await reviews.isReviewer('cal', 'ana')).toBe(false);
    expect(await reviews.caseAgent('cal', 'k1')).toBe('ana');
    expect(await reviews.caseAgent('cal', 'k2')).toBeUndefined();
  });
});
