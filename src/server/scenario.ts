// Training scenarios: the seed data of a sandbox, as files under resources/scenarios/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  CASE_STATUSES,
  CHANNELS,
  CONTACT_REASONS,
  LANGUAGES,
  MESSAGE_TYPES,
  PRIORITIES,
  RESOLUTIONS,
  ROLES,
  SEGMENTS,
} from '../shared/domain.ts';
import { settingProblem } from './settings-admin.ts';
import { LISTENING_CHANNELS } from '../shared/listening/post.ts';

const key = z.string().regex(/^[\w.-]{1,80}$/, 'keys are letters, digits, dot, dash or underscore');

export const Scenario = z.object({
  name: z.string(),
  description: z.string(),
  company: z.string(),
  users: z.array(
    z
      .object({
        username: key,
        name: z.string(),
        role: z.enum(ROLES),
        team: z.string().nullable().optional(),
        /** A fixed hire date; a scenario that must not age gives `hiredDaysAgo` instead. */
        hiredAt: z.iso.date().optional(),
        /** The hire date as days before the sandbox's clock, turned into a date when seeding. */
        hiredDaysAgo: z.int().nonnegative().optional(),
        /** The teams a supervisor supervises. */
        supervises: z.array(z.string().min(1).max(100)).default([]),
        /** false: the sandbox's routing rule never picks this agent; only a trainer naming them does. */
        routed: z.boolean().default(true),
      })
      .refine((u) => u.hiredAt === undefined || u.hiredDaysAgo === undefined, 'give hiredAt or hiredDaysAgo, not both')
      .refine((u) => u.role === 'supervisor' || u.supervises.length === 0, 'only supervisors supervise teams'),
  ),
  customers: z.array(
    z.object({
      key,
      name: z.string(),
      segment: z.enum(SEGMENTS),
      followers: z.int().nonnegative(),
      publicFigure: z.boolean(),
      location: z.string().nullable(),
      language: z.enum(LANGUAGES),
      notes: z.string().nullable(),
      identities: z.array(z.object({ channel: z.enum(CHANNELS), handle: z.string(), validated: z.boolean() })),
    }),
  ),
  cases: z.array(
    z.object({
      key,
      customer: key,
      channel: z.enum(CHANNELS),
      subject: z.string(),
      status: z.enum(CASE_STATUSES),
      assignedTo: key.nullable(),
      priority: z.enum(PRIORITIES),
      language: z.enum(LANGUAGES),
      reason: z.enum(CONTACT_REASONS).nullable(),
      resolution: z.enum(RESOLUTIONS).nullable(),
      messageType: z.enum(MESSAGE_TYPES),
      messages: z
        .array(
          z.object({
            from: z.enum(['customer', 'agent']),
            author: key.optional(),
            minutesAgo: z.number().nonnegative(),
            text: z.string().min(1),
          }),
        )
        .min(1),
    }),
  ),
  templates: z.array(
    z.object({
      key,
      title: z.string(),
      shortcut: z.string().nullable(),
      language: z.enum(LANGUAGES),
      channels: z.array(z.enum(CHANNELS)).nullable(),
      team: z.string().nullable(),
      body: z.string(),
    }),
  ),
  articles: z.array(
    z.object({
      key,
      title: z.string(),
      summary: z.string(),
      body: z.string(),
      tags: z.array(z.string()),
      language: z.enum(LANGUAGES),
      /** The public help page; null for internal articles. */
      url: z.url({ protocol: /^https$/ }).nullable().default(null),
    }),
  ),
  /** Settings documents published with the scenario, by id (e.g. `contact_reasons`). */
  settings: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,59}$/), z.json()).default({}),
  /** Public posts about the company that address none of its accounts: listening hears those naming the brand. */
  listening: z.array(z.object({
    channel: z.enum(LISTENING_CHANNELS),
    author: z.string().min(1).max(500),
    handle: z.string().min(1).max(500),
    followers: z.int().min(0),
    text: z.string().min(1).max(2000),
    minutesAgo: z.number().min(0),
  })).default([]),
});
export type Scenario = z.infer<typeof Scenario>;

const SCENARIO_DIR = fileURLToPath(new URL('../../resources/scenarios/', import.meta.url));

export function loadScenario(name: string, dir = SCENARIO_DIR): Scenario {
  if (!dir.endsWith('/')) dir += '/';
  if (!/^[\w-]+$/.test(name)) throw new Error(`Scenario names are letters, digits and dashes: "${name}"`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read scenario "${name}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = Scenario.safeParse(json);
  if (!parsed.success) throw new Error(`Scenario "${name}" is invalid: ${z.prettifyError(parsed.error)}`);
  const teams = new Set(parsed.data.users.flatMap((u) => (u.team ? [u.team] : [])));
  for (const u of parsed.data.users) {
    const unknown = u.supervises.find((team) => !teams.has(team));
    if (unknown !== undefined) throw new Error(`Scenario "${name}" is invalid: ${u.username} supervises "${unknown}", which is no user's team`);
  }
  for (const [id, value] of Object.entries(parsed.data.settings)) {
    const problem = settingProblem(id, value);
    if (problem) throw new Error(`Scenario "${name}" has an invalid ${id} setting: ${problem}`);
  }
  return parsed.data;
}
