// One rule for one trainee: passed, failed or still pending, told by an icon and a word as well
// as by colour; the rule's full name is the chip's accessible name.
import { useTranslation } from 'react-i18next';
import type { RuleResult } from '../../../shared/classes/wire.ts';
import { Icon } from '../../ui/Icon.tsx';

export type RuleState = 'pass' | 'fail' | 'pending';

export const ruleState = (pass: boolean | null): RuleState => (pass === null ? 'pending' : pass ? 'pass' : 'fail');

/** `named`: the chip says the rule's short name (the board); else its state (the grade report, beside the rule's name). */
export function RuleChip({ result, named = true }: { result: RuleResult; named?: boolean }) {
  const { t } = useTranslation();
  const state = ruleState(result.pass);
  const name = t(`classes.rule.${result.rule}`);
  return (
    <li className="rule-chip" data-testid="class-rule" data-rule={result.rule} data-state={state} title={`${name}: ${t(`classes.ruleState.${state}`)}`}>
      <Icon name={state === 'pass' ? 'check' : state === 'fail' ? 'cross' : 'clock'} />
      <span aria-hidden="true">{named ? t(`classes.ruleShort.${result.rule}`) : t(`classes.ruleState.${state}`)}</span>
      <span className="sr-only">{name}: {t(`classes.ruleState.${state}`)}</span>
    </li>
  );
}
