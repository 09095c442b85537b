import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS } from '../hours/index.ts';
import { decideAutoReply, type AutoReplyInput } from './decide.ts';
import { AutoReplies, DEFAULT_AUTO_REPLIES } from './settings.ts';

const hours = DEFAULT_BUSINESS_HOURS;
const BA = '-03:00';
const at = (local: string) => new Date(`${local}${BA}`);
// Tuesday 10 March 2026, 23:00 in Buenos Aires: closed since 18:00, opens Wednesday at 9:00.
const TUESDAY_NIGHT_KEY = 'autoreply:case-1:2026-03-10T21:00:00.000Z';

const input = (more: Partial<Omit<AutoReplyInput, 'message'>> & { message?: Partial<AutoReplyInput['message']> } = {}): AutoReplyInput => ({
  caseId: 'case-1',
  channel: 'whatsapp',
  now: at('2026-03-10T23:01:00'),
  customer: { name: 'Ana Gómez', language: 'es', timeZone: null },
  senderBlocked: false,
  lastAgentReplyAt: null,
  answeredWindows: new Set(),
  ...more,
  message: { id: 'm1', sentAt: at('2026-03-10T23:00:00'), fromCustomer: true, noise: false, messageType: 'public', ...more.message },
});
const decide = (more: Parameters<typeof input>[0] = {}, replies: AutoReplies = DEFAULT_AUTO_REPLIES) => decideAutoReply(input(more), hours, replies);
const reasonOf = (more: Parameters<typeof input>[0] = {}, replies?: AutoReplies) => {
  const decision = decide(more, replies);
  return decision.send ? 'send' : decision.reason;
};
const withChannel = (channel: string, settings: Record<string, unknown>) =>
  AutoReplies.parse({ ...DEFAULT_AUTO_REPLIES, channels: { ...DEFAULT_AUTO_REPLIES.channels, [channel]: { ...DEFAULT_AUTO_REPLIES.channels.whatsapp, ...settings } } });

describe('decideAutoReply: sending', () => {
  it('answers a message that arrived after hours, in Spanish, with the next opening', () => {
    expect(decide()).toEqual({
      send: true,
      dedupeKey: TUESDAY_NIGHT_KEY,
      language: 'es',
      text: 'Hola Ana, gracias por escribirnos. En este momento estamos fuera del horario de atención; te responderemos mañana miércoles a las 9:00.',
      window: { start: at('2026-03-10T18:00:00'), end: at('2026-03-11T09:00:00') },
    });
  });

  it("answers in the customer's language when there is a text for it, else in the fallback language", () => {
    const english = decide({ customer: { name: 'John Smith', language: 'en' } });
    expect(english).toMatchObject({ send: true, language: 'en' });
    expect(english.send && english.text).toBe('Hi John, thanks for writing to us. We are outside our service hours right now; we will answer you tomorrow, Wednesday at 9:00.');
    expect(decide({ customer: { name: 'João Silva', language: 'pt' } })).toMatchObject({ send: true, language: 'es' });
  });

  it("gives the opening in the customer's time zone, or the schedule's when theirs is unknown", () => {
    // Wednesday 09:00 in Buenos Aires is 13:00 in Madrid, where it is already Wednesday.
    const madrid = decide({ customer: { name: 'Lucía', language: 'es', timeZone: 'Europe/Madrid' } });
    expect(madrid.send && madrid.text).toContain('te responderemos hoy a las 13:00.');
    const unknown = decide({ customer: { name: 'Lucía', language: 'es', timeZone: 'Mars/Olympus' } });
    expect(unknown.send && unknown.text).toContain('te responderemos mañana miércoles a las 9:00.');
  });

  it('greets without a name when the customer has none that reads as one', () => {
    const decision = decide({ customer: { name: '@@xx_99', language: 'es' } });
    expect(decision.send && decision.text).toMatch(/^Hola, gracias por escribirnos\./);
  });

  it("adds the emergency line in the reply's language", () => {
    const replies = withChannel('whatsapp', { emergency: { es: 'Si es una emergencia, llamá al 0800-555-0100.', en: 'For emergencies call 0800-555-0100.' } });
    const decision = decide({}, replies);
    expect(decision.send && decision.text).toMatch(/a las 9:00\.\n\nSi es una emergencia, llamá al 0800-555-0100\.$/);
  });

  it('promises an answer "as soon as possible" when no opening is in sight', () => {
    const closedForever = { version: 1 as const, schedules: [{ ...hours.schedules[0]!, week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }] };
    const decision = decideAutoReply(input(), closedForever, DEFAULT_AUTO_REPLIES);
    expect(decision.send && decision.text).toContain('te responderemos lo antes posible.');
  });
});

describe('decideAutoReply: one per case per closed window', () => {
  it('answers a burst once: the later messages find the key already used', () => {
    const answered = new Set<string>();
    const burst = [['Hola', '23:00:00'], ['¿están?', '23:00:20'], ['necesito un repuesto', '23:01:05']] as const;
    const decisions = burst.map(([, time], i) => {
      const decision = decide({ now: at(`2026-03-10T${time}`), answeredWindows: answered, message: { id: `m${i}`, sentAt: at(`2026-03-10T${time}`) } });
      if (decision.send) answered.add(decision.dedupeKey);
      return decision.send ? 'send' : decision.reason;
    });
    expect(decisions).toEqual(['send', 'already_sent', 'already_sent']);
  });

  it('gives a message at 23:00 and one at 02:00 the same key', () => {
    const late = decide();
    const early = decide({ now: at('2026-03-11T02:05:00'), message: { sentAt: at('2026-03-11T02:00:00') } });
    expect(late.send && late.dedupeKey).toBe(TUESDAY_NIGHT_KEY);
    expect(early.send && early.dedupeKey).toBe(TUESDAY_NIGHT_KEY);
  });

  it('answers again in the next closed window', () => {
    const next = decide({ now: at('2026-03-11T19:00:00'), answeredWindows: new Set([TUESDAY_NIGHT_KEY]), message: { sentAt: at('2026-03-11T19:00:00') } });
    expect(next).toMatchObject({ send: true, dedupeKey: 'autoreply:case-1:2026-03-11T21:00:00.000Z' });
  });
});

describe('decideAutoReply: skipping, one rule each', () => {
  it('open: the message arrived during business hours', () => {
    expect(decide({ now: at('2026-03-10T10:01:00'), message: { sentAt: at('2026-03-10T10:00:00') } })).toEqual({ send: false, reason: 'open' });
  });

  it("open: decided on the message's time, not the decision's", () => {
    // Written at 17:59, seen at 18:05 after closing: it arrived while open.
    expect(reasonOf({ now: at('2026-03-10T18:05:00'), message: { sentAt: at('2026-03-10T17:59:00') } })).toBe('open');
    // Written at 08:55, seen at 09:02: it arrived while closed, but agents are back.
    expect(reasonOf({ now: at('2026-03-11T09:02:00'), message: { sentAt: at('2026-03-11T08:55:00') } })).toBe('open');
  });

  it('disabled: auto-replies are off for the channel, or it is not configured', () => {
    expect(reasonOf({}, withChannel('whatsapp', { enabled: false }))).toBe('disabled');
    const { whatsapp: _, ...others } = DEFAULT_AUTO_REPLIES.channels;
    expect(reasonOf({}, { ...DEFAULT_AUTO_REPLIES, channels: others })).toBe('disabled');
  });

  it('public_channel: never on a public post or comment unless the channel allows it', () => {
    expect(reasonOf({ channel: 'facebook_post' })).toBe('public_channel');
    expect(reasonOf({ channel: 'instagram_comment' }, withChannel('instagram_comment', { allowPublic: false }))).toBe('public_channel');
    expect(reasonOf({ channel: 'instagram_comment' }, withChannel('instagram_comment', { allowPublic: true }))).toBe('send');
  });

  it('not_customer: never answers the company itself or an outbound message', () => {
    expect(reasonOf({ message: { fromCustomer: false } })).toBe('not_customer');
  });

  it('reaction, story_mention, campaign: not conversation, unless the channel allows the kind', () => {
    expect(reasonOf({ message: { kind: 'reaction' } })).toBe('reaction');
    expect(reasonOf({ message: { kind: 'story_mention' } })).toBe('story_mention');
    expect(reasonOf({ message: { kind: 'campaign' } })).toBe('campaign');
    expect(reasonOf({ message: { kind: 'story_mention' } }, withChannel('whatsapp', { allowKinds: ['story_mention'] }))).toBe('send');
    expect(reasonOf({ message: { kind: 'message' } })).toBe('send');
  });

  it('noise: never answers a filtered message', () => {
    expect(reasonOf({ message: { noise: true } })).toBe('noise');
  });

  it('hostile_no_content: never answers type E, but answers hostile messages with content and empty ones', () => {
    expect(reasonOf({ message: { messageType: 'hostile_no_content' } })).toBe('hostile_no_content');
    expect(reasonOf({ message: { messageType: 'hostile' } })).toBe('send');
    expect(reasonOf({ message: { messageType: 'no_content' } })).toBe('send');
    expect(reasonOf({ message: { messageType: null } })).toBe('send');
  });

  it('blocked: never answers a blocked sender', () => {
    expect(reasonOf({ senderBlocked: true })).toBe('blocked');
  });

  it('agent_replied: an agent replied within the quiet minutes before the message, or since', () => {
    expect(reasonOf({ lastAgentReplyAt: at('2026-03-10T22:55:00') })).toBe('agent_replied');
    expect(reasonOf({ lastAgentReplyAt: at('2026-03-10T23:00:30') })).toBe('agent_replied');
    expect(reasonOf({ lastAgentReplyAt: at('2026-03-10T22:49:00') })).toBe('send');
    expect(decide({ lastAgentReplyAt: at('2026-03-10T22:55:00') })).toMatchObject({ window: { start: at('2026-03-10T18:00:00') } });
  });

  it('stale: older than the freshness limit by the server clock, so a console waking up sends nothing', () => {
    expect(reasonOf({ now: at('2026-03-10T23:15:00') })).toBe('send');
    expect(reasonOf({ now: at('2026-03-10T23:15:01') })).toBe('stale');
    expect(reasonOf({ now: at('2026-03-11T08:30:00') })).toBe('stale');
    const patient = AutoReplies.parse({ ...DEFAULT_AUTO_REPLIES, freshnessMinutes: 60 });
    expect(reasonOf({ now: at('2026-03-10T23:45:00') }, patient)).toBe('send');
  });

  it('already_sent: the case got its auto-reply in this window', () => {
    expect(decide({ answeredWindows: new Set([TUESDAY_NIGHT_KEY]) })).toMatchObject({ send: false, reason: 'already_sent' });
  });

  it("no_text: neither the customer's language nor the fallback has a text", () => {
    const englishOnly = withChannel('whatsapp', { texts: { en: 'We are closed; we will answer you {{opening}}.' } });
    expect(reasonOf({}, englishOnly)).toBe('no_text');
    expect(reasonOf({ customer: { name: 'John', language: 'en' } }, englishOnly)).toBe('send');
  });
});
