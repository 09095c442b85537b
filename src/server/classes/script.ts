// A class's script: files under resources/classes/ (the schema is in docs/classes.md). A script
// names the sandbox scenario each trainee's copy is seeded from, when the class starts in
// scenario time, and its timed steps, each with what the guide expects of the trainee. What
// the shape cannot say (references between steps, keys of the seed, times) is checked by
// script-checks.ts when the loader reads a file.
import { z } from 'zod';
import { CHANNELS, LANGUAGES } from '../../shared/domain.ts';
import { ALWAYS_GRADED, GRADING_RULES } from '../../shared/classes/rules.ts';

const key = z.string().regex(/^[\w.-]{1,80}$/, 'keys are letters, digits, dot, dash or underscore');
/** Minutes from the class's start, in scenario time. */
const minute = z.number().nonnegative().max(24 * 60);

/** One rule the step's message is graded on; expected_source names one template or one article. */
export const Expectation = z.object({
  rule: z.enum(GRADING_RULES),
  /** expected_source: the template (its key in the seed scenario) the reply should come from. */
  template: key.optional(),
  /** expected_source: the knowledge-base article (its key) the reply should quote or link. */
  article: key.optional(),
}).strict();
export type Expectation = z.infer<typeof Expectation>;

const MessageStep = z.object({
  kind: z.literal('message'),
  id: key,
  at: minute,
  channel: z.enum(CHANNELS),
  customer: z.object({ name: z.string().min(1).max(200), handle: z.string().min(1).max(200) }).strict(),
  text: z.string().min(1).max(4000),
  /** Writes again in the case an earlier message step opened, instead of opening one. */
  case: key.optional(),
  /** Who gets the case: the trainee (default) or the script's colleague (a later reassign step moves it). */
  assignTo: z.enum(['trainee', 'colleague']).default('trainee'),
  /** The customer insists if nobody answered within `afterMinutes` (scenario time). */
  followUp: z.object({ afterMinutes: z.number().positive().max(600), text: z.string().min(1).max(4000) }).strict().optional(),
  expect: z.array(Expectation).default([]),
}).strict();

const ReassignStep = z.object({
  kind: z.literal('reassign'),
  id: key,
  at: minute,
  /** The message step whose case moves. */
  case: key,
  to: z.enum(['trainee', 'colleague']),
}).strict();

const ClockStep = z.object({
  kind: z.literal('clock'),
  id: key,
  at: minute,
  /** The scenario time the class's clock jumps to (e.g. out of hours); the script goes on from there. */
  to: z.iso.datetime({ offset: true }),
}).strict();

export const ClassStep = z.discriminatedUnion('kind', [MessageStep, ReassignStep, ClockStep]);
export type ClassStep = z.infer<typeof ClassStep>;
export type MessageStep = z.infer<typeof MessageStep>;

export const ClassScript = z.object({
  /** The file's name without `.json`. */
  name: key,
  title: z.string().min(1).max(200),
  description: z.string().max(2000),
  language: z.enum(LANGUAGES),
  /** The sandbox scenario (resources/scenarios/) whose customers, templates, articles and settings each trainee's copy gets. */
  seed: key.default('default'),
  /** When the class starts, in scenario time (the class's own clock). */
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().positive().max(24 * 60),
  /** The trainee's colleague on shift, who holds the cases a reassign step hands over. */
  colleague: z.object({ username: key, name: z.string().min(1).max(200) }).strict().default({ username: 'companero', name: 'Compañero de turno' }),
  /** Rules that judge every reply, whatever the step. */
  always: z.array(z.enum(GRADING_RULES)).default([...ALWAYS_GRADED]),
  steps: z.array(ClassStep).min(1).max(500),
}).strict();
export type ClassScript = z.infer<typeof ClassScript>;
