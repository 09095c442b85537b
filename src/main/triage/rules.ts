// The priority rules in force: the central API's `priority_rules` setting when it is valid,
// the defaults when it is absent or invalid. An invalid document is refused whole and reported
// (sync status, `doctor`), never half-applied.
import { DEFAULT_PRIORITY_RULES, parsePriorityRules, type PriorityRules } from '../../shared/triage/index.ts';
import type { Store } from '../db/store.ts';

export const RULES_SETTING = 'priority_rules';

export interface RulesInForce {
  rules: PriorityRules;
  source: 'server' | 'default';
  /** The version of the server's document; null when it sent none. */
  version: number | null;
  /** Why the server's document was refused; null when it was used or absent. */
  error: string | null;
  /** Changes whenever the rules in force change: triage computed under another key is stale. */
  key: string;
}

// Parsed once per document version: computePriority compiles a rules object's phrases once,
// so the same document must stay the same object.
const parsed = new WeakMap<Store, { version: number; value: string; result: RulesInForce }>();

export function rulesInForce(store: Store): RulesInForce {
  const row = store.reference.settingRow(RULES_SETTING);
  if (!row) return { rules: DEFAULT_PRIORITY_RULES, source: 'default', version: null, error: null, key: 'default' };
  const cached = parsed.get(store);
  if (cached?.version === row.version && cached.value === row.value) return cached.result;
  const result = read(row.value, row.version);
  parsed.set(store, { version: row.version, value: row.value, result });
  return result;
}

function read(value: string, version: number): RulesInForce {
  let document: unknown;
  try {
    document = JSON.parse(value);
  } catch {
    document = undefined;
  }
  const outcome = parsePriorityRules(document);
  if (outcome.ok) return { rules: outcome.rules, source: 'server', version, error: null, key: `server:${version}` };
  return { rules: DEFAULT_PRIORITY_RULES, source: 'default', version, error: outcome.error, key: 'default' };
}

/** The warning an agent or operator sees while the server's rules are refused. */
export function rulesWarning(inForce: RulesInForce): string | null {
  if (inForce.error === null) return null;
  return `The server's priority rules (version ${inForce.version}) are invalid, so the default rules apply: ${inForce.error}`;
}
