// Reads and checks the class scripts under resources/classes/. A script that does not hold is
// refused with the file, the step and the field named, so a trainer can fix it by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ClassScript } from './script.ts';

export const CLASS_SCRIPT_DIR = fileURLToPath(new URL('../../../resources/classes/', import.meta.url));

export class ClassScriptError extends Error {
  override name = 'ClassScriptError';
}

/** Where in the file an issue is: `steps[3] (id "dni-publico") › expect[0].rule`. */
function placeOf(json: unknown, path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path;
  if (head === 'steps' && typeof index === 'number') {
    const step = (json as { steps?: { id?: unknown }[] }).steps?.[index];
    const id = typeof step?.id === 'string' ? ` (id "${step.id}")` : '';
    return `step ${index}${id}${rest.length > 0 ? ` › ${z.core.toDotPath(rest)}` : ''}`;
  }
  return path.length > 0 ? z.core.toDotPath(path) : '(the file)';
}

/** Checks a script's JSON; `file` names it in the errors. */
export function parseClassScript(json: unknown, file: string): ClassScript {
  const parsed = ClassScript.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${placeOf(json, issue.path)}: ${issue.message}`);
    throw new ClassScriptError(`${file} is not a valid class script:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function loadClassScript(name: string, dir = CLASS_SCRIPT_DIR): ClassScript {
  if (!/^[\w-]{1,80}$/.test(name)) throw new ClassScriptError(`Class script names are letters, digits and dashes: "${name}"`);
  const file = `${name}.json`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(`${dir.endsWith('/') ? dir : `${dir}/`}${file}`, 'utf8'));
  } catch (error) {
    throw new ClassScriptError(`Cannot read class script ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return parseClassScript(json, file);
}

/** Every script in the folder, by name. */
export function listClassScripts(dir = CLASS_SCRIPT_DIR): ClassScript[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => loadClassScript(f.slice(0, -'.json'.length), dir));
}
