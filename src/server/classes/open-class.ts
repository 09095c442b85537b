// Opening a class: one store per trainee, all on the class's clock; a new class's stores are
// seeded from the script's scenario, a reopened one's must be there. A finished class's stores
// refuse pushes, so its grades stay final.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Faults } from '../faults.ts';
import { HttpError } from '../http.ts';
import type { SessionLifetimes } from '../routes/auth.ts';
import { reseed } from '../sandbox/seed.ts';
import { loadScenario, type Scenario } from '../scenario.ts';
import { ClassClock } from './class-clock.ts';
import type { ClassRow } from './registry.ts';
import type { LiveClass, LiveTrainee } from './runner.ts';
import type { ClassScript } from './script.ts';
import { traineeScenario } from './trainees.ts';
import { openWorld, type World } from './world.ts';

export interface Live extends LiveClass {
  scenario: string;
  createdAt: string;
  /** The seed's teams (a signature with one is not a person's). */
  teams: string[];
}

export interface OpenClassOptions {
  /** Where trainees' stores go (under `classes/`); omitted, they live in memory. */
  dataDir?: string;
  scenarioDir?: string;
  faults: Faults;
  heartbeatMs?: number;
  sessions?: SessionLifetimes;
}

const PUSH = 'POST /v1/sync/push';

export const classFinished = (classId: string, what: string): HttpError =>
  new HttpError(409, 'class_finished', `Class ${classId} has finished: ${what}`);

/**
 * A finished class's grades are final: its trainees' stores take no more pushes. The refusal is a
 * 409 the console shows, and what was typed stays in the console's outbox, not applied.
 */
function refuseAfterTheEnd(live: LiveClass, world: World): void {
  const push = world.routes.get(PUSH);
  if (!push) return;
  world.routes.set(PUSH, async (req, res) => {
    if (live.clock.state === 'finished') throw classFinished(live.id, 'its grades are final and this practice store takes no more changes');
    await push(req, res);
  });
}

/** Opens (and for a new class, `seed`, seeds) one store per trainee; whole or not at all. */
export async function openClass(options: OpenClassOptions, row: ClassRow, script: ClassScript, trainees: { username: string; name: string }[], seed: boolean): Promise<Live> {
  const seedScenario = loadScenario(script.seed, options.scenarioDir);
  const live: Live = {
    id: row.id, script, clock: new ClassClock(script.startsAt, row), trainees: [], scenario: row.scenario, createdAt: row.createdAt,
    teams: [...new Set(seedScenario.users.flatMap((u) => (u.team ? [u.team] : [])))],
  };
  const dir = options.dataDir && join(options.dataDir, 'classes', row.id);
  if (dir) mkdirSync(dir, { recursive: true });
  try {
    for (const t of trainees) live.trainees.push(await openTrainee(options, live, t, dir, seed ? seedScenario : null));
  } catch (error) {
    // The stores opened before the failure close again.
    closeClass(live);
    throw error;
  }
  return live;
}

export function closeClass(live: Live): void {
  for (const { world } of live.trainees) {
    world.pokes.close();
    world.db.close();
  }
}

async function openTrainee(options: OpenClassOptions, live: Live, t: { username: string; name: string }, dir: string | undefined, seed: Scenario | null): Promise<LiveTrainee> {
  const { clock, script, id } = live;
  const file = dir ? join(dir, `${t.username}.db`) : ':memory:';
  if (!seed && file !== ':memory:' && !existsSync(file)) throw new Error(`The store of trainee ${t.username} (class ${id}) is missing`);
  const world = await openWorld({
    file, clock: () => Promise.resolve(clock), faults: options.faults, tokenPrefix: `${t.username}.`,
    heartbeatMs: options.heartbeatMs, sessions: options.sessions,
  });
  const trainee: LiveTrainee = { username: t.username, name: t.name, world };
  refuseAfterTheEnd(live, trainee.world);
  if (seed) {
    const scenario = traineeScenario(seed, script, t);
    // Only the class's one-time password signs a trainee in; no scenario password works here.
    await trainee.world.store.withSql((sql) => reseed(sql, scenario, clock.now(), { history: false, password: randomBytes(32).toString('hex') }));
  }
  return trainee;
}
