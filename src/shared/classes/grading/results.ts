// From checks to what the board and the grade report show: one result per rule the class uses
// (the steps' expectations and `always`, in GRADING_RULES order), and a score.
import { GRADING_RULES, RULE_REFERENCES } from '../rules.ts';
import type { RuleCheck, Transcript } from '../transcript.ts';
import type { RuleResult } from '../wire.ts';
import { ruleInUse } from './context.ts';

/**
 * A rule fails when any check failed, is pending (null) while any check is, and passes when every
 * check passed. A rule with nothing to judge (no reply to read, its step never fired) is null:
 * nothing shows it was met. Evidence: the first failing check's, else the first passing one's.
 */
export function ruleResults(t: Transcript, checks: readonly RuleCheck[]): RuleResult[] {
  return GRADING_RULES.filter((rule) => ruleInUse(t, rule)).map((rule) => {
    const mine = checks.filter((c) => c.rule === rule);
    const failed = mine.filter((c) => c.pass === false);
    const passed = mine.filter((c) => c.pass === true);
    const pass = failed.length > 0 ? false : mine.length === 0 || mine.some((c) => c.pass === null) ? null : true;
    const shown = failed.length > 0 ? failed : passed;
    return { rule, pass, evidence: shown.find((c) => c.evidence !== null)?.evidence ?? null, reference: RULE_REFERENCES[rule], checks: mine };
  });
}

/** 0–100, rounded: the share of rules passed; a pending rule counts as not passed; no rules, 0. */
export function scoreOf(results: readonly RuleResult[]): number {
  if (results.length === 0) return 0;
  return Math.round((results.filter((r) => r.pass === true).length / results.length) * 100);
}
