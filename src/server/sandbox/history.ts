// The sandbox's past: resolved cases of the weeks before its clock, so that supervisors have
// something to sample and review. Made from the scenario's own lines (customers' messages and
// agents' replies, names changed to the new people), with new customers, so the scenario's
// customers and their histories stay as they are. Deterministic: the same day of the clock and
// the same size give the same history. Times follow the business hours in force (mostly open
// hours; out of hours the auto-reply engine answers first, and the agent at the next opening).
import { AUTO_REPLIES_SETTING, autoRepliesFrom, decideAutoReply } from '../../shared/autoreply/index.ts';
import type { Channel, ContactReason, Language, Resolution } from '../../shared/domain.ts';
import { businessHoursFrom, closedWindowAt, isOpenAt, scheduleFor, BUSINESS_HOURS_SETTING } from '../../shared/hours/index.ts';
import { FALLBACK_INVITATIONS, MOVE_TO_PRIVATE_SETTING, moveToPrivatePlan } from '../../shared/move-to-private.ts';
import { firstName, renderTemplate } from '../../shared/templates.ts';
import type { Scenario } from '../scenario.ts';
import { historyCustomer } from './history-people.ts';

/** How far back the history reaches from the sandbox's clock. */
export const HISTORY_DAYS = 56;
/** The history's size without `--cases`; with it, half of N when that is more. */
export const HISTORY_MIN = 300;

export const historySize = (cases?: number): number => Math.max(HISTORY_MIN, Math.ceil((cases ?? 0) / 2));

export interface HistoryAgent {
  username: string;
  name: string;
  team: string | null;
  /** Hire date (YYYY-MM-DD); an agent takes no case from before it. */
  hiredAt: string | null;
}

export interface HistoryMessage {
  kind: 'customer' | 'reply' | 'auto_reply';
  author: string;
  text: string;
  at: Date;
  /** An auto-reply's dedupe key: the case and the closed window it answered. */
  autoReplyKey: string | null;
}

export interface HistoryCase {
  key: string;
  customer: string;
  channel: Channel;
  subject: string;
  language: Language;
  priority: Scenario['cases'][number]['priority'];
  reason: ContactReason;
  resolution: Resolution;
  messageType: Scenario['cases'][number]['messageType'];
  assignedTo: string;
  createdAt: Date;
  /** Its first resolution; `resolvedAt` is its last (later when the customer came back). */
  firstResolvedAt: Date;
  /** When the customer came back after the first resolution and the case reopened, if they did. */
  reopenedAt: Date | null;
  resolvedAt: Date;
  messages: HistoryMessage[];
  /** A public case the agent moved to this private channel, and the case that continued it. */
  movedTo: Channel | null;
  continues: string | null;
}

/** An agent's presence as the server would have received it. */
export interface HistoryPresence {
  username: string;
  state: 'available' | 'busy' | 'away';
  at: Date;
}

export interface History {
  customers: Scenario['customers'];
  /** Oldest first. */
  cases: HistoryCase[];
  /** Each agent's working days, oldest first: for the reports' occupancy. */
  presence: HistoryPresence[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SIGN_OFF: Record<Language, string> = { es: 'Saludos', en: 'Best regards', pt: 'Abraços' };

/** A small seeded generator (mulberry32): the same seed, the same history. */
function generator(seed: number) {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const between = (min: number, max: number) => min + random() * (max - min);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Nothing to pick from');
    return items[Math.floor(random() * items.length)] as T;
  };
  return { random, between, pick };
}

/**
 * Replaces whole words (names), whatever the letters around them, in one pass: the longest
 * match wins (a whole name before its first name), and nothing replaced is replaced again.
 */
function replaceWords(text: string, words: ReadonlyMap<string, string>): string {
  if (words.size === 0) return text;
  const escaped = [...words.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const any = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(any, (found) => words.get(found) ?? found);
}

export function buildHistory(scenario: Scenario, agents: readonly HistoryAgent[], now: Date, size: number): History {
  const { random, between, pick } = generator(14);
  const hours = businessHoursFrom(scenario.settings[BUSINESS_HOURS_SETTING]).hours;
  const replies = autoRepliesFrom(scenario.settings[AUTO_REPLIES_SETTING]).replies;
  const movePlans = scenario.settings[MOVE_TO_PRIVATE_SETTING];
  const customerNames = new Map(scenario.customers.map((c) => [c.key, c.name]));
  const agentFirstNames = scenario.users.flatMap((u) => firstName(u.name) ?? []);
  const withLines = scenario.cases.filter((c) => c.messages.some((m) => m.from === 'customer'));
  const channels = [...new Set(withLines.map((c) => c.channel))];
  // A case whose customer got no answer in the scenario borrows one from a case like it.
  const answered = scenario.cases.filter((c) => c.messages.some((m) => m.from === 'agent'));
  const borrowedAnswer = (base: Scenario['cases'][number]): { text: string; customer: string } => {
    const like = answered.filter((c) => c.language === base.language && c.messageType === base.messageType);
    const from = pick(like.length > 0 ? like : answered.filter((c) => c.language === base.language || c.language === 'es'));
    return { text: from.messages.find((m) => m.from === 'agent')?.text ?? '', customer: from.customer };
  };
  // Anchored to the start of the clock's day (UTC), so every seed of one day makes the same
  // history, whatever the second: it lies within the HISTORY_DAYS before the clock and ends by it.
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const start = today - (HISTORY_DAYS - 1) * DAY;
  const latest = today - 3 * DAY;
  // An agent takes cases from a few days after their hire date; one hired since has no history.
  const firstDayOf = (agent: HistoryAgent) => Math.max(start, agent.hiredAt ? Date.parse(`${agent.hiredAt}T12:00:00Z`) + 3 * DAY : start);
  const staff = agents.filter((a) => firstDayOf(a) < latest);
  if (staff.length === 0) return { customers: [], cases: [], presence: [] };
  // Each team gets cases like those its agents handle in the scenario (any, for a team without any).
  const teamOf = new Map(scenario.users.map((u) => [u.username, u.team ?? null]));
  const basesOf = (team: string | null) => {
    const own = withLines.filter((c) => c.assignedTo !== null && teamOf.get(c.assignedTo) === team);
    return own.length > 0 ? own : withLines;
  };

  const customers: Scenario['customers'] = [];
  const cases: HistoryCase[] = [];

  /** When an agent answers something that arrived at `t`, `within` minutes later: if closed then, at the next opening. */
  const attended = (channel: Channel, t: number, within: [number, number]): number => {
    const due = t + between(within[0], within[1]) * MINUTE;
    const window = closedWindowAt(scheduleFor(hours, channel), new Date(due));
    return window?.end ? window.end.getTime() + between(1, 20) * MINUTE : due;
  };

  /** When a customer first writes: in open hours mostly; `closed` asks for an evening or a weekend. */
  const firstContact = (channel: Channel, earliest: number, closed: boolean, before = latest): number => {
    const schedule = scheduleFor(hours, channel);
    const until = Math.max(earliest, before);
    let t = between(earliest, until);
    for (let tries = 0; tries < 60 && isOpenAt(schedule, new Date(t)) === closed; tries++) t = between(earliest, until);
    return t;
  };

  const signed = (text: string, agent: HistoryAgent, language: Language): string => {
    const first = firstName(agent.name) ?? agent.name;
    return text.includes(first) ? text : `${text}\n\n${SIGN_OFF[language]}, ${first}`;
  };

  const newCustomer = (language: Language): Scenario['customers'][number] => {
    const customer = historyCustomer(customers.length, language, random);
    customers.push(customer);
    return customer;
  };

  const ensureIdentity = (customer: Scenario['customers'][number], channel: Channel) => {
    if (!customer.identities.some((i) => i.channel === channel)) customer.identities.push({ channel, handle: handleOf(customer, channel), validated: true });
  };

  /** A thread: the customer's lines and the agent's, in turns, from `t`; returns the messages and the resolution time. */
  const thread = (
    key: string, channel: Channel, customer: Scenario['customers'][number], agent: HistoryAgent,
    customerLines: string[], agentLines: string[], t: number, slow: boolean,
  ): { messages: HistoryMessage[]; lastAt: number; resolvedAt: number } => {
    const messages: HistoryMessage[] = [];
    const turns = Math.max(customerLines.length, agentLines.length);
    let at = t;
    for (let turn = 0; turn < turns; turn++) {
      const said = customerLines[turn];
      if (said !== undefined) {
        messages.push({ kind: 'customer', author: customer.name, text: said, at: new Date(at), autoReplyKey: null });
        const notice = decideAutoReply({
          caseId: key, channel, now: new Date(at + MINUTE),
          message: { id: `${key}.${turn}`, sentAt: new Date(at), fromCustomer: true, noise: false, messageType: null },
          customer: { name: customer.name, language: customer.language },
          senderBlocked: false, lastAgentReplyAt: null,
          answeredWindows: new Set(messages.flatMap((m) => (m.autoReplyKey ? [m.autoReplyKey] : []))),
        }, hours, replies);
        if (notice.send) {
          messages.push({ kind: 'auto_reply', author: scenario.company, text: notice.text, at: new Date(at + MINUTE), autoReplyKey: notice.dedupeKey });
        }
      }
      const answer = agentLines[turn];
      if (answer !== undefined) {
        // Long handling: the first answer comes the next day or later.
        const wait: [number, number] = slow && turn === 0 ? [26 * 60, 50 * 60] : channel === 'email' ? [20, 240] : [2, 45];
        at = attended(channel, at, wait);
        messages.push({ kind: 'reply', author: agent.name, text: signed(answer, agent, customer.language), at: new Date(at), autoReplyKey: null });
      }
      at += between(4, slow ? 600 : 180) * MINUTE;
    }
    const lastAt = messages.at(-1)?.at.getTime() ?? t;
    return { messages, lastAt, resolvedAt: attended(channel, lastAt, [1, 30]) };
  };

  for (let i = 0; cases.length < size; i++) {
    const agent = staff[i % staff.length] as HistoryAgent;
    // The first cases cover every channel of the scenario; then the team's own mix.
    const base = i < channels.length
      ? pick(withLines.filter((c) => c.channel === channels[i]))
      : pick(basesOf(agent.team));
    const language = base.language;
    const earlier = customers.filter((c) => c.language === language);
    const customer = earlier.length > 10 && random() < 0.2 ? pick(earlier) : newCustomer(language);
    const newFirst = firstName(customer.name);
    const agentFirst = firstName(agent.name) ?? agent.name;
    const renamed = (text: string, scenarioCustomer: string) => {
      const names = new Map<string, string>();
      // The whole name (a signature "Brenda Ruiz") and the first name; a surname alone is left,
      // since it is as often a street or a town ("Av. Díaz Vélez", "Vicente López").
      const beforeName = customerNames.get(scenarioCustomer) ?? null;
      if (beforeName) names.set(beforeName, customer.name);
      const before = firstName(beforeName);
      if (before && newFirst) names.set(before, newFirst);
      for (const other of agentFirstNames) if (other !== agentFirst) names.set(other, agentFirst);
      return replaceWords(text, names);
    };
    const customerLines = base.messages.filter((m) => m.from === 'customer').map((m) => renamed(m.text, base.customer));
    let agentLines = base.messages.filter((m) => m.from === 'agent').map((m) => renamed(m.text, base.customer));
    if (agentLines.length === 0) {
      const borrowed = borrowedAnswer(base);
      agentLines = [renamed(borrowed.text, borrowed.customer)];
    }

    const closed = random() < 0.12;
    const slow = random() < 0.1;
    const reason: ContactReason = base.reason ?? 'query';
    const resolution: Resolution = base.resolution ?? (reason === 'complaint' ? (random() < 0.35 ? 'against' : 'favour') : (random() < 0.15 ? 'against' : 'favour'));
    const key = `hist-${i + 1}`;
    const plan = moveToPrivatePlan(movePlans, base.channel);
    const moves = plan !== null && (base.messageType === 'private_data' || random() < 0.25) && customerLines.length > 1 && cases.length + 1 < size;
    const target = plan?.targets[0] ?? null;
    ensureIdentity(customer, base.channel);
    if (moves && target) ensureIdentity(customer, target);
    const common = {
      // Named like a case the inbound control opens: by the customer's first words.
      customer: customer.key, subject: subjectOf(customerLines[0] ?? base.subject), language, priority: base.priority, reason, resolution,
      assignedTo: agent.username, continues: null,
    };
    const template = plan?.templateIds.flatMap((id) => scenario.templates.find((t) => t.key === id && t.language === language) ?? [])[0];
    const invitation = renderTemplate(template?.body ?? FALLBACK_INVITATIONS[language], {
      'customer.firstName': newFirst ?? '', 'customer.name': customer.name, 'agent.name': agentFirst,
    }).text;

    /** The case (and its private continuation) first written at `created`. */
    const group = (created: number): HistoryCase[] => {
      if (!moves || !target) {
        const { messages, resolvedAt } = thread(key, base.channel, customer, agent, customerLines, agentLines, created, slow);
        return [{ ...common, key, channel: base.channel, messageType: base.messageType, createdAt: new Date(created),
          ...resolved(resolvedAt), messages, movedTo: null }];
      }
      // Private data in public: the agent invites the customer to a private channel, where the case continues.
      const opened = thread(key, base.channel, customer, agent, customerLines.slice(0, 1), [invitation], created, false);
      const continuedAt = opened.lastAt + between(3, 90) * MINUTE;
      // The scenario's first answer was the public one; the private case goes on with the rest.
      const privateAnswers = agentLines.length > 1 ? agentLines.slice(1) : agentLines;
      const rest = thread(`${key}p`, target, customer, agent, customerLines.slice(1), privateAnswers, continuedAt, slow);
      return [
        { ...common, key, channel: base.channel, messageType: 'private_data', createdAt: new Date(created),
          ...resolved(opened.resolvedAt), messages: opened.messages, movedTo: target },
        { ...common, key: `${key}p`, channel: target, messageType: 'private_data', createdAt: new Date(continuedAt),
          ...resolved(rest.resolvedAt), messages: rest.messages, movedTo: null, continues: key },
      ];
    };
    // History is the past: a case that would still run at the clock begins a week earlier.
    let before = latest;
    let made = group(firstContact(base.channel, firstDayOf(agent), closed, before));
    while (made.some((c) => c.resolvedAt.getTime() > today) && before > start) {
      before -= 7 * DAY;
      made = group(firstContact(base.channel, firstDayOf(agent), closed, before));
    }
    cases.push(...made);
  }
  cases.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.key.localeCompare(b.key));
  // Drawn apart from the cases' generator, so the threads above stay as they were.
  comeBacks(cases, customers, staff, today, attended);
  return { customers, cases, presence: presenceOf(staff, firstDayOf, today) };
}

const resolved = (at: number) => ({ firstResolvedAt: new Date(at), reopenedAt: null, resolvedAt: new Date(at) });

const COME_BACK: Record<Language, { customer: string; agent: string }> = {
  es: { customer: 'Hola de nuevo, el problema volvió a aparecer.', agent: 'Gracias por avisarnos. Lo revisé otra vez y ya quedó solucionado.' },
  en: { customer: 'Hi again, the problem is back.', agent: 'Thanks for letting us know. I checked it again and it is fixed now.' },
  pt: { customer: 'Olá de novo, o problema voltou.', agent: 'Obrigado por avisar. Verifiquei de novo e já ficou resolvido.' },
};

/**
 * A few customers come back within days of a resolution: the case reopens, is answered and
 * resolved again, so the reports' first-contact resolution has something to count.
 */
function comeBacks(
  cases: HistoryCase[], customers: Scenario['customers'], staff: readonly HistoryAgent[], today: number,
  attended: (channel: Channel, t: number, within: [number, number]) => number,
): void {
  const { random, between } = generator(15);
  const names = new Map(customers.map((c) => [c.key, c.name]));
  for (const c of cases) {
    if (c.movedTo !== null || c.continues !== null || random() >= 0.08) continue;
    const back = c.resolvedAt.getTime() + between(2, 5 * 24) * HOUR;
    const agent = staff.find((a) => a.username === c.assignedTo);
    if (!agent || back + 2 * DAY > today) continue;
    const answered = attended(c.channel, back, [5, 90]);
    const lines = COME_BACK[c.language];
    const first = firstName(agent.name) ?? agent.name;
    c.messages.push(
      { kind: 'customer', author: names.get(c.customer) ?? '', text: lines.customer, at: new Date(back), autoReplyKey: null },
      { kind: 'reply', author: agent.name, text: `${lines.agent}\n\n${SIGN_OFF[c.language]}, ${first}`, at: new Date(answered), autoReplyKey: null },
    );
    c.reopenedAt = new Date(back);
    c.resolvedAt = new Date(attended(c.channel, answered, [1, 30]));
  }
}

/**
 * Each agent's working days since their first: available from about 9:00 in Buenos Aires
 * (12:00 UTC), busy and available in turns, away from about 18:00; weekends away.
 */
function presenceOf(staff: readonly HistoryAgent[], firstDayOf: (agent: HistoryAgent) => number, today: number): HistoryPresence[] {
  const { between } = generator(16);
  const rows: HistoryPresence[] = [];
  for (const agent of staff) {
    for (let day = Math.floor(firstDayOf(agent) / DAY) * DAY; day < today; day += DAY) {
      const weekday = new Date(day).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      let t = day + 12 * HOUR + between(-20, 20) * MINUTE;
      const end = day + 21 * HOUR + between(-30, 30) * MINUTE;
      let busy = false;
      while (t < end) {
        rows.push({ username: agent.username, state: busy ? 'busy' : 'available', at: new Date(t) });
        t += (busy ? between(40, 150) : between(10, 45)) * MINUTE;
        busy = !busy;
      }
      rows.push({ username: agent.username, state: 'away', at: new Date(end) });
    }
  }
  return rows;
}

/** A case's subject from the message that opened it, as the inbound control names one: its first 80 characters. */
function subjectOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/** An account on `channel` for a history customer: unique per customer, unlike any the scenario uses. */
function handleOf(customer: Scenario['customers'][number], channel: Channel): string {
  const n = Number(customer.key.replace(/\D/g, ''));
  const slug = customer.name.normalize('NFD').replace(/[^\p{L} ]/gu, '').toLowerCase().split(' ').join('.');
  switch (channel) {
    case 'whatsapp':
    case 'sms':
      return `+54 9 11 7${String(Math.floor(n / 10_000)).padStart(3, '0')}-${String(n % 10_000).padStart(4, '0')}`;
    case 'email':
    case 'webchat':
      return `${slug}.${n}@example.com`;
    case 'x_mention':
    case 'x_dm':
      return `@${slug.replaceAll('.', '_')}_${n}`;
    case 'instagram_comment':
    case 'instagram_dm':
      return `@${slug}.${n}`;
    case 'facebook_post':
    case 'facebook_messenger':
      return customer.name;
    case 'mercadolibre':
      return `${slug.replaceAll('.', '').toUpperCase()}${n}`;
  }
}
