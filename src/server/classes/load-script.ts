// Reads and checks the class scripts under resources/classes/. A script that does not hold is
// refused with the file, the step and the field named, so a trainer can fix it by hand: first
// its schema (script.ts), then what the schema cannot say (script-checks.ts) against the seed
// scenario the script names.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadScenario, type Scenario } from '../scenario.ts';
import { ClassScript } from './script.ts';
import { scriptProblems, type ScriptProblem } from './script-checks.ts';

export const CLASS_SCRIPT_DIR = fileURLToPath(new URL('../../../resources/classes/', import.meta.url));

/**
 * The scripts' folder beside a scenarios folder: resources/classes next to resources/scenarios,
 * and the packaged app's resources/classes next to its resources/scenarios. A server given a
 * scenarioDir finds the scripts here without another option.
 */
export function classScriptDirFor(scenarioDir?: string): string {
  return scenarioDir === undefined ? CLASS_SCRIPT_DIR : join(dirname(scenarioDir.replace(/[\\/]+$/, '')), 'classes');
}

export interface ClassScriptOptions {
  /** Where the seed scenarios are (resources/scenarios by default). */
  scenarioDir?: string;
  /** The seeds already read, by name: listing reads each one once. */
  seeds?: Map<string, Scenario | Error>;
  /** The file's name without `.json`, which the script's `name` must repeat. */
  name?: string;
}

export class ClassScriptError extends Error {
  override name = 'ClassScriptError';
}

/** Where in the file an issue is: `step 3 (id "dni-publico") › expect.0.rule`. */
function placeOf(json: unknown, path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path;
  if (head === 'steps' && typeof index === 'number') {
    const step = (json as { steps?: { id?: unknown }[] }).steps?.[index];
    const id = typeof step?.id === 'string' ? ` (id "${step.id}")` : '';
    return `step ${index}${id}${rest.length > 0 ? ` › ${z.core.toDotPath(rest)}` : ''}`;
  }
  return path.length > 0 ? z.core.toDotPath(path) : '(the file)';
}

/** `expect.0.template` as a path: indexes are numbers, as in zod's issues. */
const pathOf = (field: string) => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

const refuse = (file: string, lines: string[]) => new ClassScriptError(`${file} is not a valid class script:\n${lines.map((l) => `  ${l}`).join('\n')}`);

function seedOf(name: string, options: ClassScriptOptions): Scenario | Error {
  const known = options.seeds?.get(name);
  if (known) return known;
  let seed: Scenario | Error;
  try {
    seed = loadScenario(name, options.scenarioDir);
  } catch (error) {
    seed = error instanceof Error ? error : new Error(String(error));
  }
  options.seeds?.set(name, seed);
  return seed;
}

/** A script's JSON read by its schema alone: what a class kept when it started, checked against its seed then. */
export function parseScriptSchema(json: unknown, file: string): ClassScript {
  const parsed = ClassScript.safeParse(json);
  if (!parsed.success) throw refuse(file, parsed.error.issues.map((issue) => `${placeOf(json, issue.path)}: ${issue.message}`));
  return parsed.data;
}

/** Checks a script's JSON; `file` names it in the errors. */
export function parseClassScript(json: unknown, file: string, options: ClassScriptOptions = {}): ClassScript {
  const script = parseScriptSchema(json, file);
  const seed = seedOf(script.seed, options);
  const problems: ScriptProblem[] = seed instanceof Error ? [{ field: 'seed', message: seed.message }] : [];
  if (options.name !== undefined && script.name !== options.name) problems.push({ field: 'name', message: `"${script.name}" is not the file's name: write "${options.name}"` });
  problems.push(...scriptProblems(script, seed instanceof Error ? null : seed));
  if (problems.length > 0) {
    throw refuse(file, problems.map((p) => `${placeOf(json, p.step === undefined ? pathOf(p.field) : ['steps', p.step, ...pathOf(p.field)])}: ${p.message}`));
  }
  return script;
}

const folder = (dir: string) => (dir.endsWith('/') ? dir : `${dir}/`);

export function loadClassScript(name: string, dir = CLASS_SCRIPT_DIR, options: ClassScriptOptions = {}): ClassScript {
  if (!/^[\w-]{1,80}$/.test(name)) throw new ClassScriptError(`Class script names are letters, digits and dashes: "${name}"`);
  const file = `${name}.json`;
  let text: string;
  try {
    text = readFileSync(`${folder(dir)}${file}`, 'utf8');
  } catch (error) {
    // The answer reaches trainers' consoles: it names the script, never the server's folders.
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ClassScriptError(missing ? `There is no class script ${file}` : `Cannot read class script ${file}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ClassScriptError(`Cannot read class script ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return parseClassScript(json, file, { ...options, name });
}

/**
 * Every script in the folder, by name. One broken file refuses the whole list, naming each
 * broken file and all its problems: a trainer sees every error at once, and no script goes
 * missing from the list without a word.
 */
export function listClassScripts(dir = CLASS_SCRIPT_DIR, options: ClassScriptOptions = {}): ClassScript[] {
  let files: string[];
  try {
    // By name, so primer-dia comes before primer-dia-en ('.' sorts after '-').
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
  } catch (error) {
    throw new ClassScriptError(`Cannot read the class scripts' folder: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const shared: ClassScriptOptions = { ...options, seeds: options.seeds ?? new Map() };
  const scripts: ClassScript[] = [];
  const broken: string[] = [];
  for (const name of files) {
    try {
      scripts.push(loadClassScript(name, dir, shared));
    } catch (error) {
      broken.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (broken.length > 0) throw new ClassScriptError(`${broken.length} of ${files.length} class scripts cannot be used:\n${broken.join('\n')}`);
  return scripts;
}
