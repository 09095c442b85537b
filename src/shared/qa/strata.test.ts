import { describe, expect, it } from 'vitest';
import { isOversampled, seniorityBand, stratumKey } from './strata.ts';

describe('strata', () => {
  it('bands seniority by calendar months from the hire date to the case', () => {
    expect(seniorityBand('2026-01-15', '2026-07-14T23:59:59Z')).toBe('0-6m');
    expect(seniorityBand('2026-01-15', '2026-07-15T00:00:00Z')).toBe('6-12m');
    expect(seniorityBand('2025-01-15', '2026-01-14T12:00:00Z')).toBe('6-12m');
    expect(seniorityBand('2025-01-15', '2026-01-15T00:00:00Z')).toBe('12m+');
    expect(seniorityBand(null, '2026-01-15T00:00:00Z')).toBe('12m+');
  });

  it('keys the chosen dimensions in the fixed order, a missing value as none', () => {
    const values = { channel: 'whatsapp', seniority: '0-6m', reason: null, resolution: 'favour' } as const;
    expect(stratumKey(values, ['seniority', 'channel'])).toBe('channel=whatsapp|seniority=0-6m');
    expect(stratumKey(values, ['resolution', 'reason'])).toBe('reason=none|resolution=favour');
    expect(stratumKey(values, [])).toBe('all');
  });

  it('oversamples complaints and long handling', () => {
    expect(isOversampled('complaint', 60)).toBe(true);
    expect(isOversampled('query', 2 * 86_400)).toBe(true);
    expect(isOversampled('query', 600)).toBe(false);
    expect(isOversampled(null, null)).toBe(false);
  });
});
