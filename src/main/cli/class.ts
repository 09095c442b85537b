// `atiende class start|control|status|grade|stop|join`: a trainer runs a class from the command line
// (online: a class lives on the sandbox server, through classes/trainer.ts as the Clase page),
// and a trainee joins one with the code handed out. Each prints a short table for people, or
// --json for scripts; the server's text (names, the evidence quoted) is printed inert.
import type { ClassBoard, ClassControlRequest, ClassGrade, ClassStartResponse, ClassSummary } from '../../protocol/classes.ts';
import { CLASS_SPEEDS } from '../../shared/classes/wire.ts';
import { CodedError } from '../../shared/errors.ts';
import { trainer } from '../classes/trainer.ts';
import { defaultProfileDir } from '../profiles.ts';
import { joinClass, Services } from '../services.ts';
import type { Output } from './commands.ts';
import { safeJson, safeText } from './format.ts';

export const CLASS_SUBCOMMANDS = ['start', 'control', 'status', 'grade', 'stop', 'join'] as const;
export type ClassSubcommand = (typeof CLASS_SUBCOMMANDS)[number];

/** The flags each subcommand cannot go without. */
export const CLASS_REQUIRED: Record<ClassSubcommand, string[]> = {
  start: ['profile', 'scenario', 'trainees'],
  control: ['profile', 'class', 'action'],
  status: ['profile', 'class'],
  grade: ['profile', 'class'],
  stop: ['profile', 'class'],
  join: ['server', 'code'],
};

export interface ClassFlags {
  profile?: string | undefined;
  scenario?: string | undefined;
  trainees?: string | undefined;
  speed?: string | undefined;
  class?: string | undefined;
  action?: string | undefined;
  minutes?: string | undefined;
  server?: string | undefined;
  code?: string | undefined;
  json: boolean;
}

/** `--trainees ana,beto`: one trainee per name, in order, blanks and repeats refused. */
export function traineeNames(list: string): string[] {
  const names = list.split(',').map((name) => name.trim());
  if (names.some((name) => name === '')) throw new Error('--trainees: a comma-separated list of names, none empty (e.g. --trainees ana,beto)');
  const repeated = names.find((name, i) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) !== i);
  if (repeated !== undefined) throw new Error(`--trainees: "${repeated}" is named twice; each trainee once`);
  return names;
}

/** `--speed`: how many scenario minutes pass per minute while the class runs (1 by default). */
export function speedOf(text: string | undefined): (typeof CLASS_SPEEDS)[number] {
  if (text === undefined) return 1;
  const speed = CLASS_SPEEDS.find((s) => String(s) === text.trim());
  if (speed === undefined) throw new Error(`--speed takes ${CLASS_SPEEDS.join(', ')}; not ${text}`);
  return speed;
}

export const CONTROL_ACTIONS = ['start', 'pause', 'resume', 'speed', 'jump'] as const;

/** `--action` and what it takes: `speed` a `--speed`, `jump` its `--minutes` of scenario time (up to a day). */
export function controlRequest(classId: string, o: Pick<ClassFlags, 'action' | 'speed' | 'minutes'>): ClassControlRequest {
  const action = CONTROL_ACTIONS.find((name) => name === o.action?.trim());
  if (action === undefined) throw new Error(`--action takes ${CONTROL_ACTIONS.join(', ')}; not ${o.action ?? ''} (class stop ends a class)`);
  if (o.speed !== undefined && action !== 'speed') throw new Error('--speed goes with --action speed');
  if (o.minutes !== undefined && action !== 'jump') throw new Error('--minutes goes with --action jump');
  if (action === 'speed') {
    if (o.speed === undefined) throw new Error(`--action speed needs --speed ${CLASS_SPEEDS.join('|')}`);
    return { classId, action, speed: speedOf(o.speed) };
  }
  if (action === 'jump') {
    const minutes = Number(o.minutes?.trim() || Number.NaN);
    if (!(minutes > 0 && minutes <= 24 * 60)) throw new Error(`--action jump needs --minutes, more than 0 and at most ${24 * 60} (scenario minutes); not ${o.minutes ?? 'none'}`);
    return { classId, action, minutes };
  }
  return { classId, action };
}

const column = (cells: string[], widths: number[]): string => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();

/** Rows under a heading, each column as wide as its widest cell. */
function table(heading: string[], rows: string[][]): string[] {
  const widths = heading.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)));
  return [column(heading, widths), ...rows.map((row) => column(row, widths))];
}

/** The credentials to hand out: each trainee's username and one-time password. */
export function startText(response: ClassStartResponse, json: boolean): string {
  if (json) return safeJson(response);
  const rows = response.trainees.map((t) => [safeText(t.name), safeText(t.username), safeText(t.password)]);
  return [
    `Class ${safeText(response.classId)} is ready; its clock starts when you start it (the Clase page, or class control --action start).`,
    'Hand each trainee their username and password: the password works once.',
    '',
    ...table(['name', 'username', 'password'], rows),
  ].join('\n') + '\n';
}

const percent = (ratio: number | null): string => (ratio === null ? '—' : `${Math.round(ratio * 100)}%`);

function classLine(c: ClassSummary): string {
  const minutes = `${Math.floor(c.elapsedMinutes)}/${c.durationMinutes} min`;
  return `${safeText(c.title)} (${safeText(c.scenario)}, ${c.classId}): ${c.state}, ×${c.speed}, ${minutes}, scenario time ${c.now}`;
}

/** The class and how each trainee is doing (--json: the class, each trainee with their figures). */
export function statusText(board: ClassBoard, json: boolean): string {
  const trainees = board.trainees.map(({ name, username, joined, answered, late, waiting, serviceLevel }) => ({ name, username, joined, answered, late, waiting, serviceLevel }));
  if (json) return safeJson({ ...board.class, trainees });
  const rows = trainees.map((t) => [
    safeText(t.name), safeText(t.username), t.joined ? 'yes' : 'no', String(t.answered), String(t.late), String(t.waiting), percent(t.serviceLevel),
  ]);
  return [classLine(board.class), '', ...table(['name', 'username', 'joined', 'answered', 'late', 'waiting', 'service level'], rows)].join('\n') + '\n';
}

const passText = (pass: boolean | null): string => (pass === null ? 'pending' : pass ? 'pass' : 'FAIL');
/** Evidence quotes a message: one line, short, inert. */
const quoted = (evidence: string | null): string => {
  if (evidence === null) return '';
  const line = safeText(evidence).replace(/\s+/g, ' ').trim();
  return ` «${line.length > 100 ? `${line.slice(0, 99)}…` : line}»`;
};

/** Per trainee a score and each rule with its evidence and the guide's reference (--json: the same, without the checks). */
export function gradeText(grade: ClassGrade, json: boolean): string {
  const trainees = grade.trainees.map((t) => ({
    name: t.name, username: t.username, score: t.score,
    rules: t.rules.map(({ rule, pass, evidence, reference }) => ({ rule, pass, evidence, reference })),
  }));
  if (json) return safeJson({ classId: grade.classId, title: grade.title, finished: grade.finished, trainees });
  const lines = [`${safeText(grade.title)} (${grade.classId}): ${grade.finished ? 'final grades' : 'provisional: the class has not finished'}`];
  for (const t of trainees) {
    lines.push('', `${safeText(t.name)} (${safeText(t.username)}): ${Math.round(t.score)}/100`);
    for (const r of t.rules) lines.push(`  ${passText(r.pass).padEnd(7)} ${r.rule}${quoted(r.evidence)}`, `          ${safeText(r.reference)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The trainer's errors with what to do next: the profile, the server, the class or the script named. */
function asOperator(error: unknown, services: Services, classId: string | undefined): unknown {
  if (!(error instanceof CodedError)) return error;
  const { username, server, role } = services.profile;
  switch (error.code) {
    case 'not_trainer':
      return new Error(role === 'trainer' ? `${server} refused ${username} as a trainer: ${error.message}` : `Only a trainer runs classes: ${username} on ${server} signs in as ${role}`);
    case 'class_not_found': return new Error(`No class "${classId ?? ''}" on ${server}`);
    case 'class_finished': return new Error(`Class ${classId ?? ''} has finished: nothing changes it now (its grades: class grade --class ${classId ?? ''})`);
    case 'invalid_script': return new Error(`The script cannot be used: ${error.message}`);
    case 'class_online_only': return new Error(`Offline: ${error.message}`);
    default: return error;
  }
}

async function asTrainer(profile: string, classId: string | undefined, work: (classes: ReturnType<typeof trainer>) => Promise<string>): Promise<Output> {
  const services = await Services.open({ profileDir: profile });
  try {
    return { stdout: await work(trainer(services)) };
  } catch (error) {
    throw asOperator(error, services, classId);
  } finally {
    services.close();
  }
}

export async function classCommand(sub: ClassSubcommand, o: ClassFlags): Promise<Output> {
  const profile = o.profile ?? '';
  const classId = o.class ?? '';
  switch (sub) {
    case 'start': {
      const request = { scenario: o.scenario ?? '', trainees: traineeNames(o.trainees ?? ''), speed: speedOf(o.speed) };
      return asTrainer(profile, undefined, async (classes) => startText(await classes.start(request), o.json));
    }
    case 'control': {
      const request = controlRequest(classId, o);
      return asTrainer(profile, classId, async (classes) => {
        const summary = await classes.control(request);
        return o.json ? safeJson(summary) : `${classLine(summary)}\n`;
      });
    }
    case 'status':
      return asTrainer(profile, classId, async (classes) => statusText(await classes.board(classId), o.json));
    case 'grade':
      return asTrainer(profile, classId, async (classes) => gradeText(await classes.grade(classId), o.json));
    case 'stop':
      return asTrainer(profile, classId, async (classes) => {
        const summary = await classes.control({ classId, action: 'stop' });
        return o.json ? safeJson(summary) : `Class ${classId} finished: its grades with class grade --class ${classId}\n`;
      });
    case 'join':
      return join(o.server ?? '', o.code ?? '', o.profile);
  }
}

/** Like `login`, with the class's one-time code: the profile is named after the username the server gives. */
async function join(server: string, code: string, profile: string | undefined): Promise<Output> {
  const joined = await joinClass({ server, code, profileDirOf: (username) => profile ?? defaultProfileDir(server, username) });
  const { agentName, username, classTitle } = joined.profile;
  return {
    stdout: `Joined ${classTitle === null ? 'the class' : `"${safeText(classTitle)}"`} as ${safeText(agentName)} (${safeText(username)}) on ${server}\nProfile: ${joined.profileDir}\n`,
    ...(joined.secrets.warning ? { stderr: `warning: ${joined.secrets.warning}\n` } : {}),
  };
}
