// The priority rules in force: the central API's `priority_rules` setting when it is valid,
// the defaults when it is absent or invalid (settingInForce), with the key triage is stamped with.
import { DEFAULT_PRIORITY_RULES, parsePriorityRules, PRIORITY_RULES_SETTING, type PriorityRules } from '../../shared/triage/priority-rules.ts';
import type { Store } from '../db/store.ts';
import { settingInForce, type SettingDocument } from '../settings/in-force.ts';

export const RULES_SETTING = PRIORITY_RULES_SETTING;

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

const PRIORITY_RULES_DOCUMENT: SettingDocument<PriorityRules> = {
  id: RULES_SETTING,
  defaults: DEFAULT_PRIORITY_RULES,
  read: (document) => {
    const outcome = parsePriorityRules(document);
    return outcome.ok ? { value: outcome.rules, problem: null } : { value: DEFAULT_PRIORITY_RULES, problem: outcome.error };
  },
};

export function rulesInForce(store: Store): RulesInForce {
  const { value, version, problem } = settingInForce(store.reference, PRIORITY_RULES_DOCUMENT);
  const source = version !== null && problem === null ? 'server' : 'default';
  return { rules: value, source, version, error: problem, key: source === 'server' ? `server:${version}` : 'default' };
}

/** The warning an agent or operator sees while the server's rules are refused. */
export function rulesWarning(inForce: RulesInForce): string | null {
  if (inForce.error === null) return null;
  return `The server's priority rules (version ${inForce.version}) are invalid, so the default rules apply: ${inForce.error}`;
}
