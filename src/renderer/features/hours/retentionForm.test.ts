import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, Retention } from '../../../shared/retention.ts';
import { retentionDocument, retentionFieldProblem, retentionForm, retentionProblems } from './retentionForm.ts';

describe('the retention form', () => {
  it('turns the document into text and back', () => {
    expect(retentionForm(DEFAULT_RETENTION)).toEqual({ textDays: '90', outboxDays: '30', maxOfflineDays: '14' });
    expect(retentionDocument({ textDays: ' 60 ', outboxDays: '20', maxOfflineDays: '7' })).toEqual({ version: 1, textDays: 60, outboxDays: 20, maxOfflineDays: 7 });
    expect(retentionProblems(retentionForm(DEFAULT_RETENTION))).toEqual([]);
  });

  it('names what is wrong with a field: nothing typed, not whole days, out of bounds', () => {
    expect(retentionFieldProblem('textDays', '  ')).toBe('empty');
    for (const text of ['2.5', '2,5', 'noventa', '1e2', '0x10']) expect(retentionFieldProblem('textDays', text)).toBe('whole');
    for (const text of ['0', '-3', '3651']) expect(retentionFieldProblem('textDays', text)).toBe('range');
    expect(retentionFieldProblem('maxOfflineDays', '365')).toBeNull();
    expect(retentionFieldProblem('maxOfflineDays', '366')).toBe('range');
    expect(retentionProblems({ textDays: '90', outboxDays: '', maxOfflineDays: '0' })).toEqual([
      { field: 'outboxDays', key: 'empty' }, { field: 'maxOfflineDays', key: 'range' },
    ]);
  });

  it('accepts exactly what the document’s schema accepts', () => {
    for (const form of [{ textDays: '1', outboxDays: '3650', maxOfflineDays: '365' }, { textDays: '3650', outboxDays: '1', maxOfflineDays: '1' }]) {
      expect(retentionProblems(form)).toEqual([]);
      expect(Retention.safeParse(retentionDocument(form)).success).toBe(true);
    }
  });
});
