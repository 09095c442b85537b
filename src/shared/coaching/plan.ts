// The guide's coaching plan ("Plan de coaching"): objectives per agent, set from the scorecard
// and the quality reviews, and a note per weekly one-on-one. Written by a supervisor of the
// agent's team, read by the agent. The metrics are the reports' own names, so an objective
// reads against the figure the Reports page shows.
import { z } from 'zod';
import { mondayOf as weekStart } from '../reports/weeks.ts';

export const COACHING_METRICS = [
  'service_level', 'first_response', 'aht', 'fcr', 'csat', 'quality_score', 'messages_per_case',
] as const;
export type CoachingMetric = (typeof COACHING_METRICS)[number];

/** Whether the figure must reach the target or stay under it (a first response in seconds: at most). */
export const COMPARISONS = ['at_least', 'at_most'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const COACHING_OBJECTIVE_NOTE_MAX = 1000;
export const COACHING_NOTE_MAX = 8000;
/** A target is a share (0–1), seconds, a score or a count: never negative, never absurd. */
export const COACHING_TARGET_MAX = 1_000_000;

const isoDay = z.iso.date();

/** A calendar day that is a Monday: the week a one-on-one note belongs to. */
export const isMonday = (day: string): boolean => new Date(`${day}T12:00:00Z`).getUTCDay() === 1;
export const MondayDate = isoDay.refine(isMonday, 'a week is named by its Monday');

/** The Monday of the week `day` (YYYY-MM-DD) falls in. */
export const mondayOf = (day: string): string => new Date(weekStart(Date.parse(`${day}T00:00:00Z`))).toISOString().slice(0, 10);

/** One note per agent and week: its id is theirs, so two supervisors writing the same week write one note. */
export const coachingNoteId = (agent: string, week: string): string => `${agent}/${week}`;

/** What a supervisor writes of an objective, checked the same on both sides. */
export const ObjectiveFields = z.object({
  metric: z.enum(COACHING_METRICS),
  target: z.number().min(0).max(COACHING_TARGET_MAX),
  comparison: z.enum(COMPARISONS),
  due: isoDay.nullable(),
  note: z.string().trim().max(COACHING_OBJECTIVE_NOTE_MAX),
});
export type ObjectiveFields = z.infer<typeof ObjectiveFields>;

export interface CoachingObjective extends ObjectiveFields {
  id: string;
  agent: string;
  createdBy: string;
  updatedAt: string;
  /** Queued on this computer and not yet confirmed by the server. */
  pending: boolean;
}

export interface CoachingNote {
  id: string;
  agent: string;
  week: string;
  text: string;
  by: string;
  /** Who wrote it, by name as this computer knows them (else the username). */
  byName: string;
  updatedAt: string;
  pending: boolean;
}

/** An agent's plan as this console holds it, and whether the one asking may write it. */
export interface CoachingPlanView {
  agent: string;
  agentName: string | null;
  objectives: CoachingObjective[];
  /** Newest week first. */
  notes: CoachingNote[];
  canEdit: boolean;
  /** Changes to this plan the server refused, with why, until dismissed. */
  refused: { id: string; name: string; reason: string | null; message: string | null }[];
}
