// The sheet as an agent reads it: each section, its questions and what good looks like.
import { useTranslation } from 'react-i18next';
import type { Scorecard } from '../../../shared/qa/scorecard.ts';

export function ScorecardView({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  return (
    <div className="scorecard-view" data-testid="scorecard-view">
      {card.sections.map((s) => (
        <section key={s.id} className={`scorecard-section kind-${s.kind}`} aria-labelledby={`view-${s.id}`}>
          <h3 id={`view-${s.id}`}>{s.title} <span className="hint">({t(`scorecard.kinds.${s.kind}`)})</span></h3>
          <ul>
            {s.criteria.map((c) => (
              <li key={c.id}>
                <strong>{c.question}</strong> <span className="hint">{t(`scorecard.criterion.scales.${c.scale}`)}</span>
                {c.help ? <p className="hint">{c.help}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
