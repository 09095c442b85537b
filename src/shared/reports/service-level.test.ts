import { describe, expect, it } from 'vitest';
import { serviceLevels } from './service-level.ts';

describe('service level and ASA per channel', () => {
  it('gives two WhatsApp cases answered at 5 and 20 min against 15 min a level of 0.5 and an ASA of 750 s', () => {
    const { serviceLevel, asa } = serviceLevels([
      { channel: 'whatsapp', firstResponseSeconds: 300, waitingSeconds: null },
      { channel: 'whatsapp', firstResponseSeconds: 1200, waitingSeconds: null },
    ]);
    expect(serviceLevel).toEqual({ whatsapp: { targetSeconds: 900, within: 1, total: 2, ratio: 0.5 } });
    expect(asa).toEqual({ whatsapp: 750 });
  });

  it('counts an unanswered case as missed once past the target, and leaves it out before', () => {
    const { serviceLevel, asa } = serviceLevels([
      // Web chat, 5 min target: answered at exactly 5 min (within), one waiting 6 min (missed), one waiting 2 min (not yet).
      { channel: 'webchat', firstResponseSeconds: 300, waitingSeconds: null },
      { channel: 'webchat', firstResponseSeconds: null, waitingSeconds: 360 },
      { channel: 'webchat', firstResponseSeconds: null, waitingSeconds: 120 },
      // Resolved without any reply (only noise): owed nothing.
      { channel: 'email', firstResponseSeconds: null, waitingSeconds: null },
    ]);
    expect(serviceLevel.webchat).toEqual({ targetSeconds: 300, within: 1, total: 2, ratio: 0.5 });
    expect(serviceLevel.email).toEqual({ targetSeconds: 14_400, within: 0, total: 0, ratio: null });
    expect(asa).toEqual({ email: null, webchat: 300 });
  });
});
