// The rules in their order: the first that narrows the candidates decides; load picks among the
// rest and ends the rules, so a new rule goes in before it.
import { useTranslation } from 'react-i18next';
import { SENIORITY_BANDS } from '../../../shared/qa/strata.ts';
import type { RoutingRule } from '../../../shared/routing/document.ts';
import { ROUTING_RULE_KINDS } from '../../../shared/routing/route.ts';
import { withRule } from './routingForm.ts';

const NEW_RULE: Record<RoutingRule['kind'], RoutingRule> = {
  influence: { kind: 'influence', minLevel: 'high', seniority: '12m+' },
  topic: { kind: 'topic' }, language: { kind: 'language' }, channel: { kind: 'channel' }, load: { kind: 'load' },
};

export function RulesEditor({ rules, onChange, readOnly }: { rules: RoutingRule[]; onChange: (rules: RoutingRule[]) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const move = (i: number, by: number) => {
    const next = [...rules];
    const [rule] = next.splice(i, 1);
    if (rule) next.splice(i + by, 0, rule);
    onChange(next);
  };
  const missing = ROUTING_RULE_KINDS.filter((k) => !rules.some((r) => r.kind === k));
  return (
    <section className="routing-rules" aria-labelledby="routing-rules-title" data-testid="routing-rules">
      <h3 id="routing-rules-title">{t('routing.rules.title')}</h3>
      <p className="hint">{t('routing.rules.hint')}</p>
      <ol>
        {rules.map((rule, i) => (
          <li key={rule.kind} data-testid="routing-rule" data-kind={rule.kind}>
            <span className="routing-rule-name">{t(`routing.rules.kinds.${rule.kind}`)}</span>
            {rule.kind === 'influence' ? (
              <span className="routing-rule-params">
                <label>{t('routing.rules.minLevel')}{' '}
                  <select value={rule.minLevel} disabled={readOnly} data-testid="routing-influence-level"
                    onChange={(e) => onChange(rules.map((r, j) => (j === i ? { ...rule, minLevel: e.target.value === 'medium' ? 'medium' : 'high' } : r)))}>
                    <option value="medium">{t('routing.influence.medium')}</option>
                    <option value="high">{t('routing.influence.high')}</option>
                  </select>
                </label>
                <label>{t('routing.rules.seniority')}{' '}
                  <select value={rule.seniority} disabled={readOnly} data-testid="routing-influence-seniority"
                    onChange={(e) => onChange(rules.map((r, j) => (j === i ? { ...rule, seniority: SENIORITY_BANDS.find((b) => b === e.target.value) ?? rule.seniority } : r)))}>
                    {SENIORITY_BANDS.map((b) => <option key={b} value={b}>{b}</option>)}
                  </select>
                </label>
              </span>
            ) : null}
            {readOnly ? null : (
              <span className="button-row">
                <button type="button" className="button ghost" disabled={i === 0} onClick={() => move(i, -1)}>{t('routing.rules.up')}</button>
                <button type="button" className="button ghost" disabled={i === rules.length - 1} onClick={() => move(i, 1)}>{t('routing.rules.down')}</button>
                <button type="button" className="button ghost" onClick={() => onChange(rules.filter((_, j) => j !== i))}>{t('routing.rules.remove')}</button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {readOnly || missing.length === 0 ? null : (
        <label>{t('routing.rules.add')}{' '}
          <select value="" data-testid="routing-add-rule" onChange={(e) => {
            const kind = missing.find((k) => k === e.target.value);
            if (kind) onChange(withRule(rules, NEW_RULE[kind]));
          }}>
            <option value="">—</option>
            {missing.map((k) => <option key={k} value={k}>{t(`routing.rules.kinds.${k}`)}</option>)}
          </select>
        </label>
      )}
    </section>
  );
}
