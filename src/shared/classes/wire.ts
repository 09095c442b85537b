// Training classes on the sandbox (docs/classes.md): a trainer starts a class from a script, each
// trainee gets an isolated copy of the scenario and one-time credentials, the trainer runs the
// class's clock and watches a live board, and grades come out at the end. Trainer-only routes
// under /v1/classes, but `POST /v1/classes/join`, which a trainee's console calls with its code.
// The shapes live here, beside the contract's operations that answer them; src/protocol/classes.ts
// is the wire's name for them.
import { z } from 'zod';
import { CASE_STATUSES, CHANNELS, CONTACT_REASONS, LANGUAGES, MESSAGE_TYPES } from '../domain.ts';
import { GRADING_RULES } from './rules.ts';

const isoTime = z.iso.datetime({ offset: true });

export const CLASS_SPEEDS = [1, 2, 5] as const;
export const CLASS_STATES = ['ready', 'running', 'paused', 'finished'] as const;
export type ClassState = (typeof CLASS_STATES)[number];

const classId = z.string().min(1).max(100);
const username = z.string().min(1).max(100);
const traineeName = z.string().trim().min(1).max(60);
const speed = z.union(CLASS_SPEEDS.map((s) => z.literal(s)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<5>]);

/** `POST /v1/classes`: a class from a script (its file name), one trainee per name. Request bodies ignore fields they do not name, like every route's. */
export const ClassStartRequest = z.object({
  scenario: z.string().regex(/^[\w-]{1,80}$/),
  trainees: z.array(traineeName).min(1).max(40),
  speed: speed.default(1),
});
export type ClassStartRequest = z.input<typeof ClassStartRequest>;

/** A trainee's way in: the password works once (a console keeps its session after). */
export const TraineeCredentials = z.object({ name: z.string(), username, password: z.string() });
export type TraineeCredentials = z.infer<typeof TraineeCredentials>;

export const ClassStartResponse = z.object({ classId, trainees: z.array(TraineeCredentials) });
export type ClassStartResponse = z.infer<typeof ClassStartResponse>;

/** `POST /v1/classes/join`, unauthenticated: the trainee's one-time code (the password) signs them in; answers a LoginResponse. */
export const ClassJoinRequest = z.object({ code: z.string().trim().min(4).max(200), deviceId: z.string().min(1).max(100).optional() });

export const ClassSummary = z.object({
  classId,
  /** The script's file name and title. */
  scenario: z.string(),
  title: z.string(),
  language: z.enum(LANGUAGES),
  state: z.enum(CLASS_STATES),
  speed,
  createdAt: isoTime,
  /** The class's clock (scenario time). */
  now: isoTime,
  /** Scenario minutes since the start, and the script's length. */
  elapsedMinutes: z.number(),
  durationMinutes: z.number(),
  trainees: z.array(z.object({ name: z.string(), username, joined: z.boolean() })),
  /** In the answer to a jump that stopped before a clock step (the steps before it came first): the minutes asked and moved, and the step. */
  jumpStopped: z.object({ askedMinutes: z.number(), movedMinutes: z.number(), clockStep: z.string(), clockStepMinute: z.number() }).optional(),
});
export type ClassSummary = z.infer<typeof ClassSummary>;

export const ClassList = z.object({ classes: z.array(ClassSummary) });

/** The scripts a trainer can start a class from (`GET /v1/classes/scripts`). */
export const ClassScripts = z.object({
  scripts: z.array(z.object({ name: z.string(), title: z.string(), description: z.string(), language: z.enum(LANGUAGES), durationMinutes: z.number(), steps: z.number() })),
});
export type ClassScripts = z.infer<typeof ClassScripts>;

/** `POST /v1/classes/control`: start, pause, resume, stop; a new speed; jump ahead so many scenario minutes. */
export const ClassControlRequest = z.discriminatedUnion('action', [
  z.object({ classId, action: z.enum(['start', 'pause', 'resume', 'stop']) }),
  z.object({ classId, action: z.literal('speed'), speed }),
  z.object({ classId, action: z.literal('jump'), minutes: z.number().positive().max(24 * 60) }),
]);
export type ClassControlRequest = z.input<typeof ClassControlRequest>;

/** `POST /v1/classes/message`: a customer writes now, to one trainee (their username) or to all (null). */
export const ClassMessageRequest = z.object({
  classId,
  trainee: username.nullable(),
  channel: z.enum(CHANNELS),
  customer: z.object({ name: z.string().min(1).max(200), handle: z.string().min(1).max(200) }).strict(),
  text: z.string().min(1).max(4000),
});
export type ClassMessageRequest = z.input<typeof ClassMessageRequest>;
export const ClassMessageResponse = z.object({
  delivered: z.int().nonnegative(),
  /** A message to all: the trainees it could not reach (the others got it). */
  failed: z.array(username).optional(),
});
export type ClassMessageResponse = z.infer<typeof ClassMessageResponse>;

export const RuleCheckWire = z.object({
  rule: z.enum(GRADING_RULES),
  pass: z.boolean().nullable(),
  stepId: z.string().nullable(),
  caseId: z.string().nullable(),
  evidence: z.string().nullable(),
  detail: z.string(),
});

/** One rule for one trainee: passed when every check passed; null while a check is still pending. */
export const RuleResult = z.object({
  rule: z.enum(GRADING_RULES),
  pass: z.boolean().nullable(),
  /** The first failing check's message quoted (else the first passing one's), and the guide's section. */
  evidence: z.string().nullable(),
  reference: z.string(),
  checks: z.array(RuleCheckWire),
});
export type RuleResult = z.infer<typeof RuleResult>;

export const TraineeCase = z.object({
  caseId: z.string(),
  number: z.int(),
  customer: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(CASE_STATUSES),
  step: z.string().nullable(),
  /** Answered within the channel's service level (scenario time); null while still running. */
  onTime: z.boolean().nullable(),
});

/** `GET /v1/classes/board?class=ID`: the class and, per trainee, how it is going. */
export const ClassBoard = z.object({
  class: ClassSummary,
  trainees: z.array(z.object({
    name: z.string(),
    username,
    joined: z.boolean(),
    answered: z.int().nonnegative(),
    late: z.int().nonnegative(),
    waiting: z.int().nonnegative(),
    /** Share of the cases answered within their service level so far (0–1); null before any is due. */
    serviceLevel: z.number().min(0).max(1).nullable(),
    rules: z.array(RuleResult),
    cases: z.array(TraineeCase),
  })),
});
export type ClassBoard = z.infer<typeof ClassBoard>;

/** `GET /v1/classes/grade?class=ID`: per trainee a score (0–100, the share of rules passed) and each rule. */
export const ClassGrade = z.object({
  classId,
  title: z.string(),
  finished: z.boolean(),
  trainees: z.array(z.object({ name: z.string(), username, score: z.number().min(0).max(100), rules: z.array(RuleResult) })),
});
export type ClassGrade = z.infer<typeof ClassGrade>;

/** `GET /v1/classes/case?class=ID&trainee=U&case=C`: one trainee's case, read-only. */
export const ClassCase = z.object({
  caseId: z.string(),
  number: z.int(),
  customer: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(CASE_STATUSES),
  reason: z.enum(CONTACT_REASONS).nullable(),
  messageType: z.enum(MESSAGE_TYPES).nullable(),
  messages: z.array(z.object({
    id: z.string(),
    at: isoTime,
    from: z.enum(['customer', 'agent', 'engine']),
    author: z.string().nullable(),
    channel: z.enum(CHANNELS),
    public: z.boolean(),
    text: z.string(),
  })),
});
export type ClassCase = z.infer<typeof ClassCase>;

export const TIMELINE_KINDS = ['step', 'follow_up', 'clock', 'customer', 'reply', 'status', 'classified', 'assigned'] as const;

/**
 * `GET /v1/classes/timeline?class=ID`: what happened, for the replay. Each event carries codes the
 * console words in its own language; `text` is what a customer or an agent wrote, nothing else.
 */
export const ClassTimeline = z.object({
  classId,
  startsAt: isoTime,
  endsAt: isoTime,
  /** The script's length: the replay runs over minutes 0 to this. */
  durationMinutes: z.number().positive(),
  events: z.array(z.object({
    at: isoTime,
    /** The class's minute (elapsed scenario time, without the clock's jumps): scenario time − startsAt − the shift in force then. */
    minute: z.number().nonnegative(),
    /** null: the whole class (the clock jumping). */
    trainee: username.nullable(),
    kind: z.enum(TIMELINE_KINDS),
    caseId: z.string().nullable(),
    /** customer and reply: the message's start. */
    text: z.string().optional(),
    /** step, follow_up and clock: the script's step id. */
    step: z.string().optional(),
    /** status: the case's new status. */
    status: z.enum(CASE_STATUSES).optional(),
    /** classified: the contact reason (null: none yet). */
    reason: z.enum(CONTACT_REASONS).nullable().optional(),
    /** clock: the scenario time jumped to; assigned: the username the case went to (null: nobody). */
    to: z.string().nullable().optional(),
  })),
});
export type ClassTimeline = z.infer<typeof ClassTimeline>;
