import { describe, expect, it } from 'vitest';
import { isSampled, shareOf, surveyChannel } from './sample.ts';
import { csatSettingsFrom, DEFAULT_CSAT, surveyText } from './settings.ts';

describe('the csat document', () => {
  it('is the default while missing, and used whole when valid', () => {
    expect(csatSettingsFrom(undefined)).toEqual({ settings: DEFAULT_CSAT, problem: null });
    const mine = { ...DEFAULT_CSAT, sampleRate: 0.1, byType: ['hostile'] };
    expect(csatSettingsFrom(mine)).toEqual({ settings: mine, problem: null });
  });

  it.each([
    [{ ...DEFAULT_CSAT, sampleRate: 2 }, /sampleRate/],
    [{ ...DEFAULT_CSAT, channels: ['fax'] }, /channels/],
    [{ ...DEFAULT_CSAT, questions: { ...DEFAULT_CSAT.questions, en: ['Only one?'] } }, /questions\.en/],
    [{ ...DEFAULT_CSAT, questions: { es: DEFAULT_CSAT.questions.es } }, /questions\.en/],
    [{ ...DEFAULT_CSAT, rate: 0.5 }, /rate/],
  ])('a bad document keeps the defaults and says why (%#)', (value, why) => {
    const read = csatSettingsFrom(value);
    expect(read.settings).toEqual(DEFAULT_CSAT);
    expect(read.problem).toMatch(why);
  });

  it('puts every question in one message, numbered, in the language asked', () => {
    const text = surveyText(DEFAULT_CSAT.questions.en, 'en');
    expect(text.split('\n')).toEqual([expect.stringMatching(/^We would like/), ...DEFAULT_CSAT.questions.en.map((q, i) => `${i + 1}. ${q}`)]);
  });
});

describe('the sample', () => {
  const candidate = { caseId: 'case-1001', channel: 'whatsapp' as const, messageType: 'public', agent: 'lucia', team: 'soporte' };

  it('draws the same share for the same case every time, spread over [0, 1)', () => {
    expect(shareOf('case-1001')).toBe(shareOf('case-1001'));
    const shares = Array.from({ length: 1000 }, (_, i) => shareOf(`case-${i + 1}`));
    expect(shares.every((s) => s >= 0 && s < 1)).toBe(true);
    const inHalf = shares.filter((s) => s < 0.5).length;
    expect(inHalf).toBeGreaterThan(400);
    expect(inHalf).toBeLessThan(600);
  });

  it('takes listed types, agents and teams whatever the rate, and only on listed channels', () => {
    const none = { ...DEFAULT_CSAT, sampleRate: 0 };
    expect(isSampled(none, candidate)).toBe(false);
    expect(isSampled({ ...none, byType: ['public'] }, candidate)).toBe(true);
    expect(isSampled({ ...none, agents: ['lucia'] }, candidate)).toBe(true);
    expect(isSampled({ ...none, teams: ['soporte'] }, candidate)).toBe(true);
    expect(isSampled({ ...DEFAULT_CSAT, sampleRate: 1 }, candidate)).toBe(true);
    expect(isSampled({ ...DEFAULT_CSAT, sampleRate: 1, channels: ['email'] }, candidate)).toBe(false);
  });

  it('sends a public case’s survey by the same network’s private message, and skips MercadoLibre', () => {
    expect(surveyChannel('whatsapp')).toBe('whatsapp');
    expect(surveyChannel('x_mention')).toBe('x_dm');
    expect(surveyChannel('facebook_post')).toBe('facebook_messenger');
    expect(surveyChannel('instagram_comment')).toBe('instagram_dm');
    expect(surveyChannel('mercadolibre')).toBeNull();
  });
});
