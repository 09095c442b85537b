// What the business-hours page and the scorecard editor show and send: the settings documents a
// supervisor edits (`business_hours`, `auto_replies`, `retention`, `qa_scorecards`, `csat`, `routing`, `listening`), the week
// drawn from a schedule, and the simulator's answer.
// Types and input schemas only: the rules (and the holiday calendars they read) stay in main,
// so the renderer never bundles them.
import { z } from 'zod';
import type { AutoReplies, InboundKind, SkipReason } from './autoreply/index.ts';
import { CHANNELS, LANGUAGES, type Language } from './domain.ts';
import type { BusinessHours, HoursReason, Market, Weekday } from './hours/index.ts';
import type { MutationStatus } from './models.ts';
import type { ScorecardsDocument } from './qa/scorecard.ts';
import type { Retention } from './retention.ts';
import type { RoutingDocument } from './routing/document.ts';
import type { ListeningDocument } from './listening/document.ts';

/** The settings documents a supervisor may change from the console (mutation `put_setting`). */
export const EDITABLE_SETTINGS = ['business_hours', 'auto_replies', 'retention', 'qa_scorecards', 'csat', 'routing', 'listening'] as const;
export type EditableSetting = (typeof EDITABLE_SETTINGS)[number];
/** The ones the business-hours page edits; the scorecard has its own editor. */
export const HOURS_PAGE_SETTINGS = ['business_hours', 'auto_replies', 'retention'] as const satisfies readonly EditableSetting[];
export type HoursPageSetting = (typeof HOURS_PAGE_SETTINGS)[number];

/** A change to one of them that the server has not taken yet, or refused. */
export interface SettingChange {
  /** The mutation's id: the refused ones can be dismissed with `dismissMutation`. */
  id: string;
  settingId: EditableSetting;
  status: Exclude<MutationStatus, 'applied'>;
  /** Why the server refused it (`not_supervisor`, `invalid_setting`, `stale_setting`), in its words too. */
  reason: string | null;
  message: string | null;
  /** The document as it was saved, to take up again after a refusal. */
  value: unknown;
  /** The version it was based on (null: none had reached this console), for an edit on top of it. */
  baseVersion: number | null;
  createdAt: string;
}

export interface BusinessSettings {
  /** The documents in force on this console (the defaults while the server's is missing or invalid). */
  hours: BusinessHours;
  replies: AutoReplies;
  /** How long consoles keep customer text and answered changes, and how long they work offline. */
  retention: Retention;
  /** The QA scorecard in force and its earlier versions. */
  scorecards: ScorecardsDocument;
  /** The routing document in force: teams, areas and rules. */
  routing: RoutingDocument;
  /** The brand keywords, their misspellings, and the company's own accounts. */
  listening: ListeningDocument;
  /** Why the synced document was not used, in the schema's words; null when it was. */
  problems: Record<EditableSetting, string | null>;
  /**
   * The version of each synced document on this console (null: none yet). A draft keeps the
   * one it started from and saves with it, so a version someone else saved meanwhile is never
   * overwritten unseen (the server answers `stale_setting`).
   */
  versions: Record<EditableSetting, number | null>;
  /** Whether the open profile may change them: supervisors only. */
  canEdit: boolean;
  /** Saved here and not yet taken by the server, or refused and not dismissed; oldest first. */
  changes: SettingChange[];
  /** The public-holiday calendars a schedule may follow, with their regions (code and name). */
  markets: { code: Market; regions: { code: string; name: string }[] }[];
}

/** One stretch of a drawn day, as instants: the page shows them in the zone it asked for. */
export interface WeekStretch {
  from: string;
  to: string;
  open: boolean;
  why: HoursReason;
  /** The holiday's name, or the closure's note. */
  label?: string;
}

export interface WeekDay {
  /** `YYYY-MM-DD` in the zone the week is drawn in. */
  date: string;
  weekday: Weekday;
  stretches: WeekStretch[];
}

export interface HoursWeek {
  scheduleId: string;
  /** The zone the days are cut in: the schedule's or the agent's. */
  timeZone: string;
  /** The Monday of the week drawn and its neighbours, `YYYY-MM-DD`. */
  weekStart: string;
  previous: string;
  next: string;
  days: WeekDay[];
}

/** What happens to one customer message, and what the customer would read. */
export interface Simulation {
  /** The message's instant. */
  at: string;
  send: boolean;
  /** Why nothing is sent; null when an auto-reply goes out. */
  reason: SkipReason | null;
  /** The exact text sent, and its language; null when nothing is sent. */
  text: string | null;
  language: Language | null;
  schedule: { id: string; name: string; timeZone: string };
  open: boolean;
  /** The closed stretch the message falls in: since when, and the next opening (null: none in sight). */
  closedSince: string | null;
  nextOpening: string | null;
  /** The zones the page shows those instants in. */
  customerTimeZone: string;
  agentTimeZone: string;
}

/** A save: the document, and the version of it the supervisor's draft started from (null: none). */
export const SettingSave = z.object({ value: z.json(), baseVersion: z.int().nonnegative().nullable() }).strict();

const zoneName = z.string().trim().min(1).max(100);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** Documents being edited: the week and the simulator evaluate them before they are saved. */
export const SettingsDraft = z.object({ hours: z.json().optional(), replies: z.json().optional() }).strict();
export type SettingsDraft = z.input<typeof SettingsDraft>;

export const HoursWeekInput = z.object({
  draft: SettingsDraft.optional(),
  scheduleId: z.string().min(1).max(60),
  /** Any day of the week to draw, in the chosen zone; this week when absent. */
  weekOf: localDate.optional(),
  zone: z.enum(['schedule', 'agent']),
  /** The agent's zone as their screen knows it (the laptop's, not the rule author's). */
  agentTimeZone: zoneName,
}).strict();

// A Record over the rules' InboundKind: the type checker fails here if they gain a kind. Listed
// here rather than imported, so the renderer bundles no auto-reply rules.
const KINDS: Record<InboundKind, true> = { message: true, reaction: true, story_mention: true, campaign: true };
/** What a customer's message may be: a message, or what the rules leave unanswered unless allowed. */
export const SIMULATED_KINDS = Object.keys(KINDS) as [InboundKind, ...InboundKind[]];

export const SimulationInput = z.object({
  draft: SettingsDraft.optional(),
  channel: z.enum(CHANNELS),
  /** The customer's wall clock when they write, `YYYY-MM-DDTHH:MM`, in `timeZone`. */
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a local date and time is YYYY-MM-DDTHH:MM'),
  /** The customer's zone (IANA). */
  timeZone: zoneName,
  customerName: z.string().max(500),
  language: z.enum(LANGUAGES),
  kind: z.enum(SIMULATED_KINDS).default('message'),
  agentTimeZone: zoneName,
}).strict();
