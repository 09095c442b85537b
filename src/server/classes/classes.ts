// The classes of one sandbox server: starting one (a store per trainee, seeded from the script's
// scenario), its clock and controls, a trainer's ad-hoc messages, the trainees' one-time sign-in,
// and which world a trainee's token belongs to. What the classes are survives a restart in the
// main store (registry.ts); the trainees' stores are files beside it.
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoginResponse } from '../../protocol/auth.ts';
import type { ClassControlRequest, ClassMessageRequest, ClassStartResponse, ClassSummary } from '../../shared/classes/wire.ts';
import type { Faults } from '../faults.ts';
import { HttpError } from '../http.ts';
import { signIn, type SessionLifetimes, type SignInDesk } from '../routes/auth.ts';
import type { Api } from '../routes/route.ts';
import { reseed } from '../sandbox/seed.ts';
import { loadScenario } from '../scenario.ts';
import type { SandboxDb } from '../schema.ts';
import { ClassClock } from './class-clock.ts';
import { ClassScriptError, CLASS_SCRIPT_DIR, loadClassScript, parseClassScript } from './load-script.ts';
import { ClassRegistry, type ClassRow } from './registry.ts';
import { playDue, type LiveClass, type LiveTrainee } from './runner.ts';
import type { ClassScript } from './script.ts';
import { hashPassword, newPassword, traineeScenario, traineeUsername } from './trainees.ts';
import { openWorld, type World } from './world.ts';

export interface ClassesOptions {
  /** The main store, which keeps the registry. */
  db: SandboxDb;
  /** Where trainees' stores go (under `classes/`); omitted, they live in memory. */
  dataDir?: string;
  scriptDir?: string;
  scenarioDir?: string;
  faults: Faults;
  heartbeatMs?: number;
  sessions?: SessionLifetimes;
}

export interface Live extends LiveClass {
  scenario: string;
  createdAt: string;
  /** The seed's teams (a signature with one is not a person's). */
  teams: string[];
}

const MINUTE = 60_000;
/** How often a running class looks for due steps, in real time (a scenario minute at ×5 is 12 s). */
const TICK_MS = 250;
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export class Classes implements SignInDesk {
  readonly registry: ClassRegistry;
  private readonly options: ClassesOptions;
  private readonly live = new Map<string, Live>();
  private readonly trainees = new Map<string, { live: Live; trainee: LiveTrainee }>();
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private listening = false;

  private constructor(options: ClassesOptions) {
    this.options = options;
    this.registry = new ClassRegistry(options.db);
  }

  /** The classes the store holds, their trainees' stores reopened. */
  static async open(options: ClassesOptions): Promise<Classes> {
    const classes = new Classes(options);
    for (const row of classes.registry.classes().reverse()) await classes.reopen(row);
    return classes;
  }

  /** Starts the clock's timer and the trainees' event streams' heartbeats. */
  listen(): void {
    this.listening = true;
    for (const { trainee } of this.trainees.values()) trainee.world.pokes.start();
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.chain;
    for (const live of this.live.values()) {
      if (live.clock.state === 'running') this.registry.saveClock(live.id, live.clock.saved());
    }
    for (const { trainee } of this.trainees.values()) {
      trainee.world.pokes.close();
      trainee.world.db.close();
    }
  }

  list(): Live[] {
    return [...this.live.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  find(classId: string): Live {
    const live = this.live.get(classId);
    if (!live) throw new HttpError(404, 'class_not_found', `No class ${classId}`);
    return live;
  }

  traineeOf(live: Live, username: string): LiveTrainee {
    const found = live.trainees.find((t) => t.username === username);
    if (!found) throw new HttpError(404, 'trainee_not_found', `No trainee ${username} in class ${live.id}`);
    return found;
  }

  summary(live: Live): ClassSummary {
    const joined = new Set(this.registry.trainees(live.id).filter((t) => t.joinedAt !== null).map((t) => t.username));
    return {
      classId: live.id, scenario: live.scenario, title: live.script.title, language: live.script.language, state: live.clock.state,
      speed: live.clock.speed, createdAt: live.createdAt, now: live.clock.now().toISOString(),
      elapsedMinutes: live.clock.elapsedMs() / MINUTE, durationMinutes: live.script.durationMinutes,
      trainees: live.trainees.map((t) => ({ name: t.name, username: t.username, joined: joined.has(t.username) })),
    };
  }

  async start(request: { scenario: string; trainees: string[]; speed: 1 | 2 | 5 }): Promise<ClassStartResponse> {
    const script = this.script(request.scenario);
    const id = Array.from({ length: 10 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');
    const taken = new Set<string>();
    const credentials = request.trainees.map((name) => {
      const username = traineeUsername(name, id, (u) => taken.has(u) || this.registry.takenUsername(u));
      taken.add(username);
      return { name, username, password: newPassword() };
    });
    const row: ClassRow = {
      id, scenario: request.scenario, script: JSON.stringify(script), createdAt: new Date().toISOString(),
      state: 'ready', speed: request.speed, elapsedMs: 0, shiftMs: 0,
    };
    const live = await this.build(row, script, credentials, true);
    this.registry.addClass(row, credentials.map((c, position) => ({ username: c.username, classId: id, name: c.name, position, passwordHash: hashPassword(c.password) })));
    this.adopt(live);
    return { classId: id, trainees: credentials } satisfies ClassStartResponse;
  }

  async control(request: ClassControlRequest): Promise<ClassSummary> {
    const live = this.unfinished(request.classId);
    const { clock } = live;
    switch (request.action) {
      case 'start':
      case 'resume':
        clock.setState('running');
        break;
      case 'pause':
        if (clock.state === 'running') clock.setState('paused');
        break;
      case 'stop':
        clock.setState('finished');
        break;
      case 'speed':
        clock.setSpeed(request.speed);
        break;
      case 'jump':
        clock.advance(request.minutes * MINUTE);
        break;
    }
    this.registry.saveClock(live.id, clock.saved());
    // Steps a jump passed fire before the trainer hears back (a paused class fires them when it resumes).
    await this.play(live);
    return this.summary(live);
  }

  /** A customer writes now to one trainee or to each; returns how many got it. */
  async message(request: ClassMessageRequest): Promise<number> {
    const live = this.unfinished(request.classId);
    const targets = request.trainee === null ? live.trainees : [this.traineeOf(live, request.trainee)];
    for (const trainee of targets) {
      const { world } = trainee;
      const { caseId, messageId } = await world.store.exclusive(() =>
        world.controls.inbound({ channel: request.channel, customer: request.customer, text: request.text, assignTo: trainee.username }));
      this.registry.recordFired({ classId: live.id, username: trainee.username, stepId: messageId, kind: 'message', caseId, at: live.clock.now().toISOString() });
      world.pokes.poke();
    }
    return targets.length;
  }

  // SignInDesk: a trainee signs in once with their password, on their own store.
  async trainee(username: string, password: string, deviceId: string | null): Promise<LoginResponse | null> {
    const row = this.registry.trainee(username);
    if (!row) return null;
    return this.consume(row.username, hashPassword(password), deviceId);
  }

  /** `POST /v1/classes/join`: the code is the trainee's one-time password. */
  async join(code: string, deviceId: string | null): Promise<LoginResponse> {
    const hash = hashPassword(code);
    const row = this.registry.traineeByPassword(hash);
    if (!row) throw new HttpError(401, 'bad_credentials', 'This class code is unknown or was used already');
    return this.consume(row.username, hash, deviceId);
  }

  worldOf(token: string): Api | undefined {
    return this.worldOfToken(token)?.api;
  }

  /** The trainee's world a token was issued on, by its prefix (`username.`); undefined for the main world's. */
  worldOfToken(token: string | undefined): World | undefined {
    const dot = token?.indexOf('.') ?? -1;
    if (token === undefined || dot < 0) return undefined;
    return this.trainees.get(token.slice(0, dot))?.trainee.world;
  }

  private async consume(username: string, hash: string, deviceId: string | null): Promise<LoginResponse> {
    const found = this.trainees.get(username);
    if (!found || !this.registry.consume(username, hash, new Date().toISOString())) {
      throw new HttpError(401, 'bad_credentials', 'Wrong user or password (a class password works once)');
    }
    return signIn(found.trainee.world.api, this.options.sessions ?? {}, username, deviceId, found.live.script.title);
  }

  private unfinished(classId: string): Live {
    const live = this.find(classId);
    if (live.clock.state === 'finished') throw new HttpError(409, 'class_finished', `Class ${classId} has finished`);
    return live;
  }

  private script(name: string): ClassScript {
    try {
      return loadClassScript(name, this.options.scriptDir ?? CLASS_SCRIPT_DIR, { scenarioDir: this.options.scenarioDir });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new HttpError(400, 'invalid_script', error instanceof ClassScriptError ? message : `${name}.json: ${message}`);
    }
  }

  private async reopen(row: ClassRow): Promise<void> {
    const script = parseClassScript(JSON.parse(row.script), `${row.scenario}.json`, { scenarioDir: this.options.scenarioDir, name: row.scenario });
    const trainees = this.registry.trainees(row.id);
    this.adopt(await this.build(row, script, trainees, false));
  }

  /** Opens (and for a new class seeds) one store per trainee, all on the class's clock. */
  private async build(row: ClassRow, script: ClassScript, trainees: { username: string; name: string }[], seed: boolean): Promise<Live> {
    const seedScenario = loadScenario(script.seed, this.options.scenarioDir);
    const clock = new ClassClock(script.startsAt, row);
    const live: Live = {
      id: row.id, script, clock, trainees: [], scenario: row.scenario, createdAt: row.createdAt,
      teams: [...new Set(seedScenario.users.flatMap((u) => (u.team ? [u.team] : [])))],
    };
    const dir = this.options.dataDir && join(this.options.dataDir, 'classes', row.id);
    if (dir) mkdirSync(dir, { recursive: true });
    for (const t of trainees) {
      const file = dir ? join(dir, `${t.username}.db`) : ':memory:';
      if (!seed && file !== ':memory:' && !existsSync(file)) throw new Error(`The store of trainee ${t.username} (class ${row.id}) is missing`);
      const trainee: LiveTrainee = { username: t.username, name: t.name, world: undefined as unknown as World<ClassClock> };
      trainee.world = await openWorld({
        file, clock: () => Promise.resolve(clock), faults: this.options.faults, tokenPrefix: `${t.username}.`,
        heartbeatMs: this.options.heartbeatMs, sessions: this.options.sessions,
        onPoke: () => void this.observe(live, trainee),
      });
      if (seed) {
        const scenario = traineeScenario(seedScenario, script, t);
        const { db, feed } = trainee.world;
        await trainee.world.store.exclusive(() => {
          reseed(db, feed, scenario, clock.now(), undefined, false);
          // Only the class's one-time password signs a trainee in; no scenario password works here.
          const scramble = db.prepare('UPDATE users SET password = ? WHERE username = ?');
          for (const u of scenario.users) scramble.run(randomBytes(32).toString('hex'), u.username);
        });
      }
      live.trainees.push(trainee);
    }
    return live;
  }

  private adopt(live: Live): void {
    this.live.set(live.id, live);
    for (const trainee of live.trainees) {
      this.trainees.set(trainee.username, { live, trainee });
      if (this.listening) trainee.world.pokes.start();
    }
  }

  /** Notes when a trainee first gave each of the class's cases a reason (the store keeps the reason, not when). */
  private async observe(live: Live, trainee: LiveTrainee): Promise<void> {
    const { db, store } = trainee.world;
    const startsAt = new Date(live.clock.startsAt).toISOString();
    const known = this.registry.classified(trainee.username);
    // A case is resolved only with a reason, so one already resolved had it by its first resolution
    // (the console classifies in the same step): noted then, not later, when this looks.
    const rows = await store.exclusive(() =>
      db.prepare<[string], { id: string; resolvedAt: string | null }>(`SELECT c.id, (SELECT min(e.at) FROM case_events e
          WHERE e.case_id = c.id AND e.kind = 'status' AND e.data ->> '$.to' = 'resolved') AS resolvedAt
        FROM cases c WHERE c.reason IS NOT NULL AND c.created_at >= ?`).all(startsAt));
    const now = live.clock.now().toISOString();
    for (const { id, resolvedAt } of rows) {
      if (!known.has(id)) this.registry.recordClassified(trainee.username, id, resolvedAt !== null && resolvedAt < now ? resolvedAt : now);
    }
  }

  /** Plays a class's due steps, one class at a time (a tick and a trainer's jump never fire the same step together). */
  private play(live: Live): Promise<boolean> {
    const run = this.chain.then(() => playDue(live, this.registry));
    this.chain = run.catch((error: unknown) => console.error(`Class ${live.id}: ${error instanceof Error ? error.message : String(error)}`));
    return run;
  }

  private busy = false;

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (const live of this.live.values()) {
        if (live.clock.state !== 'running') continue;
        await this.play(live).catch(() => false);
        // Saved as it runs, so a restart goes on from about here.
        if (live.clock.running) this.registry.saveClock(live.id, live.clock.saved());
      }
    } finally {
      this.busy = false;
    }
  }
}
