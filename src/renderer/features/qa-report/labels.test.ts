import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { keyLabel, weekLabel } from './labels.ts';

// The key itself stands for the translation: what matters is which key is asked for.
const t = ((key: string) => `<${key}>`) as unknown as TFunction;

describe('report labels', () => {
  it('names channels and reasons, the total and a missing value; agents and teams stay as they are', () => {
    expect(keyLabel(t, 'channel', 'whatsapp')).toBe('<channel.whatsapp>');
    expect(keyLabel(t, 'reason', 'complaint')).toBe('<resolve.reasons.complaint>');
    expect(keyLabel(t, 'reason', 'none')).toBe('<qaReport.none>');
    expect(keyLabel(t, 'agent', 'all')).toBe('<qaReport.all>');
    expect(keyLabel(t, 'agent', 'lucia')).toBe('lucia');
    // A team named like a channel is still a team.
    expect(keyLabel(t, 'team', 'whatsapp')).toBe('whatsapp');
  });

  it('writes a week by its Monday, day first, whatever the computer’s zone', () => {
    expect(weekLabel('es-AR', '2026-11-02')).toBe('2/11');
    expect(weekLabel('en-US', '2026-11-02')).toBe('11/2');
  });
});
