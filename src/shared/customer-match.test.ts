import { describe, expect, it } from 'vitest';
import { matchingCandidates, matchKeyOf, searchCandidates, sharedKeys } from './customer-match.ts';

describe('match keys', () => {
  it('compare phone numbers by their last ten digits, however they were typed', () => {
    expect(matchKeyOf('whatsapp', '+54 9 11 5555-1234')).toEqual({ kind: 'phone', value: '1155551234' });
    expect(matchKeyOf('sms', '(011) 5555-1234')).toEqual({ kind: 'phone', value: '1155551234' });
    expect(matchKeyOf('webchat', '5491155551234')).toEqual({ kind: 'phone', value: '1155551234' });
  });

  it('compare e-mail addresses and handles without case or the leading @', () => {
    expect(matchKeyOf('email', ' Ana.Gomez@Mail.com ')).toEqual({ kind: 'email', value: 'ana.gomez@mail.com' });
    expect(matchKeyOf('x_mention', '@AnaG_88')).toEqual({ kind: 'handle', value: 'anag_88' });
    expect(matchKeyOf('x_dm', 'anag_88')).toEqual({ kind: 'handle', value: 'anag_88' });
  });

  it('give nothing to match on for a bare @ or a short number', () => {
    expect(matchKeyOf('x_mention', '@')).toBeNull();
    expect(matchKeyOf('whatsapp', '1234')).toBeNull();
  });
});

describe('shared keys', () => {
  it('name what two records have in common, once each', () => {
    const known = [
      { channel: 'sms' as const, handle: '11 5555 1234' },
      { channel: 'email' as const, handle: 'ana@mail.com' },
      { channel: 'x_mention' as const, handle: '@ana' },
    ];
    const unknown = [
      { channel: 'whatsapp' as const, handle: '+5491155551234' },
      { channel: 'x_dm' as const, handle: 'otra' },
      { channel: 'whatsapp' as const, handle: '1155551234' },
    ];
    expect(sharedKeys(known, unknown)).toEqual([{ kind: 'phone', value: '1155551234' }]);
    expect(sharedKeys(known, [{ channel: 'email', handle: 'luis@mail.com' }])).toEqual([]);
  });
});

describe('finding records', () => {
  const ana = { id: 'a', name: 'Ana Gómez', identities: [{ channel: 'x_mention' as const, handle: '@anag_88' }, { channel: 'sms' as const, handle: '1155551234' }] };
  const luis = { id: 'l', name: 'Luis Pérez', identities: [{ channel: 'email' as const, handle: 'luis@mail.com' }] };

  it('by every word typed, in the name or an account, accents aside', () => {
    expect(searchCandidates([ana, luis], 'gomez ana')).toEqual([ana]);
    expect(searchCandidates([ana, luis], 'LUIS@mail')).toEqual([luis]);
    expect(searchCandidates([ana, luis], 'ana luis')).toEqual([]);
    expect(searchCandidates([ana, luis], '   ')).toEqual([]);
  });

  it('by a shared phone, e-mail or handle, saying which', () => {
    const unknown = [{ channel: 'whatsapp' as const, handle: '+54 9 11 5555-1234' }];
    expect(matchingCandidates(unknown, [ana, luis])).toEqual([{ customer: ana, shared: [{ kind: 'phone', value: '1155551234' }] }]);
  });
});
