import { describe, expect, it } from 'vitest';
import { isPublicChannel } from '../channels.ts';
import { CHANNELS } from '../domain.ts';
import { AutoReplies, autoRepliesFrom, DEFAULT_AUTO_REPLIES } from './settings.ts';

describe('autoRepliesFrom', () => {
  it('uses a valid document, filling the defaults it leaves out', () => {
    const { replies, problem } = autoRepliesFrom({ version: 1, channels: { whatsapp: { enabled: true, texts: { es: 'Volvemos {{apertura}}.' } } } });
    expect(problem).toBeNull();
    expect(replies).toEqual({
      version: 1, freshnessMinutes: 15, agentQuietMinutes: 10, fallbackLanguage: 'es',
      channels: { whatsapp: { enabled: true, allowPublic: false, allowKinds: [], texts: { es: 'Volvemos {{apertura}}.' }, emergency: null } },
    });
  });

  it('uses the defaults, without a problem, while the server has sent no document', () => {
    expect(autoRepliesFrom(undefined)).toEqual({ replies: DEFAULT_AUTO_REPLIES, problem: null });
  });

  it('refuses a document whose text could not be filled unattended, saying which placeholder', () => {
    const { replies, problem } = autoRepliesFrom({ version: 1, channels: { sms: { enabled: true, texts: { es: 'Hola {{agent.name}}' } } } });
    expect(replies).toBe(DEFAULT_AUTO_REPLIES);
    expect(problem).toContain('{{agent.name}} cannot be filled in an auto-reply');
  });

  it('refuses unknown languages and out-of-range minutes', () => {
    expect(autoRepliesFrom({ version: 1, fallbackLanguage: 'fr', channels: {} }).problem).toMatch(/fallbackLanguage/);
    expect(autoRepliesFrom({ version: 1, freshnessMinutes: 0, channels: {} }).problem).toMatch(/freshnessMinutes/);
  });
});

describe('DEFAULT_AUTO_REPLIES', () => {
  it('is on for every private channel in Spanish and English, and silent on public ones', () => {
    expect(AutoReplies.parse(DEFAULT_AUTO_REPLIES)).toEqual(DEFAULT_AUTO_REPLIES);
    for (const channel of CHANNELS) {
      const settings = DEFAULT_AUTO_REPLIES.channels[channel];
      if (isPublicChannel(channel)) expect(settings, channel).toBeUndefined();
      else expect(settings, channel).toMatchObject({ enabled: true, allowPublic: false, texts: { es: expect.stringContaining('{{apertura}}'), en: expect.stringContaining('{{opening}}') } });
    }
  });
});
